/**
 * What a built page makes the browser download on first load, read statically from `dist/`.
 * Shared by `tests/e2e/budgets.test.ts` (the budgets `npm test` enforces) and the benchmark.
 *
 * JavaScript on load: `<script src>` and inline scripts, `<link rel="modulepreload">` (and `preload as="script"`),
 * the `component-url`, `renderer-url` and `before-hydration-url` of every `<astro-island>` that hydrates on load
 * (`client:load`, `client:idle`, `client:only`; a `client:visible` or `client:media` island loads its code only once
 * it scrolls into view or its media query matches), and everything those files import statically (`import … from`, `import "…"`, `export … from`), recursively.
 * Dynamic `import()` is not followed: that code (Pagefind's, for one) loads only when the reader does something.
 *
 * CSS on load: every `<link rel="stylesheet">` (print sheets included: Chromium downloads them too),
 * the files they `@import`, and inline `<style>` blocks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { formatBytes } from './stats.ts';

/** Gzip size with zlib's default level (6), what a web server compressing on the fly sends. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data).length;
}

export interface Asset {
  /** Site path of the file (`/_astro/client.abc.js`), or `inline` for a `<script>`/`<style>` in the page. */
  path: string;
  raw: number;
  gzip: number;
}

export interface PageAssets {
  page: string;
  js: Asset[];
  css: Asset[];
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  /** References to files that are not in the build (broken, or on another origin). */
  missing: string[];
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => entities[e] ?? e);

/** The attributes of one start tag, names lower-cased. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = tag.replace(/^<[\w-]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Where a page's own markup points for JS and CSS on first load, before following imports. */
export function pageReferences(html: string): { scripts: string[]; inlineScripts: string[]; styles: string[]; inlineStyles: string[] } {
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  const styles: string[] = [];
  const inlineStyles: string[] = [];
  // Comments hide markup from the browser, and from us.
  const markup = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of markup.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]!);
    if (!jsTypes.has((attrs.get('type') ?? '').trim().toLowerCase()) || attrs.has('nomodule')) continue;
    const src = attrs.get('src');
    if (src) scripts.push(src);
    else if (m[2]!.trim()) inlineScripts.push(m[2]!);
  }
  for (const m of markup.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    const rel = new Set((attrs.get('rel') ?? '').toLowerCase().split(/\s+/));
    const href = attrs.get('href');
    if (!href) continue;
    if (rel.has('modulepreload') || (rel.has('preload') && attrs.get('as') === 'script')) scripts.push(href);
    else if (rel.has('stylesheet') || (rel.has('preload') && attrs.get('as') === 'style')) styles.push(href);
  }
  for (const m of markup.matchAll(/<astro-island\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    if (['visible', 'media'].includes(attrs.get('client') ?? '')) continue;
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attrs.get(name);
      if (url) scripts.push(url);
    }
  }
  for (const m of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    if (m[1]!.trim()) inlineStyles.push(m[1]!);
  }
  return { scripts, inlineScripts, styles, inlineStyles };
}

let lexerReady: Promise<void> | undefined;

/** The specifiers a JS module imports statically (`import`, `export … from`); dynamic `import()` is left out. */
export async function staticImports(code: string): Promise<string[]> {
  await (lexerReady ??= init());
  const [imports] = parse(code);
  return imports
    .filter((i) => i.type === 'static' || i.type === 'reexport-star')
    .map((i) => i.specifier)
    .filter((s): s is string => typeof s === 'string');
}

/** The specifiers a stylesheet pulls in with `@import`. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((m) => m[1]!);
}

export interface AnalyseOptions {
  /** The deploy base the site was built with (`/` unless BASE was set). */
  base?: string;
}

/**
 * The JS and CSS a built page loads on first load, with raw and gzip sizes.
 * `pagePath` is the site path (`/artikler/`), `distDir` the build output.
 */
export async function analysePage(distDir: string, pagePath: string, html: string, options: AnalyseOptions = {}): Promise<PageAssets> {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const pageUrl = new URL(pagePath, 'http://site.invalid');
  const missing: string[] = [];

  /** The file in dist/ for a reference, or undefined (and noted) when there is none. */
  const fileOf = (ref: string, from: URL): { url: URL; file: string } | undefined => {
    const url = new URL(ref, from);
    if (url.origin !== pageUrl.origin) {
      missing.push(`${ref} (another origin)`);
      return undefined;
    }
    let pathname = decodeURIComponent(url.pathname);
    if (base !== '/' && pathname.startsWith(base)) pathname = `/${pathname.slice(base.length)}`;
    const file = join(distDir, pathname);
    if (!existsSync(file)) {
      missing.push(ref);
      return undefined;
    }
    return { url, file };
  };

  const refs = pageReferences(html);
  const js = new Map<string, Asset>();
  const inlineJs: Asset[] = [];

  const visitJs = async (code: string, from: URL) => {
    for (const spec of await staticImports(code)) {
      const found = fileOf(spec, from);
      if (!found || js.has(found.url.pathname)) continue;
      const source = readFileSync(found.file);
      js.set(found.url.pathname, { path: found.url.pathname, raw: source.length, gzip: gzipSize(source) });
      await visitJs(source.toString('utf8'), found.url);
    }
  };

  for (const ref of refs.scripts) {
    const found = fileOf(ref, pageUrl);
    if (!found || js.has(found.url.pathname)) continue;
    const source = readFileSync(found.file);
    js.set(found.url.pathname, { path: found.url.pathname, raw: source.length, gzip: gzipSize(source) });
    await visitJs(source.toString('utf8'), found.url);
  }
  for (const code of refs.inlineScripts) {
    inlineJs.push({ path: 'inline', raw: Buffer.byteLength(code), gzip: gzipSize(code) });
    await visitJs(code, pageUrl);
  }

  const css = new Map<string, Asset>();
  const visitCss = (ref: string, from: URL) => {
    const found = fileOf(ref, from);
    if (!found || css.has(found.url.pathname)) return;
    const source = readFileSync(found.file);
    css.set(found.url.pathname, { path: found.url.pathname, raw: source.length, gzip: gzipSize(source) });
    for (const spec of cssImports(source.toString('utf8'))) visitCss(spec, found.url);
  };
  for (const ref of refs.styles) visitCss(ref, pageUrl);
  const inlineCss = refs.inlineStyles.map((code) => ({ path: 'inline', raw: Buffer.byteLength(code), gzip: gzipSize(code) }));

  const jsAll = [...js.values(), ...inlineJs];
  const cssAll = [...css.values(), ...inlineCss];
  const sum = (assets: Asset[], key: 'raw' | 'gzip') => assets.reduce((n, a) => n + a[key], 0);
  return {
    page: pagePath,
    js: jsAll,
    css: cssAll,
    jsRaw: sum(jsAll, 'raw'),
    jsGzip: sum(jsAll, 'gzip'),
    cssRaw: sum(cssAll, 'raw'),
    cssGzip: sum(cssAll, 'gzip'),
    missing,
  };
}

export interface Budget {
  /** What kind of page this is ("article", "exercise"); used in the failure message. */
  name: string;
  /** Which pages the budget applies to, by site path. */
  applies: (pagePath: string) => boolean;
  /** Most JS on load, gzip, in bytes. */
  jsGzip?: number;
  /** Most CSS on load, raw, in bytes. */
  cssRaw?: number;
}

/** One line per page over a budget: the page, its figure, the budget, and its biggest files. */
export function overBudget(pages: readonly PageAssets[], budgets: readonly Budget[]): string[] {
  const lines: string[] = [];
  const biggest = (assets: Asset[], key: 'raw' | 'gzip') =>
    [...assets]
      .sort((a, b) => b[key] - a[key])
      .slice(0, 3)
      .map((a) => `${a.path} ${formatBytes(a[key])}`)
      .join(', ');
  for (const page of pages) {
    for (const budget of budgets) {
      if (!budget.applies(page.page)) continue;
      if (budget.jsGzip !== undefined && page.jsGzip > budget.jsGzip) {
        lines.push(
          `${page.page}: ${formatBytes(page.jsGzip)} JS gzip on load (${page.jsGzip} B), budget ${formatBytes(budget.jsGzip)} for ${budget.name} pages; biggest: ${biggest(page.js, 'gzip')}`,
        );
      }
      if (budget.cssRaw !== undefined && page.cssRaw > budget.cssRaw) {
        lines.push(
          `${page.page}: ${formatBytes(page.cssRaw)} CSS raw on load (${page.cssRaw} B), budget ${formatBytes(budget.cssRaw)} for ${budget.name} pages; biggest: ${biggest(page.css, 'raw')}`,
        );
      }
    }
  }
  return lines;
}
