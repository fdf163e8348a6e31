import { emptyDraft, limits } from '../types';
import { bookLimits } from '../addressBook/types';
import { cellText } from './cells';
import { readLinkedInDate } from './dates';
import { checkText, cutText, failWith, stripBom, type ImportedPerson, type ParseResult, type ParseWarning, type TextField } from './result';
import { isBlankRow, readTable } from './table';
import { wordKey } from './vocabulary';

/**
 * LinkedIn's "Connections.csv" (Settings › Data privacy › Get a copy of your data › Connections).
 * Since 2020 it starts with a "Notes:" line and a quoted paragraph about missing e-mail addresses,
 * then a blank line, then the header `First Name,Last Name,URL,Email Address,Company,Position,Connected On`;
 * older exports start at the header and lack URL. Columns are found by name, so either works.
 *
 * Everyone comes in with the context "online" and nothing else set: LinkedIn says nothing about how
 * close someone is. "Connected On" is read as `connectedOn`, connected since, never as the last contact:
 * the day two people connected says nothing about when they last spoke. "Email Address" is read as
 * `email`; the address book keeps it only when the reader asks it to.
 */
const COLUMNS = {
  firstName: 'firstname',
  lastName: 'lastname',
  company: 'company',
  position: 'position',
  connectedOn: 'connectedon',
  email: 'emailaddress',
} as const;
type LinkedInColumn = keyof typeof COLUMNS;

/**
 * LinkedIn's header row: first name, last name and "Connected On". The last is what tells it from
 * Outlook's and Google's contact exports, which also have first and last name and a company.
 */
export function isLinkedInHeader(row: readonly string[]): boolean {
  const keys = row.map(wordKey);
  return ['firstname', 'lastname', 'connectedon'].every((k) => keys.includes(k));
}

/** How far down the header may be: the preamble is a few lines; this keeps junk files cheap to refuse. */
const HEADER_SEARCH_ROWS = 30;

/** Read LinkedIn's Connections.csv. Never throws. */
export function parseLinkedInCsv(text: string): ParseResult {
  const problem = checkText(text);
  if (problem) return failWith(problem);
  const { rows, badQuoteRows } = readTable(stripBom(text), ',');
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isLinkedInHeader);
  if (headerAt < 0) return failWith({ code: 'notLinkedIn' });

  const header = (rows[headerAt] ?? []).map(wordKey);
  const index = Object.fromEntries(
    (Object.keys(COLUMNS) as LinkedInColumn[]).map((column) => [column, header.indexOf(COLUMNS[column])]),
  ) as Record<LinkedInColumn, number>;

  const dataRows: number[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) if (!isBlankRow(rows[i] ?? [])) dataRows.push(i);
  if (dataRows.length > bookLimits.people) return failWith({ code: 'tooMany', limit: bookLimits.people, count: dataRows.length });

  const warnings: ParseWarning[] = badQuoteRows.filter((row) => row > headerAt).map((row) => ({ code: 'badQuotes', row }));
  const people: ImportedPerson[] = [];
  for (const i of dataRows) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    const cell = (column: LinkedInColumn) => (index[column] < 0 ? '' : cellText(cells[index[column]]));
    const fit = (field: TextField, value: string) => {
      const fitted = cutText(value, limits[field]);
      if (fitted.cut) warnings.push({ code: 'cut', row, field, limit: limits[field] });
      return fitted.text;
    };
    const name = [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    if (!name) {
      warnings.push({ code: 'noName', row });
      continue;
    }
    people.push({
      ...emptyDraft(fit('name', name)),
      contexts: ['online'],
      organisation: fit('organisation', cell('company')),
      position: fit('position', cell('position')),
      connectedOn: readLinkedInDate(cell('connectedOn')),
      email: cutText(cell('email'), bookLimits.email).text,
    });
  }
  if (!people.length) return failWith({ code: 'noPeople' });
  return { ok: true, people, warnings };
}
