import type { Locale } from '../lib/site/locale';

/* The languages themselves live with the logic (`src/lib/site/locale.ts`), which needs them too. */
export {
  defaultLocale,
  intlLocale,
  isLocale,
  localeFromEntryId,
  locales,
  otherLocale,
  slugFromEntryId,
  type Bilingual,
  type Locale,
} from '../lib/site/locale';

export const localeNames: Record<Locale, string> = { da: 'Dansk', en: 'English' };
/** BCP 47 tags for `<html lang>`, `hreflang` and `og:locale`. */
export const localeTags: Record<Locale, { lang: string; og: string }> = {
  da: { lang: 'da', og: 'da_DK' },
  en: { lang: 'en', og: 'en_GB' },
};

/** The props of a component that needs only the page's language. */
export interface LangProps {
  lang: Locale;
}
