import { intlLocale, locales, type Locale } from '../site/locale';

/**
 * Check-in dates (`YYYY-MM-DD`) in the reader's language, the same on screen and on paper:
 * "20. nov. 2026" in Danish, "20 Nov 2026" in English. Read as a calendar day (no time zone shifts it).
 */
export type DateLanguage = Locale;

/** One formatter per language, made once. */
const perLanguage = (options: Intl.DateTimeFormatOptions): Record<Locale, Intl.DateTimeFormat> =>
  Object.fromEntries(locales.map((l) => [l, new Intl.DateTimeFormat(intlLocale(l), { ...options, timeZone: 'UTC' })])) as Record<
    Locale,
    Intl.DateTimeFormat
  >;

const formats = perLanguage({ dateStyle: 'medium' });

export function formatDay(iso: string, lang: DateLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? iso : formats[lang].format(date);
}

/** A short label for a chart's axis: "nov. 26" / "Nov 26". */
const shortFormats = perLanguage({ month: 'short', year: '2-digit' });

export function formatMonth(iso: string, lang: DateLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return shortFormats[lang].format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
