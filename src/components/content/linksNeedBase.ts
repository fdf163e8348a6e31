/**
 * Whether links in MDX bodies are rewritten at render time (the `a` component, `Link.astro`): only when the site is
 * deployed under a sub-path (`BASE`), where `/artikler/…` must become `/kompas/artikler/…`. At the root a link is
 * left as written, so MDX's `optimize` can turn every paragraph with a link into plain HTML at compile time instead
 * of a component call per link: at 1,000 articles per language the compiled articles are smaller and both bundling
 * and page generation take less time (issue #21). The config's `optimize` option and `mdxComponents` both ask this,
 * so a link is never left to static HTML while a sub-path needs it rewritten.
 */
export function linksNeedBase(base: string): boolean {
  return base.replace(/\/+$/, '') !== '';
}
