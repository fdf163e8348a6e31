import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { routes, type RouteKey } from '../lib/site/routes.ts';
import { cacheNames, notFoundFiles, OFFLINE_LIST_FILE, OFFLINE_SIZE_TOKEN } from '../lib/offline/names.ts';

export { cacheNames, notFoundFiles, OFFLINE_LIST_FILE, OFFLINE_SIZE_TOKEN };

/** The service worker's file name, at the root of the build (so its scope is the whole site, base included). */
export const SW_FILE = 'sw.js';
/** The most the first visit downloads, whatever the number of articles (issue #21): the precache, sw.js and the page it starts on. */
export const PRECACHE_BUDGET = 3 * 1024 * 1024;
/** Kept free of the budget for sw.js itself (its manifest grows by about 100 bytes a precached file). */
const SW_RESERVE = 64 * 1024;

/**
 * Routes that are not precached: the article index grows with the articles (it is cached when read, like the
 * articles), the handout packs grow by one sheet per article (precached while the budget allows), and feeds are
 * not pages.
 */
const notInShell = new Set<RouteKey>(['articles', 'handouts', 'rss']);

/** `dist/`-relative file of a site path: `/oevelser/` → `oevelser/index.html`. */
export const fileOfPath = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));
/** The URL (relative to the worker) a page is requested by: `oevelser/index.html` → `oevelser/`. */
export const urlOfFile = (file: string) => (file === 'index.html' ? './' : file.replace(/(^|\/)index\.html$/, '$1'));

export interface OfflinePlan {
  /** Files precached on the first visit, relative to `dist/`. */
  precache: string[];
  precacheBytes: number;
  /** Groups of files that did not fit in the budget, by name; they are cached when used. */
  leftOut: string[];
  /** What "keep all articles offline" fetches: the articles, the article index and what was left out. */
  keep: { url: string; cache: keyof typeof cacheNames; bytes: number }[];
  keepBytes: number;
}

/** Every file under `dir`, relative to it, with `/` separators. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/**
 * What the service worker precaches and what it leaves to "cache when read", for the build in `outDir`.
 *
 * Always precached (the shell, which does not grow with the articles): every fixed page (home, exercises and
 * their paper versions, the workshop guide, My data, search, about, glossary, accessibility, the 404 pages),
 * the CSS and JS, the icons and manifest, and Pagefind's code, WebAssembly, metadata and filters. Then, while
 * the total stays within {@link PRECACHE_BUDGET} less room for sw.js and the largest article, whole groups in this order: the search index, the handout
 * packs, the search result fragments. What does not fit is cached when used, and by "keep all articles offline".
 * Articles and the article index are never precached.
 */
export function planOffline(outDir: string): OfflinePlan {
  const files = new Set(listFiles(outDir));
  const has = (f: string) => files.has(f);
  const size = (f: string) => statSync(join(outDir, f)).size;
  const langs = ['da', 'en'] as const;
  const routeFiles = (keys: RouteKey[]) => keys.flatMap((k) => langs.map((l) => fileOfPath(routes[k][l]))).filter(has);

  const shellKeys = (Object.keys(routes) as RouteKey[]).filter((k) => !notInShell.has(k));
  const all = [...files];
  const shell = [
    ...routeFiles(shellKeys),
    ...Object.values(notFoundFiles).filter(has),
    ...all.filter((f) => /^_astro\/[^/]+\.(css|js)$/.test(f)),
    ...all.filter((f) => /^[^/]+\.(svg|png|webmanifest)$/.test(f) && f !== 'og.png'),
    ...all.filter((f) =>
      /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.(da|en)\.pagefind|filter\/[^/]+)$/.test(f),
    ),
  ];
  const optional: { name: string; files: string[]; cache: keyof typeof cacheNames }[] = [
    { name: 'search index', files: all.filter((f) => f.startsWith('pagefind/index/')), cache: 'search' },
    { name: 'handout packs', files: routeFiles(['handouts']), cache: 'pages' },
    { name: 'search results', files: all.filter((f) => f.startsWith('pagefind/fragment/')), cache: 'search' },
  ];

  const articlePages = langs.flatMap((l) => {
    const index = fileOfPath(routes.articles[l]);
    const folder = index.slice(0, -'index.html'.length);
    return all.filter((f) => f === index || (f.startsWith(folder) && /^[^/]+\/index\.html$/.test(f.slice(folder.length))));
  });
  // A first visit may start on any article (not precached): the budget keeps room for the largest, and for sw.js.
  const budget = PRECACHE_BUDGET - SW_RESERVE - Math.max(0, ...articlePages.map(size));

  const precache = [...new Set(shell)];
  let precacheBytes = precache.reduce((n, f) => n + size(f), 0);
  if (precacheBytes > budget) {
    throw new Error(
      `The offline shell is ${(precacheBytes / 1024 / 1024).toFixed(2)} MB, over the ${PRECACHE_BUDGET / 1024 / 1024} MB budget of the first visit (less sw.js and the largest article; src/integrations/service-worker.ts).`,
    );
  }
  const leftOut: string[] = [];
  const keep: OfflinePlan['keep'] = [];
  for (const group of optional) {
    const bytes = group.files.reduce((n, f) => n + size(f), 0);
    if (precacheBytes + bytes <= budget) {
      precache.push(...group.files);
      precacheBytes += bytes;
    } else {
      leftOut.push(group.name);
      keep.push(...group.files.map((f) => ({ url: urlOfFile(f), cache: group.cache, bytes: size(f) })));
    }
  }
  keep.unshift(...articlePages.sort().map((f) => ({ url: urlOfFile(f), cache: 'pages' as const, bytes: size(f) })));
  return { precache, precacheBytes, leftOut, keep, keepBytes: keep.reduce((n, k) => n + k.bytes, 0) };
}

/** Astro's and Pagefind's file names carry a content hash; every other file gets one as its revision. */
const hashedName = /(^|\/)_astro\/|^pagefind\/(index|fragment|filter)\/|\.pf_meta$/;

/** workbox-precaching's entries for the plan: a URL relative to the worker, and a revision unless the name has one. */
function manifestEntries(outDir: string, plan: OfflinePlan): { url: string; revision: string | null }[] {
  return plan.precache.map((f) => ({
    url: f,
    revision: hashedName.test(f)
      ? null
      : createHash('md5')
          .update(readFileSync(join(outDir, f)))
          .digest('hex'),
  }));
}

/** The worker's source: the workbox runtime and our routes; its precache list is written where this stands. */
const workerSource = fileURLToPath(new URL('../lib/offline/worker.ts', import.meta.url));
const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';

/**
 * The worker as one minified script, with the workbox runtime bundled in: no second script to fetch or to get
 * stale, no `importScripts`. The same for every build, so it is bundled once per process.
 */
let bundled: Promise<string> | undefined;
function bundleWorker(): Promise<string> {
  bundled ??= build({
    input: workerSource,
    platform: 'browser',
    write: false,
    // workbox's development logging is dropped from a production build.
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { format: 'iife', minify: true, comments: false },
  }).then(({ output }) => {
    const code = output[0].code;
    const found = code.split(MANIFEST_PLACEHOLDER).length - 1;
    if (found !== 1) throw new Error(`The bundled service worker has ${found} places for its precache list (src/lib/offline/worker.ts).`);
    return code;
  });
  return bundled;
}

/** `sw.js` for the plan: the bundled worker with the precache list in place. URLs are relative to the worker, so the deploy base needs no setting. */
async function serviceWorkerScript(outDir: string, plan: OfflinePlan): Promise<string> {
  const code = await bundleWorker();
  return code.replace(MANIFEST_PLACEHOLDER, () => JSON.stringify(manifestEntries(outDir, plan)));
}

/** Formats a byte count the way the My data page says it: "1.2 MB" / "1,2 MB". */
export function formatMegabytes(bytes: number, lang: 'da' | 'en'): string {
  const mb = bytes / 1024 / 1024;
  const digits = mb < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.max(mb, 0.1))} MB`;
}

/** Writes the "keep all articles offline" list and puts its size into the My data pages, before they are hashed. */
export function writeOfflineList(outDir: string, plan: OfflinePlan): void {
  writeFileSync(
    join(outDir, OFFLINE_LIST_FILE),
    JSON.stringify({ bytes: plan.keepBytes, files: plan.keep.map(({ url, cache }) => ({ url, cache: cacheNames[cache] })) }),
  );
  for (const lang of ['da', 'en'] as const) {
    const file = join(outDir, fileOfPath(routes.myData[lang]));
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (html.includes(OFFLINE_SIZE_TOKEN)) writeFileSync(file, html.replaceAll(OFFLINE_SIZE_TOKEN, formatMegabytes(plan.keepBytes, lang)));
  }
}

/** Plans, fills in the My data pages, and writes `sw.js`; returns the plan. */
export async function writeServiceWorker(outDir: string): Promise<{ plan: OfflinePlan }> {
  const plan = planOffline(outDir);
  writeOfflineList(outDir, plan);
  writeFileSync(join(outDir, SW_FILE), await serviceWorkerScript(outDir, plan));
  return { plan };
}

/**
 * Writes `dist/sw.js` after the build, with the workbox runtime (DESIGN.md trap 14: `@vite-pwa/astro` does not
 * support Astro 7). Must run after the Pagefind integration, so the search index is in the plan.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'netvaerkskompasset:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const { plan } = await writeServiceWorker(outDir);
        logger.info(
          `${SW_FILE}: precaches ${plan.precache.length} files, ${(plan.precacheBytes / 1024).toFixed(0)} KB (budget ${PRECACHE_BUDGET / 1024 / 1024} MB)`,
        );
        if (plan.leftOut.length) logger.info(`${SW_FILE}: over the budget, so cached when used: ${plan.leftOut.join(', ')}`);
        logger.info(
          `${OFFLINE_LIST_FILE}: ${plan.keep.length} files, ${(plan.keepBytes / 1024).toFixed(0)} KB for "keep all articles offline"`,
        );
      },
    },
  };
}
