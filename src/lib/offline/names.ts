/**
 * Names shared by the service worker's build step (src/integrations/service-worker.ts) and the pages.
 * No imports: the benchmark loads this file with plain Node.
 */

/** What "keep all articles offline" fetches: written next to the worker, never precached. */
export const OFFLINE_LIST_FILE = 'offline-articles.json';

/** Placeholder in the My data pages for the size of "keep all articles offline", filled in after the build. */
export const OFFLINE_SIZE_TOKEN = '[[offline-size]]';

/** The service worker's runtime caches; "keep all articles offline" writes into the same ones. */
export const cacheNames = {
  pages: 'netvaerkskompasset-pages',
  search: 'netvaerkskompasset-search',
  assets: 'netvaerkskompasset-assets',
} as const;

/** The 404 pages, by language, relative to the worker: what an address the caches do not hold shows offline. */
export const notFoundFiles = { da: '404.html', en: 'en/404/index.html' } as const;
