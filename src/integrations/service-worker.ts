import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW, type GenerateSWOptions } from 'workbox-build';

/** The service worker's file name, at the root of the build (so its scope is the whole site, base included). */
export const SW_FILE = 'sw.js';

/**
 * What the service worker precaches, relative to `dist/`: every page, the CSS and JS, the icons and the
 * manifest, and the part of Pagefind that the search page uses (its script, worker, WebAssembly for both
 * languages and every index, fragment and filter chunk). Left out: the link-preview image, feeds and
 * sitemaps, and Pagefind's own UI bundles, which the site never loads. The site has no web fonts.
 */
export const precacheGlobs = {
  patterns: [
    '**/*.{html,css,js,svg,png,webmanifest}',
    'pagefind/pagefind-entry.json',
    'pagefind/*.pf_meta',
    'pagefind/wasm.{da,en}.pagefind',
    'pagefind/{index,fragment,filter}/*',
  ],
  ignores: [SW_FILE, 'og.png', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js'],
};

/** The workbox-build options for a build in `outDir`. URLs in the manifest are relative to the worker, so the deploy base needs no setting. */
export function serviceWorkerOptions(outDir: string): GenerateSWOptions {
  return {
    globDirectory: outDir,
    globPatterns: precacheGlobs.patterns,
    globIgnores: precacheGlobs.ignores,
    swDest: `${outDir}/${SW_FILE}`,
    mode: 'production',
    sourcemap: false,
    // One file: the workbox runtime is bundled in, so there is no second script to fetch or to get stale.
    inlineWorkboxRuntime: true,
    // `/artikler/x/` is served from `artikler/x/index.html`.
    directoryIndex: 'index.html',
    // Query strings never change what a file is here (`/soeg/?q=…`, `?purpose=…`, Pagefind's `?ts=…`).
    ignoreURLParametersMatching: [/.*/],
    // Astro's and Pagefind's file names already carry a content hash.
    dontCacheBustURLsMatching: /(^|\/)_astro\/|\.pf_(index|fragment|filter|meta)$/,
    // A new version waits until the reader chooses to reload (the page shows a quiet prompt).
    skipWaiting: false,
    // The first visit's page is controlled at once, so the next click already works offline.
    clientsClaim: true,
    // Pagefind's WebAssembly and the biggest pages are well under this; it guards against a stray large file.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/**
 * Writes `dist/sw.js` after the build, with workbox-build (DESIGN.md trap 14: `@vite-pwa/astro` does not
 * support Astro 7). Must run after the Pagefind integration, so the search index is in the precache.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'netvaerkskompasset:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir));
        for (const w of warnings) logger.warn(w);
        logger.info(`${SW_FILE}: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
