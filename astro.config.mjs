// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { linksNeedBase } from './src/components/content/linksNeedBase';
import { articleChunks } from './src/integrations/article-chunks';
import { clientChunks } from './src/integrations/client-chunks';
import clientDirectives from './src/integrations/client-directives';
import inlineArticleCss from './src/integrations/inline-article-css';
import pagefind from './src/integrations/pagefind';
import serviceWorker from './src/integrations/service-worker';

// Where the site is deployed. Override for another host or a sub-path:
//   SITE=https://example.org BASE=/kompas/ npm run build
const site = process.env.SITE ?? 'https://netvaerkskompasset.dk';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Stylesheets stay files, shared and cached once. Inlining every page's CSS ('always') took article LCP
    // from 1.6 s to 1.1 s in a side-by-side run, but repeated ~15 KB of CSS in each of the ~70 pages the
    // service worker precaches: with the presenter pages and corner signs the first visit went over its 3 MB
    // and search stopped working offline (precache 2,864 KB without search results; 2,516 KB with them now).
    // Article pages, which are not precached, get their CSS inlined after the build (src/integrations/inline-article-css.ts).
    inlineStylesheets: 'auto',
    // Pages rendered four at a time: rendering one waits on module loads and file writes, and the profile of
    // page generation at 1,000 articles per language showed the thread idle a fifth of the time. Interleaved
    // builds there: page generation median 12.6 s at 1, 11.2 s at 4; the output is byte-identical.
    concurrency: 4,
  },
  server: { host: '127.0.0.1', port: 4321 },
  // No code blocks in our content, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [
      // The browser's code in fewer files, React in one, no module preloading (the file says why and what it saved).
      ...clientChunks(),
      // The plain articles in a few 2 MB chunks for page generation (the file says why; the pages come out the same).
      articleChunks(),
    ],
    build: {
      rollupOptions: {
        // Every MDX module's asset-propagation variant starts with Astro's own "use astro:head-inject"
        // directive, and the bundler warns about each (two a page of source, 2,000 warnings with code frames
        // at 1,000 articles per language). Astro handles the directive itself; the warning tells us nothing.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astroPropagatedAssets|\.mdx/.test(String(warning.id ?? warning.message)))
            return;
          warn(warning);
        },
      },
      // Keep page scripts as files: an inlined script keeps Vite's unresolved __VITE_PRELOAD__
      // placeholder, which broke the dynamic import of Pagefind on the search page.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  integrations: [
    // `optimize` renders the static parts of each MDX body as one HTML string instead of a JSX tree: less
    // work per article in the build. Elements we replace at render time (mdxComponents) must stay elements;
    // links only need replacing under a sub-path (src/components/content/linksNeedBase.ts).
    mdx({ optimize: { ignoreElementNames: linksNeedBase(base) ? ['h2', 'h3', 'a'] : ['h2', 'h3'] } }),
    // The islands are React 19 components (README: "Islands").
    react(),
    // `client:idleOrLinked` and `client:nearOrLinked`: an island a link opened the page inside hydrates at once.
    clientDirectives(),
    sitemap({
      i18n: { defaultLocale: 'da', locales: { da: 'da', en: 'en' } },
      filter: (page) => !/\/404\/?$/.test(page),
    }),
    // Before Pagefind and the service worker: they read the article pages as this leaves them.
    inlineArticleCss(),
    pagefind(),
    // After Pagefind: the search index is part of what the service worker precaches.
    serviceWorker(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search core in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
