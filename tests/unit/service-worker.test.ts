import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cacheNames,
  formatMegabytes,
  OFFLINE_LIST_FILE,
  OFFLINE_SIZE_TOKEN,
  planOffline,
  PRECACHE_BUDGET,
  SW_FILE,
  writeServiceWorker,
  writeOfflineList,
} from '../../src/integrations/service-worker';

/** The kinds of file dist/ has. */
const shellFiles = [
  'index.html',
  'en/index.html',
  '404.html',
  'en/404/index.html',
  'oevelser/index.html',
  'oevelser/hvad-vil-du/index.html',
  'oevelser/hvad-vil-du/papir/index.html',
  'en/exercises/contact-map/index.html',
  'workshop/index.html',
  'en/workshop/index.html',
  'mine-data/index.html',
  'en/my-data/index.html',
  'soeg/index.html',
  'en/search/index.html',
  'ordliste/index.html',
  '_astro/print.abc123.css',
  '_astro/Quiz.def456.js',
  'favicon.svg',
  'icon-192.png',
  'manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.da_0123456789.pf_meta',
  'pagefind/wasm.da.pagefind',
  'pagefind/wasm.en.pagefind',
  'pagefind/filter/da_ghi.pf_filter',
];
const searchIndex = ['pagefind/index/da_abc.pf_index', 'pagefind/index/en_abc.pf_index'];
const handoutPacks = ['workshop/kopiark/index.html', 'en/workshop/handouts/index.html'];
const fragments = ['pagefind/fragment/da_def.pf_fragment', 'pagefind/fragment/en_def.pf_fragment'];
const articles = [
  'artikler/index.html',
  'artikler/relationer-ikke-visitkort/index.html',
  'en/articles/index.html',
  'en/articles/relationships-not-business-cards/index.html',
];
const neverCached = [
  // Netlify and Cloudflare Pages read it and do not serve it: precaching it would fail the install.
  '_headers',
  'og.png',
  'rss.xml',
  'sitemap-index.xml',
  'robots.txt',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-highlight.js',
];

/** A build in a temporary folder; `sizes` gives some files a size in bytes (the rest hold a short text). */
function fixture(sizes: Record<string, number> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-fixture-'));
  for (const f of [...shellFiles, ...searchIndex, ...handoutPacks, ...fragments, ...articles, ...neverCached]) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), sizes[f] ? Buffer.alloc(sizes[f]!, 'x') : `content of ${f}`);
  }
  return dir;
}

const dirs: string[] = [];
const made = (sizes?: Record<string, number>) => {
  const d = fixture(sizes);
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What a worker script does when a browser starts it: the events it listens to, and whether it asked to take over. */
function startWorker(script: string) {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const calls = { skipWaiting: 0 };
  const self = {
    registration: { scope: 'https://example.org/kompas/' },
    location: new URL('https://example.org/kompas/sw.js'),
    addEventListener: (type: string, fn: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    skipWaiting: () => {
      calls.skipWaiting++;
      return Promise.resolve();
    },
    clients: { claim: () => Promise.resolve() },
  };
  runInNewContext(script, { self, registration: self.registration, location: self.location, URL, Request, Response, console });
  const send = (type: string, event: unknown) => listeners.get(type)?.forEach((fn) => fn(event));
  return { listeners, calls, send };
}

describe('what the service worker precaches', () => {
  let dir: string;
  let sw: string;
  beforeAll(async () => {
    dir = made();
    await writeServiceWorker(dir);
    sw = readFileSync(join(dir, SW_FILE), 'utf8');
  }, 60_000);
  const precached = () => [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!).sort();

  it('the fixed pages, 404 pages, CSS, JS, icons, manifest and search, and the handout packs while they fit; no article', () => {
    expect(precached()).toEqual([...shellFiles, ...searchIndex, ...handoutPacks, ...fragments].sort());
  });

  it('never the articles, the article index, feeds, the link-preview image or Pagefind UI bundles', () => {
    for (const f of [...articles, ...neverCached]) expect(precached()).not.toContain(f);
  });

  it('lists files relative to itself, so it works under any deploy base', () => {
    expect(precached().every((u) => !u.startsWith('/') && !u.includes('://'))).toBe(true);
  });

  it('is one self-contained script that serves /x/ from x/index.html and ignores query strings', () => {
    expect(sw).not.toMatch(/importScripts|\bimport\(|\brequire\(|process\.env/);
    expect(sw).toMatch(/directoryIndex:`index\.html`,ignoreURLParametersMatching:\[\/\.\*\/\]/);
  });

  it('installs, takes over the pages and answers requests, and waits to be told to replace an older version', () => {
    const worker = startWorker(sw);
    expect([...worker.listeners.keys()].sort()).toEqual(['activate', 'fetch', 'install', 'message']);
    worker.send('message', { data: { type: 'something else' } });
    expect(worker.calls.skipWaiting).toBe(0);
    worker.send('message', { data: { type: 'SKIP_WAITING' } });
    expect(worker.calls.skipWaiting).toBe(1);
  });

  it('caches pages when read (network first) and answers an unknown address offline with the 404 page of its language', () => {
    expect(sw).toContain(`pages:\`${cacheNames.pages}\``);
    expect(sw).toMatch(/\.mode===`navigate`/);
    expect(sw).toContain('handlerDidError');
    expect(sw).toContain('`en/404/index.html`');
    expect(sw).toContain('`404.html`');
  });
});

describe('the budget of the first visit', () => {
  it('leaves out whole groups, in order, that would take the precache over the budget, and offers them for "keep all articles offline"', () => {
    const third = Math.ceil(PRECACHE_BUDGET / 3);
    const dir = made({ [searchIndex[0]!]: third, [handoutPacks[0]!]: third, [fragments[0]!]: third });
    const plan = planOffline(dir);
    expect(plan.precacheBytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
    expect(plan.precache).toEqual(expect.arrayContaining([...searchIndex, ...handoutPacks]));
    expect(plan.leftOut).toEqual(['search results']);
    expect(plan.keep.map((k) => k.url)).toEqual(expect.arrayContaining(fragments));
    expect(plan.keep.filter((k) => k.url.startsWith('pagefind/')).every((k) => k.cache === 'search')).toBe(true);
  });

  it('keeps room for sw.js and the largest article page, where a first visit may start', () => {
    const mb = 1024 * 1024;
    const dir = made({ [articles[1]!]: mb, [searchIndex[0]!]: mb, [handoutPacks[0]!]: mb });
    const plan = planOffline(dir);
    expect(plan.precache).toEqual(expect.arrayContaining(searchIndex));
    expect(plan.leftOut).toEqual(['handout packs']);
    expect(plan.precacheBytes + mb).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });

  it('refuses a build whose shell alone is over the budget', () => {
    const dir = made({ 'index.html': PRECACHE_BUDGET + 1 });
    expect(() => planOffline(dir)).toThrow(/over the 3 MB budget/);
  });
});

describe('"keep all articles offline"', () => {
  it('lists every article and the article indexes by the address they are read at, and says its size in the My data pages', () => {
    const dir = made();
    writeFileSync(join(dir, 'mine-data/index.html'), `<p>Det er ${OFFLINE_SIZE_TOKEN}.</p>`);
    writeFileSync(join(dir, 'en/my-data/index.html'), `<p>It is ${OFFLINE_SIZE_TOKEN}.</p>`);
    const plan = planOffline(dir);
    writeOfflineList(dir, plan);
    const list = JSON.parse(readFileSync(join(dir, OFFLINE_LIST_FILE), 'utf8')) as {
      bytes: number;
      files: { url: string; cache: string }[];
    };
    expect(list.files.map((f) => f.url).sort()).toEqual([
      'artikler/',
      'artikler/relationer-ikke-visitkort/',
      'en/articles/',
      'en/articles/relationships-not-business-cards/',
    ]);
    expect(list.files.every((f) => f.cache === cacheNames.pages)).toBe(true);
    expect(list.bytes).toBe(articles.reduce((n, f) => n + `content of ${f}`.length, 0));
    expect(readFileSync(join(dir, 'mine-data/index.html'), 'utf8')).toBe(`<p>Det er ${formatMegabytes(list.bytes, 'da')}.</p>`);
    expect(readFileSync(join(dir, 'en/my-data/index.html'), 'utf8')).toBe(`<p>It is ${formatMegabytes(list.bytes, 'en')}.</p>`);
  });

  it('words sizes in each language', () => {
    expect(formatMegabytes(1.25 * 1024 * 1024, 'da')).toBe('1,3 MB');
    expect(formatMegabytes(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
    expect(formatMegabytes(55.4 * 1024 * 1024, 'en')).toBe('55 MB');
    expect(formatMegabytes(10, 'en')).toBe('0.1 MB');
  });
});

describe('the service-worker module in plain Node', () => {
  it('loads without Vite, as `npm run bench` loads it to time writing the service worker on its own', () => {
    const module = pathToFileURL(join(import.meta.dirname, '../../src/integrations/service-worker.ts')).href;
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(module)}); console.log(typeof m.writeServiceWorker);`],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toBe('function');
  });
});
