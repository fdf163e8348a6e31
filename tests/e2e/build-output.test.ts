import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/integrations/page-csp';
import { builtHtml, builtPages, distDir } from './built-pages';

const pages = builtPages();
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('the built site', () => {
  it('resolves every internal link and anchor', () => {
    const broken: string[] = [];
    for (const path of pages) {
      const html = builtHtml(path);
      for (const [tag] of html.matchAll(/<a\s[^>]*>/g)) {
        const href = attr(tag, 'href');
        if (!href || /^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        const targetPath = url.pathname;
        const targetHtml =
          targetPath === path || href.startsWith('#')
            ? html
            : targetPath.endsWith('/') && existsSync(join(distDir, targetPath, 'index.html'))
              ? builtHtml(targetPath)
              : existsSync(join(distDir, targetPath))
                ? ''
                : null;
        if (targetHtml === null) broken.push(`${path}: ${href} (no such page)`);
        else if (url.hash && !ids(targetHtml).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('sends a Content-Security-Policy with default-src none on every page', () => {
    for (const path of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(builtHtml(path))?.[1];
      expect(csp, path).toMatch(/default-src 'none'/);
      expect(csp, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    }
  });

  it('renders no style="" attribute, which the CSP would block', () => {
    const offenders = pages.filter((p) => /<[^>]+\sstyle="/.test(builtHtml(p)));
    expect(offenders).toEqual([]);
  });

  it('hashes every inline <style> and <script> in the CSP of its page, so none is blocked', () => {
    const unhashed: string[] = [];
    for (const path of pages) {
      const html = builtHtml(path);
      const sources = (kind: string) =>
        new RegExp(`<meta http-equiv="content-security-policy" content="[^"]*${kind}-src ([^;"]*)`).exec(html)?.[1] ?? '';
      for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
        if (!sources('style').includes(cspHash(css!))) unhashed.push(`${path}: ${css!.slice(0, 60)}…`);
      for (const [, attributes, code] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g))
        if (!/\ssrc=/.test(attributes!) && !sources('script').includes(cspHash(code!))) unhashed.push(`${path}: ${code!.slice(0, 60)}…`);
    }
    expect(unhashed).toEqual([]);
  });

  it('gives article pages and the article indexes no render-blocking stylesheet or early script: their CSS is in the page', () => {
    const articles = pages.filter((p) => /^\/(artikler|en\/articles)\//.test(p));
    expect(articles.length).toBeGreaterThan(2);
    for (const path of articles) {
      const html = builtHtml(path);
      expect(html.match(/<link rel="stylesheet" href="[^"]+">/g), path).toBeNull();
      expect(html, path).toMatch(/<style>[^<]*\.site-header/);
    }
    // Their scripts load after the page, from an inline loader the CSP allows by its hash.
    for (const path of articles) {
      const html = builtHtml(path);
      expect(html, path).not.toMatch(/<script type="module" src=/);
      const loader = /<script>(addEventListener\("load"[^<]*)<\/script>/.exec(html)?.[1];
      const scriptSrc = /<meta http-equiv="content-security-policy" content="[^"]*script-src ([^;"]*)/.exec(html)?.[1] ?? '';
      expect(loader && scriptSrc.includes(cspHash(loader)), path).toBe(true);
    }
    // The pages the service worker precaches keep sharing the stylesheet files.
    expect(builtHtml('/')).toMatch(/<link rel="stylesheet" href="[^"]+\.css">/);
  });

  it('gives every page its print CSS: in the page on articles (no request before the first paint), else as a file', () => {
    const isArticle = (path: string) => /^\/(artikler|en\/articles)\//.test(path);
    for (const path of pages.filter(isArticle)) {
      expect(builtHtml(path), path).toMatch(/<style media="print">[^<]*@page/);
      expect(builtHtml(path), path).not.toMatch(/<link rel="stylesheet"/);
    }
    for (const path of pages.filter((p) => !isArticle(p))) {
      const link = /<link rel="stylesheet" href="([^"]+)" media="print"/.exec(builtHtml(path));
      expect(link?.[1], path).toMatch(/\.css$/);
      expect(existsSync(join(distDir, link![1]!))).toBe(true);
    }
  });

  it('names no missing file in the browser code’s lists of files to load with a dynamic import', () => {
    // Vite writes such a list (`__vite__mapDeps`) into a chunk that imports another one holding styles; a file in it
    // that the build deleted makes the import fail in the browser ("Unable to preload CSS").
    const astroDir = join(distDir, '_astro');
    const missing: string[] = [];
    for (const file of readdirSync(astroDir).filter((f) => f.endsWith('.js'))) {
      const list = /__vite__mapDeps=[^\n]*?m\.f=(\[[^\]]*\])/.exec(readFileSync(join(astroDir, file), 'utf8'))?.[1];
      for (const dep of list ? (JSON.parse(list) as string[]) : []) if (!existsSync(join(distDir, dep))) missing.push(`${file}: ${dep}`);
    }
    expect(missing).toEqual([]);
  });

  it('has the feeds, sitemap, manifest, icons and service worker', () => {
    for (const file of [
      'rss.xml',
      'en/rss.xml',
      'sitemap-index.xml',
      'manifest.webmanifest',
      'icon-192.png',
      'icon-512.png',
      'og.png',
      'pagefind/pagefind.js',
      'sw.js',
    ]) {
      expect(existsSync(join(distDir, file)), file).toBe(true);
    }
  });
});
