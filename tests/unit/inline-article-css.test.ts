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
  const loaderOf = (html: string) => /<script>([^<]*)<\/script><\/body>/.exec(html)?.[1];

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

  it('adds the favicon from the loader, leaving an icon in its place that asks for nothing', () => {
    const html = deferPageExtras(page('<link rel="icon" href="/kompas/favicon.svg" type="image/svg+xml">'));
    expect(html).not.toContain('favicon.svg" type');
    expect(html).toContain('<link rel="icon" href="data:,">');
    const loader = loaderOf(html)!;
    expect(loader).toContain('rel:"icon",href:"/kompas/favicon.svg",type:"image/svg+xml"');
    expect(html).toContain(`script-src 'self' ${cspHash(loader)};`);
  });

  /**
   * The loader run with stand-ins for the browser: `load()` fires the load event, `paint()` reports the largest
   * paint to the page's observer (when the browser has one), `timers()` runs the timers set so far.
   */
  function runLoader(html: string, browser: { largestPaint: boolean }) {
    const loader = loaderOf(html)!;
    const listeners: (() => void)[] = [];
    const observers: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const appended: { rel: string; href: string; type?: string }[] = [];
    const imported: string[] = [];
    /** What the loader added to the body: the ids of the templates whose content it cloned. */
    const cloned: string[] = [];
    class Observer {
      static supportedEntryTypes = browser.largestPaint ? ['paint', 'largest-contentful-paint'] : ['paint'];
      constructor(private readonly callback: (list: unknown, observer: Observer) => void) {}
      observe() {
        observers.push(() => this.callback([], this));
      }
      disconnect() {}
    }
    new Function('addEventListener', 'window', 'self', 'setTimeout', 'document', 'import_', loader.replaceAll('import(', 'import_('))(
      (_: string, f: () => void) => listeners.push(f),
      {},
      { PerformanceObserver: Observer },
      (f: () => void) => timers.push(f),
      {
        head: { append: (l: { rel: string; href: string }) => appended.push(l) },
        body: { append: (content: { from: string }) => cloned.push(content.from) },
        getElementById: (id: string) => ({ content: { cloneNode: () => ({ from: id }) } }),
        createElement: () => ({}),
      },
      (src: string) => imported.push(src),
    );
    const runAll = (fs: (() => void)[]) => fs.splice(0).forEach((f) => f());
    return {
      appended,
      imported,
      cloned,
      load: () => runAll(listeners),
      paint: () => runAll(observers),
      timers: () => runAll(timers),
    };
  }
  const withExtras = () =>
    deferPageExtras(page('<link rel="manifest" href="/m.webmanifest"><script type="module" src="/_astro/a.js"></script>'));

  it('loads its scripts and the manifest once the largest paint is on screen, not before', () => {
    const browser = runLoader(withExtras(), { largestPaint: true });
    browser.load();
    browser.timers();
    expect(browser.imported).toEqual([]);
    browser.paint();
    browser.timers();
    expect(browser.appended).toEqual([{ rel: 'manifest', href: '/m.webmanifest' }]);
    expect(browser.imported).toEqual(['/_astro/a.js']);
  });

  it('adds the favicon once the largest paint is on screen', () => {
    const browser = runLoader(deferPageExtras(page('<link rel="icon" href="/favicon.svg" type="image/svg+xml">')), { largestPaint: true });
    browser.load();
    browser.timers();
    expect(browser.appended).toEqual([]);
    browser.paint();
    browser.timers();
    expect(browser.appended).toEqual([{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }]);
  });

  it('loads them once, also when the page painted late and the fallback timer fired as well', () => {
    const browser = runLoader(withExtras(), { largestPaint: true });
    browser.load();
    browser.paint();
    browser.timers();
    browser.timers();
    expect(browser.imported).toEqual(['/_astro/a.js']);
    expect(browser.appended).toHaveLength(1);
  });

  it('loads them after load where the browser reports no largest paint', () => {
    const browser = runLoader(withExtras(), { largestPaint: false });
    browser.timers();
    expect(browser.imported).toEqual([]);
    browser.load();
    browser.timers();
    expect(browser.imported).toEqual(['/_astro/a.js']);
  });

  /** Astro's island runtime as Astro writes it before an island: a directive's script and the element's definition. */
  const directive = '<script>(()=>{(self.Astro||(self.Astro={})).visible=a;window.dispatchEvent(new Event("astro:visible"))})();</script>';
  const definition = '<script>(()=>{customElements.get("astro-island")||customElements.define("astro-island",class{})})();</script>';
  const withIsland = () =>
    deferPageExtras(
      page('<script type="module" src="/_astro/a.js"></script>').replace(
        '<body>',
        `<body><article><p>Tekst</p>${directive}${definition}<astro-island ssr><p>Quiz</p></astro-island></article>`,
      ),
    );

  it('keeps the island runtime out of the parsed page, in a template whose scripts keep their CSP hashes', () => {
    const html = withIsland();
    const template = /<template id="islands-runtime">([\s\S]*?)<\/template>/.exec(html);
    expect(template?.[1]).toBe(directive + definition);
    // Before the island, only the text is left; the template comes after the article, before the loader.
    expect(html).toContain('<article><p>Tekst</p><astro-island ssr>');
    expect(html.indexOf('<template')).toBeGreaterThan(html.indexOf('</article>'));
    expect(html.indexOf('<template')).toBeLessThan(html.indexOf('<script>addEventListener'));
  });

  it('moves the runtime unchanged, even where its code holds what a replacement string reads as a pattern', () => {
    const dollars = '<script>(()=>{var $$=1,a=(self.Astro||{});a["$&"]=$$})();</script>';
    const html = deferPageExtras(page('').replace('<body>', () => `<body>${dollars}<astro-island ssr></astro-island>`));
    expect(/<template id="islands-runtime">([\s\S]*?)<\/template>/.exec(html)?.[1]).toBe(dollars);
  });

  it('adds the island runtime once the largest paint is on screen, after the scripts', () => {
    const browser = runLoader(withIsland(), { largestPaint: true });
    browser.load();
    browser.timers();
    expect(browser.cloned).toEqual([]);
    browser.paint();
    browser.timers();
    expect(browser.imported).toEqual(['/_astro/a.js']);
    expect(browser.cloned).toEqual(['islands-runtime']);
  });

  it('leaves a page without module scripts or manifest as it is', () => {
    expect(deferPageExtras(page('<script type="application/ld+json">{}</script>'))).toBe(
      page('<script type="application/ld+json">{}</script>'),
    );
  });
});
