import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routes } from '../lib/site/routes.ts';
import { cspHash, inlineElement, keepOwnHashes } from './page-csp.ts';

/**
 * A stylesheet link: one without a `media` blocks the first paint; the print stylesheet (`media="print"`) does not,
 * but its request, started before the first paint, counts against the LCP under Lighthouse's simulated phone.
 */
const stylesheetLink = /<link rel="stylesheet" href="([^"]+\.css)"(?: media="(print)")?>/g;

/** A page's module scripts: small enhancements (the header's panels, the service worker's registration). */
const moduleScript = /<script type="module" src="([^"]+\.js)"><\/script>/g;
/** The web app manifest: only needed to install the site, never to read the page. */
const manifestLink = /<link rel="manifest" href="([^"]+)">/;
/** The tab's icon: not needed to read the page either. */
const iconLink = /<link rel="icon" href="([^"]+)" type="([^"]+)">/;
/**
 * Stands in for the icon until the loader adds it: a page that names no icon gets `/favicon.ico` asked for at
 * `load`, and an empty `data:` URL is asked for nothing.
 */
const noIconYet = '<link rel="icon" href="data:,">';

/**
 * Astro's island runtime, which Astro writes into the page just before its first island: the `<astro-island>`
 * element's definition and one script per hydration directive (`client:visible` sets `Astro.visible`).
 */
const isIslandRuntime = (script: string) => script.includes('self.Astro') || script.includes('"astro-island"');
/** Where the loader finds the island runtime it adds after the largest paint. */
const runtimeTemplateId = 'islands-runtime';

/**
 * Code that runs `run` once, when the browser is idle after the page's largest paint is on screen (see below).
 * `r` runs at most once: the observer and the 3 s fallback may both call `i`.
 */
function afterLargestPaint(run: string): string {
  const idle = `"requestIdleCallback"in window?requestIdleCallback(r,{timeout:2000}):setTimeout(r,200)`;
  return (
    `let d=0;const r=()=>{if(d++)return;${run}},i=()=>${idle},P=self.PerformanceObserver;` +
    `if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.includes("largest-contentful-paint")){` +
    `new P((l,o)=>{o.disconnect();i()}).observe({type:"largest-contentful-paint",buffered:!0});setTimeout(i,3e3)}else i()`
  );
}

/**
 * `html` with its module scripts, its manifest link, its favicon and Astro's island runtime added by one inline
 * loader after the page's largest paint, when the browser is idle, instead of where Astro wrote them; the loader is
 * hashed in the CSP's `script-src`. Under Lighthouse's
 * simulated phone every request that ends before the LCP counts against it, whatever its priority: the two scripts'
 * requests put the article's LCP at about 1,050 ms against 690–800 ms without them (side by side, issue #21), and the
 * manifest's request ended before the first paint too. Nothing in them is needed for reading; the service worker
 * already waited for `load`, and a manifest link added later still lets the browser offer to install the site.
 * The favicon comes the same way: asked for at `load`, it too ended before the LCP in some runs, and an SVG icon
 * is decoded as a document whose layout ran on the main thread before the first frame was on screen.
 *
 * They start once the largest paint is on screen, not merely after `load`: on a small page `load` comes before the
 * first frame is shown, and in 2 of 12 Lighthouse runs the idle callback fetched both scripts and the manifest
 * before it, which put the simulated LCP at ~905 ms against ~715 ms. A browser without the
 * largest-contentful-paint entry (Safari) starts them at idle after `load`; a page loaded out of sight, which
 * paints nothing, after 3 s.
 *
 * The loader is a classic script, run by the parser where it stands: an inline module script waits until the
 * page is parsed and then runs in a task of its own, which also laid the page out again before the first paint
 * was on screen (issue #21). `import()` works the same from a classic script.
 *
 * Astro's island runtime (an article's embedded quiz is an island, hydrated when scrolled into view) waits in a
 * `<template>` and the loader adds it too: a script cloned out of a template runs when it is added, under the same
 * CSP hashes. Where Astro writes it, in the middle of the article, the parser stopped after the first of its scripts
 * and the page was painted; the rest of the page was then parsed in a second task that compiled the runtime and laid
 * the page out again before the largest paint was on screen, and Lighthouse's simulation counted that task against
 * the LCP (issue #21).
 */
export function deferPageExtras(html: string): string {
  const sources = [...html.matchAll(moduleScript)].map((m) => m[1]!);
  const manifest = manifestLink.exec(html)?.[1];
  const icon = iconLink.exec(html);
  const runtime = [...html.matchAll(inlineElement)]
    .filter(([, tag, attributes, text]) => tag === 'script' && attributes === '' && isIslandRuntime(text!))
    .map((m) => m[0]);
  if (sources.length === 0 && manifest === undefined && icon === null && runtime.length === 0) return html;
  const addLink = (attributes: Record<string, string>) => {
    const properties = Object.entries(attributes).map(([name, value]) => `${name}:${JSON.stringify(value)}`);
    return `document.head.append(Object.assign(document.createElement("link"),{${properties.join(',')}}));`;
  };
  const run =
    (icon ? addLink({ rel: 'icon', href: icon[1]!, type: icon[2]! }) : '') +
    (manifest === undefined ? '' : addLink({ rel: 'manifest', href: manifest })) +
    sources.map((src) => `import(${JSON.stringify(src)});`).join('') +
    (runtime.length === 0 ? '' : `document.body.append(document.getElementById("${runtimeTemplateId}").content.cloneNode(!0));`);
  const loader = `addEventListener("load",()=>{${afterLargestPaint(run)}},{once:true})`;
  const template = runtime.length === 0 ? '' : `<template id="${runtimeTemplateId}">${runtime.join('')}</template>`;
  return (
    runtime
      .reduce((page, script) => page.replace(script, ''), html)
      .replace(moduleScript, '')
      .replace(manifestLink, '')
      .replace(iconLink, noIconYet)
      // A function, not a string: in a replacement string `$&`, `$$` and the like are patterns, and minified code may hold them.
      .replace('</body>', () => `${template}<script>${loader}</script></body>`)
      .replace(/(<meta http-equiv="content-security-policy" content="[^"]*?script-src [^;"]*)/i, `$1 ${cspHash(loader)}`)
  );
}

/**
 * `html` with its stylesheets written into the page as `<style>` elements (the print stylesheet as
 * `<style media="print">`), and their hashes added to the page's Content-Security-Policy `<meta>` (`style-src`),
 * so the page paints as soon as it has arrived and asks for nothing before it has. `readCss` gets a stylesheet's
 * `href`; a stylesheet it cannot find stays a link.
 */
export function inlineStylesheets(html: string, readCss: (href: string) => string | undefined): string {
  const hashes: string[] = [];
  const out = html.replace(stylesheetLink, (link, href: string, media: string | undefined) => {
    const css = readCss(href);
    if (css === undefined || css.includes('</style')) return link;
    hashes.push(cspHash(css));
    return media ? `<style media="${media}">${css}</style>` : `<style>${css}</style>`;
  });
  if (hashes.length === 0) return html;
  return out.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?style-src [^;"]*)/i, `$1 ${hashes.join(' ')}`);
}

/** `dist/`-relative HTML files of the article pages and the article indexes, both languages. */
export function articleFiles(outDir: string): string[] {
  return (['da', 'en'] as const).flatMap((lang) => {
    const folder = routes.articles[lang].slice(1);
    const dir = join(outDir, folder);
    if (!existsSync(dir)) return [];
    const pages = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
      .map((d) => `${folder}${d.name}/index.html`);
    return [`${folder}index.html`, ...pages].filter((f) => existsSync(join(outDir, f)));
  });
}

/**
 * Article pages carry their CSS in the page (issue #21: their first paint waited for two stylesheets, LCP 1.1 s
 * against a bare page's 0.65 s). Only these pages: they are read one at a time and cached when read, while the
 * pages the service worker precaches share the stylesheet files (inlined there, the CSS would be downloaded ~70
 * times on a first visit). Runs before Pagefind and the service worker, which read the pages as written here.
 */
export default function inlineArticleCss(): AstroIntegration {
  let base = '/';
  return {
    name: 'netvaerkskompasset:inline-article-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const sheets = new Map<string, string | undefined>();
        const readCss = (href: string) => {
          if (!sheets.has(href)) {
            const file = join(outDir, href.startsWith(base) ? href.slice(base.length) : href);
            sheets.set(href, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return sheets.get(href);
        };
        const files = articleFiles(outDir);
        for (const f of files) {
          const html = readFileSync(join(outDir, f), 'utf8');
          const inlined = keepOwnHashes(deferPageExtras(inlineStylesheets(html, readCss)));
          if (inlined !== html) writeFileSync(join(outDir, f), inlined);
        }
        logger.info(`stylesheets written into ${files.length} article pages, their scripts loaded after the page`);
      },
    },
  };
}
