import type { Locale } from './locales';

const months: Record<Locale, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "4. december", "4 December". */
const dayAndMonth = (day: number, month: string, lang: Locale) => (lang === 'da' ? `${day}. ${month}` : `${day} ${month}`);

/** Written by hand for the reason `formatDay` gives. A local clock time as `toLocaleTimeString` writes it with two-digit hours and minutes: "09.05" (da-DK), "09:05" (en-GB). */
export function formatClock(at: Date, lang: Locale): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getHours())}${lang === 'da' ? '.' : ':'}${two(at.getMinutes())}`;
}

/** A local day and month in words, without the year: "4. december", "4 December". */
export function formatDayMonth(at: Date, lang: Locale): string {
  return dayAndMonth(at.getDate(), months[lang][at.getMonth()]!, lang);
}

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
  return `${dayAndMonth(d, month, lang)} ${y}`;
}
