import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, gzipSize, overBudget, type Budget, type PageAssets } from '../../bench/lib/page-assets.ts';
import { FIRST_VISIT_BUDGET, measurePrecache } from '../../bench/lib/precache.ts';
import { KB } from '../../bench/lib/stats.ts';
import { routes } from '../../src/i18n/routes';
import { builtHtml, builtPages, distDir } from './built-pages';

/**
 * Page-weight budgets on the real build, read statically from dist/ (bytes are deterministic, no browser needed).
 * JS counts what loads on first load: scripts, modulepreloads, island component/renderer URLs and their static
 * imports, recursively; dynamic import() (Pagefind's code) is left out. See bench/lib/page-assets.ts.
 */
const langs = ['da', 'en'] as const;
const isRoute = (key: keyof typeof routes) => (path: string) => langs.some((l) => routes[key][l] === path);
const isArticle = (path: string) => langs.some((l) => path.startsWith(routes.articles[l]) && path !== routes.articles[l]);

const budgets: Budget[] = [
  { name: 'article', applies: isArticle, jsGzip: 10 * KB },
  { name: 'article index', applies: isRoute('articles'), jsGzip: 10 * KB },
  { name: 'search', applies: isRoute('search'), jsGzip: 10 * KB },
  {
    name: 'exercise and my data',
    applies: (p) => isRoute('quiz')(p) || isRoute('groupPurpose')(p) || isRoute('contactMap')(p) || isRoute('myData')(p),
    jsGzip: 100 * KB,
  },
  { name: 'any', applies: () => true, cssRaw: 40 * KB },
];

describe('page-weight budgets of the build', () => {
  const pages = builtPages();
  let assets: PageAssets[] = [];
  beforeAll(async () => {
    assets = await Promise.all(pages.map((p) => analysePage(distDir, p, builtHtml(p), { base: process.env.BASE })));
  });

  it('applies every budget to at least one built page, so a renamed route cannot switch a budget off', () => {
    const unused = budgets.filter((b) => !pages.some(b.applies)).map((b) => b.name);
    expect(unused).toEqual([]);
  });

  it('keeps JS on load within budget: articles, article index and search ≤ 10 KB gzip, exercises and my data ≤ 100 KB gzip', () => {
    const over = overBudget(
      assets,
      budgets.filter((b) => b.jsGzip !== undefined),
    );
    expect(over, `Over the JS budget:\n${over.join('\n')}`).toEqual([]);
  });

  it('keeps CSS on load ≤ 40 KB raw on every page', () => {
    const over = overBudget(
      assets,
      budgets.filter((b) => b.cssRaw !== undefined),
    );
    expect(over, `Over the CSS budget:\n${over.join('\n')}`).toEqual([]);
  });

  it('finds every JS and CSS file the pages reference', () => {
    const missing = assets.flatMap((a) => a.missing.map((m) => `${a.page}: ${m}`));
    expect(missing).toEqual([]);
  });

  it("loads no other exercise's store on an exercise page, so no page reads the others' stored data", () => {
    // Each store names its kind of stored data in its spec (`kind: 'quiz'`), and the minified code keeps the name.
    const exercises = { quiz: 'quiz', groupPurpose: 'groupPurpose', contactMap: 'contactMap' } as const;
    const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
    const kindsOn = (a: PageAssets) => {
      const files = a.js.filter((f) => f.path !== 'inline').map((f) => (f.path.startsWith(base) ? f.path.slice(base.length) : f.path));
      const code = files.map((f) => readFileSync(join(distDir, f), 'utf8'));
      return new Set(code.flatMap((c) => [...c.matchAll(/kind:\s*[`'"](\w+)[`'"]/g)].map((m) => m[1]!)));
    };
    const found = Object.entries(exercises).flatMap(([route, own]) =>
      assets
        .filter((a) => isRoute(route as keyof typeof exercises)(a.page))
        .map((a) => {
          const kinds = kindsOn(a);
          return { page: a.page, own: kinds.has(own), others: Object.values(exercises).filter((k) => k !== own && kinds.has(k)) };
        }),
    );
    expect(found).toHaveLength(Object.keys(exercises).length * langs.length);
    expect(found.filter((f) => !f.own || f.others.length > 0)).toEqual([]);
  });
});

describe('the offline precache of the build', () => {
  it('keeps the first visit within 3 MB: precache + sw.js + the largest article, which is not precached', () => {
    const precache = measurePrecache(distDir);
    expect(precache, 'dist/sw.js is missing').not.toBeNull();
    expect(precache!.files).toBeGreaterThan(20);
    expect(precache!.articleBytes).toBeGreaterThan(0);
    expect(precache!.firstVisitBytes, `first visit ${precache!.firstVisitBytes} B, budget ${FIRST_VISIT_BUDGET} B`).toBeLessThanOrEqual(
      FIRST_VISIT_BUDGET,
    );
  });
});

describe('the JS-on-load sum (fixture)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-fixture-'));
  const files: Record<string, string> = {
    '_astro/entry.js': `import{s}from"./shared.js";export*from"./reexported.js";const lazy=()=>import("./lazy.js");console.log(s,lazy);`,
    '_astro/shared.js': `import"./entry.js";export const s="${'shared '.repeat(40)}";`,
    '_astro/reexported.js': `export{x}from"/_astro/deep.js";`,
    '_astro/deep.js': `export const x=1;`,
    '_astro/lazy.js': `export const big="${'never on load '.repeat(5000)}";`,
    '_astro/preloaded.js': `export const p=2;`,
    '_astro/Island.js': `import{r}from"./renderer.js";export default function Island(){return r}`,
    '_astro/renderer.js': `export const r=3;const later=import("./lazy.js");`,
    '_astro/from-inline.js': `export const i=4;`,
    '_astro/not-loaded.js': `export const n=5;`,
    '_astro/BelowFold.js': `export default function BelowFold(){return "${'scrolled to '.repeat(50)}"}`,
    '_astro/site.css': `body{color:black}`,
  };
  const html = `<!doctype html><html><head>
    <script type="module" src="/_astro/entry.js"></script>
    <link rel="modulepreload" href="/_astro/preloaded.js">
    <link rel="stylesheet" href="/_astro/site.css">
    <script type="application/ld+json">{"@context":"https://schema.org"}</script>
    <!-- <script src="/_astro/not-loaded.js"></script> -->
    <style>main{margin:0}</style>
    </head><body>
    <astro-island uid="a" component-url="/_astro/Island.js" component-export="default" renderer-url="/_astro/renderer.js" client="load"></astro-island>
    <astro-island uid="b" component-url="/_astro/BelowFold.js" component-export="default" renderer-url="/_astro/renderer.js" client="visible"></astro-island>
    <script type="module">import{i}from"/_astro/from-inline.js";import("/_astro/not-loaded.js");</script>
    </body></html>`;

  beforeAll(() => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts scripts, modulepreloads, islands hydrated on load, inline scripts and their static imports once; no dynamic import(), no client:visible island', async () => {
    const result = await analysePage(dir, '/page/', html);
    const counted = ['entry', 'shared', 'reexported', 'deep', 'preloaded', 'Island', 'renderer', 'from-inline'].map(
      (n) => `/_astro/${n}.js`,
    );
    expect(
      result.js
        .filter((a) => a.path !== 'inline')
        .map((a) => a.path)
        .sort(),
    ).toEqual([...counted].sort());
    const inline = `import{i}from"/_astro/from-inline.js";import("/_astro/not-loaded.js");`;
    const expected = counted.reduce((n, p) => n + gzipSize(files[p.slice(1)]!), 0) + gzipSize(inline);
    expect(result.jsGzip).toBe(expected);
    expect(result.cssRaw).toBe(files['_astro/site.css']!.length + 'main{margin:0}'.length);
    expect(result.missing).toEqual([]);
  });

  it('fails a page over its budget with the page, its figure and the budget', async () => {
    const result = await analysePage(dir, '/page/', html);
    const budget: Budget = { name: 'fixture', applies: (p) => p === '/page/', jsGzip: 100 };
    const [line, ...rest] = overBudget([result], [budget]);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^\/page\/: [\d.]+ K?B JS gzip on load \(\d+ B\), budget 100 B for fixture pages/);
    expect(line).toContain(`(${result.jsGzip} B)`);
    expect(overBudget([result], [{ ...budget, jsGzip: result.jsGzip }])).toEqual([]);
    expect(overBudget([result], [{ ...budget, applies: () => false }])).toEqual([]);
  });

  it('notes references to files that are not in the build', async () => {
    const result = await analysePage(
      dir,
      '/page/',
      '<script src="/_astro/gone.js"></script><script src="https://cdn.example/x.js"></script>',
    );
    expect(result.missing).toEqual(['/_astro/gone.js', 'https://cdn.example/x.js (another origin)']);
  });
});
