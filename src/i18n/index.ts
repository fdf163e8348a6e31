import { da, type UiKey } from './da';
import { en } from './en';
import { fill } from './fill';
import type { Locale } from './locales';

export type { UiKey };
export const dictionaries: Record<Locale, Record<UiKey, string>> = { da, en };

/** A translate function for one language; `{name}` placeholders are filled from `vars`. */
export function useTranslations(lang: Locale) {
  const dict = dictionaries[lang];
  return function t(key: UiKey, vars?: Record<string, string | number>): string {
    return vars ? fill(dict[key], vars) : dict[key];
  };
}

/** The keys under one area of the dictionary: `KeysIn<'search'>` is `'loading' | 'none' | …` for `search.loading`, …. */
type KeysIn<A extends string> = UiKey extends infer K ? (K extends `${A}.${infer Rest}` ? Rest : never) : never;

/**
 * Texts a page's own script shows, as JSON for a `data-messages` attribute: `scriptMessages('da', 'search',
 * ['loading', 'none'])` is `{"loading":"…","none":"…"}` from `search.loading` and `search.none`.
 */
export function scriptMessages<A extends string>(lang: Locale, area: A, keys: readonly KeysIn<A>[]): string {
  const dict = dictionaries[lang];
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, dict[`${area}.${key}` as UiKey]])));
}
