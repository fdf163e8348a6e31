import type { Locale } from './locales';

const months: Record<Locale, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A `YYYY-MM-DD` date in words: "22. november 2026", "22 November 2026". Written by hand rather than
 * with `toLocaleDateString`: the first Intl date format on a page loads locale data, which took about
 * 200 ms of the contact map's start-up in a profile at 4× CPU slowdown.
 */
export function formatDay(iso: string, lang: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const month = months[lang][mo - 1];
  if (!month) return iso;
  return lang === 'da' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
}
