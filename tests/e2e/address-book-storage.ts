import type { Page } from 'playwright-core';

/**
 * Fill the site's storage until it refuses, then free a little: room for a small change, not for a
 * file's address book (as when other data or old drafts have used up the browser's quota).
 */
export const fillStorageNearly = (page: Page) =>
  page.evaluate(() => {
    let i = 0;
    for (const size of [256 * 1024, 4 * 1024])
      try {
        for (;;) localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        // full at this size
      }
    for (let k = 0; k < 4; k++) localStorage.removeItem(`filler-${--i}`);
  });
