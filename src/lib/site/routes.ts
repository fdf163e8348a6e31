import type { Locale } from './locale';

/**
 * Every page of the site, by key, in both languages. Paths are without the deploy base;
 * use `pathTo` (or `withBase`) to get a link. Slugs are ASCII (æ→ae, ø→oe, å→aa).
 */
export const routes = {
  home: { da: '/', en: '/en/' },
  articles: { da: '/artikler/', en: '/en/articles/' },
  exercises: { da: '/oevelser/', en: '/en/exercises/' },
  quiz: { da: '/oevelser/hvad-vil-du/', en: '/en/exercises/what-do-you-want/' },
  quizPaper: { da: '/oevelser/hvad-vil-du/papir/', en: '/en/exercises/what-do-you-want/paper/' },
  groupPurpose: { da: '/oevelser/gruppens-formaal/', en: '/en/exercises/group-purpose/' },
  groupBlank: { da: '/oevelser/gruppens-formaal/tomt-ark/', en: '/en/exercises/group-purpose/blank/' },
  contactMap: { da: '/oevelser/netvaerkskort/', en: '/en/exercises/contact-map/' },
  contactBlank: { da: '/oevelser/netvaerkskort/tomt-kort/', en: '/en/exercises/contact-map/blank/' },
  workshop: { da: '/workshop/', en: '/en/workshop/' },
  handouts: { da: '/workshop/kopiark/', en: '/en/workshop/handouts/' },
  presentShort: { da: '/workshop/vis/90-minutter/', en: '/en/workshop/present/90-minutes/' },
  presentLong: { da: '/workshop/vis/3-timer/', en: '/en/workshop/present/3-hours/' },
  notesShort: { da: '/workshop/noter/90-minutter/', en: '/en/workshop/notes/90-minutes/' },
  notesLong: { da: '/workshop/noter/3-timer/', en: '/en/workshop/notes/3-hours/' },
  myData: { da: '/mine-data/', en: '/en/my-data/' },
  myResults: { da: '/mine-data/resultater/', en: '/en/my-data/results/' },
  search: { da: '/soeg/', en: '/en/search/' },
  about: { da: '/om/', en: '/en/about/' },
  accessibility: { da: '/tilgaengelighed/', en: '/en/accessibility/' },
  glossary: { da: '/ordliste/', en: '/en/glossary/' },
  rss: { da: '/rss.xml', en: '/en/rss.xml' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteKey = keyof typeof routes;

/** Prefix a site path with the deploy base (`/` or `/sub/path/`). */
export function joinBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!path.startsWith('/')) throw new Error(`Expected a site path starting with "/", got "${path}"`);
  return `${trimmed}${path}`;
}

/** Prefix a site path with this build's base (`import.meta.env.BASE_URL`). */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The link to a page in a language, with the deploy base. */
export function pathTo(key: RouteKey, lang: Locale): string {
  return withBase(routes[key][lang]);
}

/** The absolute URL of a site path (no base) on the deployed site, e.g. for QR codes and feeds. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

/** Site path (no base) of an article. */
export function articlePath(lang: Locale, slug: string): string {
  return `${routes.articles[lang]}${slug}/`;
}

/** Which route key a site path (no base) belongs to, and in which language; null for articles and unknown paths. */
export function routeOf(path: string): { key: RouteKey; lang: Locale } | null {
  for (const [key, byLang] of Object.entries(routes) as [RouteKey, Record<Locale, string>][]) {
    for (const lang of ['da', 'en'] as const) {
      if (byLang[lang] === path) return { key, lang };
    }
  }
  return null;
}
