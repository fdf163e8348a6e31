import type { Page } from 'playwright-core';

/** The site's storage filled until it refuses even one more character (as when other data has used up the quota). */
export const fillStorage = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let i = 0;
    for (let size = 1_000_000; size >= 1;)
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    return i;
  });

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

/** Remove what the fillers above stored. */
export const freeStorage = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('filler-'))
      .forEach((k) => localStorage.removeItem(k)),
  );
