/** The site's languages. Danish is the default and lives at the root; English lives under /en/. */
export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';

/** Text in both languages. */
export type Bilingual = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'da' ? 'en' : 'da';
}

/** The `Intl` locale for numbers and dates in a language: Danish as in Denmark, English as in Britain. */
export function intlLocale(lang: Locale): 'da-DK' | 'en-GB' {
  return lang === 'da' ? 'da-DK' : 'en-GB';
}

/**
 * The language of a content entry, from its id (`da/slug` or `en/slug`).
 * We derive it from the id rather than from `Astro.currentLocale` (DESIGN.md trap 10).
 */
export function localeFromEntryId(id: string): Locale {
  const first = id.split('/')[0];
  if (!isLocale(first)) throw new Error(`Content entry "${id}" is not under da/ or en/`);
  return first;
}

/** The slug of a content entry: its id without the language folder. */
export function slugFromEntryId(id: string): string {
  return id.split('/').slice(1).join('/');
}
