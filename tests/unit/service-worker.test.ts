import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateSW } from 'workbox-build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceWorkerOptions } from '../../src/integrations/service-worker';

/** A tiny build with the kinds of file dist/ has, to see what the service worker precaches. */
const files = [
  'index.html',
  '404.html',
  'artikler/index.html',
  'artikler/relationer-ikke-visitkort/index.html',
  'en/index.html',
  '_astro/BaseLayout.abc123.css',
  '_astro/Quiz.def456.js',
  'favicon.svg',
  'icon-192.png',
  'icon-512.png',
  'manifest.webmanifest',
  'og.png',
  'rss.xml',
  'sitemap-index.xml',
  'robots.txt',
  // Netlify and Cloudflare Pages read it and do not serve it: precaching it would fail the install.
  '_headers',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.da_0123456789.pf_meta',
  'pagefind/wasm.da.pagefind',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/da_abc.pf_index',
  'pagefind/fragment/da_def.pf_fragment',
  'pagefind/filter/da_ghi.pf_filter',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-highlight.js',
];

let dir: string;
let sw: string;
let count: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-fixture-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), `content of ${f}`);
  }
  ({ count } = await generateSW(serviceWorkerOptions(dir)));
  sw = readFileSync(join(dir, 'sw.js'), 'utf8');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const precached = () => [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!).sort();

describe('the service worker', () => {
  it('precaches the pages, CSS, JS, icons, manifest and the Pagefind files the search uses', () => {
    expect(precached()).toEqual(
      [
        '404.html',
        '_astro/BaseLayout.abc123.css',
        '_astro/Quiz.def456.js',
        'artikler/index.html',
        'artikler/relationer-ikke-visitkort/index.html',
        'en/index.html',
        'favicon.svg',
        'icon-192.png',
        'icon-512.png',
        'index.html',
        'manifest.webmanifest',
        'pagefind/fragment/da_def.pf_fragment',
        'pagefind/filter/da_ghi.pf_filter',
        'pagefind/index/da_abc.pf_index',
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind-worker.js',
        'pagefind/pagefind.da_0123456789.pf_meta',
        'pagefind/pagefind.js',
        'pagefind/wasm.da.pagefind',
        'pagefind/wasm.en.pagefind',
      ].sort(),
    );
    expect(count).toBe(20);
  });

  it('lists files relative to itself, so it works under any deploy base', () => {
    expect(precached().every((u) => !u.startsWith('/') && !u.includes('://'))).toBe(true);
  });

  it('is one self-contained file that serves /x/ from x/index.html, ignores query strings and waits to be told to take over', () => {
    expect(sw).not.toMatch(/importScripts/);
    expect(sw).toContain('index.html');
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).toMatch(/clients\.claim\(\)/);
    expect(sw).toMatch(/ignoreURLParametersMatching:\[\/\.\*\/\]/);
  });
});
