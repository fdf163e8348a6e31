import { isIsoDate } from '../../shared/ids';

/**
 * Dates as spreadsheets write them. We export `YYYY-MM-DD`; Danish Excel shows and saves that as
 * `DD-MM-YYYY`, others use dots or slashes, so all of these come back. Slashes are read day first
 * (Danish and British use); American `M/D/YYYY` is not guessed at, since 03/04 could be either.
 */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;

const pad = (n: string): string => n.padStart(2, '0');

/** A spreadsheet date as `YYYY-MM-DD`, or null when it is not one of the accepted forms or not a real day. */
export function readSpreadsheetDate(cell: string): string | null {
  const text = cell.trim();
  let iso: string | null = null;
  const isoMatch = ISO.exec(text);
  if (isoMatch) iso = `${isoMatch[1]}-${pad(isoMatch[2] ?? '')}-${pad(isoMatch[3] ?? '')}`;
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) iso = `${dayFirst[4]}-${pad(dayFirst[3] ?? '')}-${pad(dayFirst[1] ?? '')}`;
  return iso !== null && isIsoDate(iso) ? iso : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](\d{4})$/;

/**
 * LinkedIn's "Connected On": `12 Mar 2024` in today's exports (English month names whatever the
 * account's language); older exports wrote `DD/MM/YYYY` or ISO dates. `YYYY-MM-DD`, or null.
 */
export function readLinkedInDate(cell: string): string | null {
  const m = DAY_MONTH_YEAR.exec(cell.trim());
  if (!m) return readSpreadsheetDate(cell);
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  const iso = `${m[3]}-${pad(String(month))}-${pad(m[1] ?? '')}`;
  return isIsoDate(iso) ? iso : null;
}
