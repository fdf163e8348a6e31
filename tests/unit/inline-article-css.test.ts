import { describe, expect, it } from 'vitest';
import { deferPageExtras, inlineStylesheets } from '../../src/integrations/inline-article-css';
import { cspHash } from '../../src/integrations/page-csp';

const page = (head: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'self' 'sha256-old='; script-src 'self';">${head}</head><body></body></html>`;
const sheets: Record<string, string> = {
  '/_astro/a.css': 'body{margin:0}',
  '/_astro/b.css': '.x{color:red}',
  '/_astro/print.css': '@page{}',
};

describe('inlineStylesheets', () => {
  it('writes render-blocking stylesheets into the page and adds their hashes to style-src', () => {
    const html = inlineStylesheets(
      page('<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">'),
      (href) => sheets[href],
    );
    expect(html).toContain('<style>body{margin:0}</style><style>.x{color:red}</style>');
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toContain(`style-src 'self' 'sha256-old=' ${cspHash('body{margin:0}')} ${cspHash('.x{color:red}')}; script-src 'self';`);
  });

  it('writes the print stylesheet in as print-only CSS, hashed too', () => {
    const html = inlineStylesheets(page('<link rel="stylesheet" href="/_astro/print.css" media="print">'), (href) => sheets[href]);
    expect(html).toContain('<style media="print">@page{}</style>');
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toContain(`style-src 'self' 'sha256-old=' ${cspHash('@page{}')};`);
  });

  it('leaves a stylesheet it cannot read as a link, and the page unchanged without any', () => {
    const missing = '<link rel="stylesheet" href="/_astro/gone.css"><link rel="stylesheet" href="/_astro/gone-too.css" media="print">';
    expect(inlineStylesheets(page(missing), (href) => sheets[href])).toBe(page(missing));
  });

  it('hashes as browsers do: SHA-256 of the text, base64', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('deferPageExtras', () => {
  /** The loader's code, run on `load` (then at idle). */
  const loaderOf = (html: string) => /<script type="module">([^<]*)<\/script><\/body>/.exec(html)?.[1];

  it('loads the module scripts after the page, at idle, from one loader hashed in script-src', () => {
    const html = deferPageExtras(
      page('<script type="module" src="/_astro/Header.a.js"></script><script type="module" src="/kompas/_astro/Sw.b.js"></script>'),
    );
    expect(html).not.toContain(' src=');
    const loader = loaderOf(html);
    expect(loader).toMatch(/^addEventListener\("load",/);
    expect(loader).toContain('requestIdleCallback');
    expect(loader).toContain('import("/_astro/Header.a.js");import("/kompas/_astro/Sw.b.js");');
    expect(html).toContain(`script-src 'self' ${cspHash(loader!)};`);
  });

  it('adds the manifest link from the loader too, so nothing but the page is fetched before the first paint', () => {
    const html = deferPageExtras(page('<link rel="manifest" href="/kompas/manifest.webmanifest">'));
    expect(html).not.toContain('<link rel="manifest"');
    const loader = loaderOf(html)!;
    expect(loader).toContain('rel:"manifest",href:"/kompas/manifest.webmanifest"');
    expect(html).toContain(`script-src 'self' ${cspHash(loader)};`);
  });

  it('runs what it loads once the page has loaded', () => {
    const html = deferPageExtras(page('<link rel="manifest" href="/m.webmanifest"><script type="module" src="/_astro/a.js"></script>'));
    const loader = loaderOf(html)!;
    const listeners: (() => void)[] = [];
    const appended: { rel: string; href: string }[] = [];
    const imported: string[] = [];
    const run = new Function(
      'addEventListener',
      'window',
      'requestIdleCallback',
      'setTimeout',
      'document',
      'import_',
      loader.replaceAll('import(', 'import_('),
    );
    const document = { head: { append: (l: { rel: string; href: string }) => appended.push(l) }, createElement: () => ({}) };
    run(
      (_: string, f: () => void) => listeners.push(f),
      {},
      undefined,
      (f: () => void) => f(),
      document,
      (src: string) => imported.push(src),
    );
    expect(appended).toEqual([]);
    listeners.forEach((f) => f());
    expect(appended).toEqual([{ rel: 'manifest', href: '/m.webmanifest' }]);
    expect(imported).toEqual(['/_astro/a.js']);
  });

  it('leaves a page without module scripts or manifest as it is', () => {
    expect(deferPageExtras(page('<script type="application/ld+json">{}</script>'))).toBe(
      page('<script type="application/ld+json">{}</script>'),
    );
  });
});
