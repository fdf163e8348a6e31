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
