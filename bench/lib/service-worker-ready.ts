import type { Page } from 'playwright-core';

/**
 * Resolves once the site's service worker on `page`'s origin is installed, with its offline copy of the site
 * downloaded (`navigator.serviceWorker.ready`), or after `limitMs` for a build that has none. Loads that time a
 * returning reader (one with data stored) wait for this: that reader's worker was installed on an earlier visit.
 */
export function serviceWorkerReady(page: Page, limitMs = 10_000): Promise<void> {
  return page.evaluate(
    (limit) =>
      new Promise<void>((resolve) => {
        if (!('serviceWorker' in navigator)) return resolve();
        const timer = setTimeout(resolve, limit);
        void navigator.serviceWorker.ready.then(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
    limitMs,
  );
}
