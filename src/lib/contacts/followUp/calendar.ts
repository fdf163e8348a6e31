import { isIsoDate } from '../../shared/ids';

/**
 * Calendar-month arithmetic on `YYYY-MM-DD` strings, on whole numbers (year, month, day): no `Date`
 * objects, so the result does not depend on the time zone of the machine. A rhythm's next contact
 * (`rhythm.ts`) steps months forward with it.
 */

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseDate(value: string): Ymd | null {
  if (!isIsoDate(value)) return null;
  return { y: Number(value.slice(0, 4)), m: Number(value.slice(5, 7)), d: Number(value.slice(8, 10)) };
}

/** A valid date, or a RangeError naming the argument. */
export function requireDate(value: string, name: string): void {
  if (!parseDate(value)) throw new RangeError(`${name} must be a date written YYYY-MM-DD, got "${value}"`);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const format = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * The same day `months` calendar months earlier (later, when negative). When that month is shorter,
 * the last day of it: 31 May minus three months is 28 February (29 in a leap year), as in most
 * calendar libraries. Throws a RangeError when `date` is not a `YYYY-MM-DD` date.
 */
export function subtractMonths(date: string, months: number): string {
  requireDate(date, 'date');
  const { y, m, d } = parseDate(date)!;
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format({ y: year, m: month, d: Math.min(d, daysInMonth(year, month)) });
}
