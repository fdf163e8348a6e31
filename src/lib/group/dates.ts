/**
 * Check-in dates (`YYYY-MM-DD`) in the reader's language, the same on screen and on paper:
 * "20. nov. 2026" in Danish, "20 Nov 2026" in English. Read as a calendar day (no time zone shifts it).
 */
export type DateLanguage = 'da' | 'en';

const formats: Record<DateLanguage, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
};

export function formatDay(iso: string, lang: DateLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? iso : formats[lang].format(date);
}

/** A short label for a chart's axis: "nov. 26" / "Nov 26". */
const shortFormats: Record<DateLanguage, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
};

export function formatMonth(iso: string, lang: DateLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return shortFormats[lang].format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
