/// <reference lib="webworker" />
/**
 * The service worker, built into `dist/sw.js` after every build (src/integrations/service-worker.ts bundles it
 * with the workbox runtime and writes the precache list where `self.__WB_MANIFEST` stands).
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { cacheNames, notFoundFiles } from './names.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// A new version waits until the reader chooses to reload: the page's quiet prompt sends this message.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The first visit's page is controlled at once, so the next click already works offline.
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, {
  // `/oevelser/` is served from `oevelser/index.html`.
  directoryIndex: 'index.html',
  // Query strings never change what a file is here (`/soeg/?q=…`, `?purpose=…`, Pagefind's `?ts=…`).
  ignoreURLParametersMatching: [/.*/],
});
// Precaches from older versions are deleted once a new one takes over.
cleanupOutdatedCaches();

/** Offline, an address the caches do not hold shows the site's own 404 page in its language. */
const notFoundFallback: WorkboxPlugin = {
  handlerDidError: async ({ request }) => {
    const scope = new URL(self.registration.scope);
    const english = new URL(request.url).pathname.slice(scope.pathname.length).startsWith('en/');
    const page = await caches.match(new URL(english ? notFoundFiles.en : notFoundFiles.da, scope).href, { ignoreSearch: true });
    if (!page) return undefined;
    return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
  },
};

// Pages that are not precached (articles, the article index, a handout pack over the budget): the network
// first, so a reader online always gets the current text, and the copy from the last read offline. An address
// nobody has read, offline, gets the 404 page.
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  new NetworkFirst({
    cacheName: cacheNames.pages,
    networkTimeoutSeconds: 4,
    matchOptions: { ignoreSearch: true },
    plugins: [notFoundFallback],
  }),
);

// Search files that did not fit in the precache: their names carry a hash, so a cached copy is current.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /\/pagefind\/(index|fragment)\/[^/]+$/.test(url.pathname),
  new CacheFirst({ cacheName: cacheNames.search, matchOptions: { ignoreSearch: true } }),
);

// Scripts of an older version that a page cached earlier still asks for.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /\/_astro\/[^/]+$/.test(url.pathname),
  new CacheFirst({ cacheName: cacheNames.assets, plugins: [new ExpirationPlugin({ maxEntries: 100 })] }),
);
