import Papa from 'papaparse';
import { limits, type PersonDraft } from '../types';
import { bookLimits } from '../addressBook/types';
import { cellText, guardFormula } from './cells';
import { readSpreadsheetDate } from './dates';
import { hasNameColumn, mapColumns, type ColumnField } from './headers';
import { checkText, cutText, failWith, stripBom, type ParseResult, type ParseWarning, type TextField, type ValueField } from './result';
import { isBlankRow, readTable } from './table';
import {
  booleanWords,
  closenessByWord,
  closenessWords,
  contextByWord,
  contextWords,
  csvColumns,
  csvHeaders,
  MULTI_SEPARATOR,
  readBoolean,
  roleByWord,
  roleWords,
  wordKey,
  type CsvColumn,
  type CsvLang,
} from './vocabulary';

/**
 * Our own spreadsheet: the contact map as a CSV the reader can open, edit and read back in.
 * Danish files follow Danish Excel (`;` between cells, a UTF-8 byte order mark so æ, ø and å open
 * right); English files use `,` and no mark. Both end lines with CRLF, as Excel does.
 */
const BOM = '\uFEFF';
const delimiterOf: Record<CsvLang, ';' | ','> = { da: ';', en: ',' };

/** One person's cells, in `csvColumns` order, guarded against formula injection. */
function personCells(p: PersonDraft, lang: CsvLang): string[] {
  const yesNo = (v: boolean) => (v ? booleanWords[lang].yes : booleanWords[lang].no);
  const cells: Record<CsvColumn, string> = {
    name: p.name,
    contexts: p.contexts.map((c) => contextWords[lang][c]).join(MULTI_SEPARATOR),
    closeness: p.closeness ? closenessWords[lang][p.closeness] : '',
    roles: p.roles.map((r) => roleWords[lang][r]).join(MULTI_SEPARATOR),
    connector: yesNo(p.connector),
    peer: yesNo(p.peer),
    lastContact: p.lastContact ?? '',
    nextStep: p.nextStep,
    notes: p.notes,
    organisation: p.organisation,
    position: p.position,
  };
  return csvColumns.map((c) => guardFormula(cells[c]));
}

/**
 * The people as a CSV file's text: a header row and one row per person, headers and words in
 * `lang`, dates `YYYY-MM-DD`. Takes whole people or drafts (ids and timestamps are not written).
 */
export function peopleToCsv(people: readonly PersonDraft[], lang: CsvLang): string {
  const rows = [csvColumns.map((c) => csvHeaders[lang][c]), ...people.map((p) => personCells(p, lang))];
  const body = Papa.unparse(rows, { delimiter: delimiterOf[lang], newline: '\r\n', quotes: false });
  return `${lang === 'da' ? BOM : ''}${body}\r\n`;
}

/** Reads one row's cells into a draft's values, collecting warnings as it goes. */
class RowReader {
  constructor(
    private readonly cells: readonly string[],
    private readonly index: Partial<Record<ColumnField, number>>,
    private readonly row: number,
    private readonly warnings: ParseWarning[],
  ) {}

  cell(field: ColumnField): string {
    const i = this.index[field];
    return i === undefined ? '' : cellText(this.cells[i]);
  }

  /** Free text, cut to its limit. */
  text(field: TextField, value = this.cell(field)): string {
    const fitted = cutText(value, limits[field]);
    if (fitted.cut) this.warnings.push({ code: 'cut', row: this.row, field, limit: limits[field] });
    return fitted.text;
  }

  private bad(field: ValueField, value: string): void {
    this.warnings.push({ code: 'badValue', row: this.row, field, value });
  }

  /** One word from a vocabulary, or null (empty cell, or a word not known: then warned). */
  one<T extends string>(field: 'closeness', byWord: ReadonlyMap<string, T>): T | null {
    const value = this.cell(field);
    if (!value) return null;
    const id = byWord.get(wordKey(value));
    if (id === undefined) this.bad(field, value);
    return id ?? null;
  }

  /** Several words split on `|` (or `,` `;` `/` and line breaks, as people type them); each unknown word warned. */
  many<T extends string>(field: 'contexts' | 'roles', byWord: ReadonlyMap<string, T>): T[] {
    const found: T[] = [];
    for (const word of this.cell(field).split(/[|,;/\n]+/)) {
      const trimmed = word.trim();
      if (!trimmed) continue;
      const id = byWord.get(wordKey(trimmed));
      if (id === undefined) this.bad(field, trimmed);
      else if (!found.includes(id)) found.push(id);
    }
    return found;
  }

  /** Yes or no; an empty cell is no, a word that is neither is no and warned. */
  yesNo(field: 'connector' | 'peer'): boolean {
    const value = this.cell(field);
    const read = readBoolean(value);
    if (read === null) this.bad(field, value);
    return read ?? false;
  }

  /** A date in one of the spreadsheet forms, as `YYYY-MM-DD`; anything else is null and warned. */
  date(field: 'lastContact'): string | null {
    const value = this.cell(field);
    if (!value) return null;
    const iso = readSpreadsheetDate(value);
    if (iso === null) this.warnings.push({ code: 'badDate', row: this.row, value });
    return iso;
  }
}

/** A row as a draft, or null when it has no name. */
function readPerson(reader: RowReader): PersonDraft | null {
  const parts = [reader.cell('firstName'), reader.cell('middleName'), reader.cell('lastName')];
  const name = reader.text('name', reader.cell('name') || parts.filter(Boolean).join(' '));
  if (!name) return null;
  return {
    name,
    contexts: reader.many('contexts', contextByWord),
    closeness: reader.one('closeness', closenessByWord),
    roles: reader.many('roles', roleByWord),
    connector: reader.yesNo('connector'),
    peer: reader.yesNo('peer'),
    lastContact: reader.date('lastContact'),
    nextStep: reader.text('nextStep'),
    notes: reader.text('notes'),
    organisation: reader.text('organisation'),
    position: reader.text('position'),
    // The spreadsheet has no columns for these: a file is people, not a habit.
    rhythm: 'none',
    log: [],
  };
}

/**
 * Read a spreadsheet of people: our own export in either language, or any list with a name column
 * (or first and last name). The delimiter (`;`, `,` or tab) is detected from the header row, which
 * is the first row that is not blank. Never throws.
 */
export function parseContactsCsv(text: string): ParseResult {
  const problem = checkText(text);
  if (problem) return failWith(problem);
  const { rows, badQuoteRows } = readTable(stripBom(text));
  const headerAt = rows.findIndex((row) => !isBlankRow(row));
  const columns = mapColumns(rows[headerAt] ?? []);
  if (!hasNameColumn(columns)) return failWith({ code: 'noNameColumn' });

  const dataRows: number[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) if (!isBlankRow(rows[i] ?? [])) dataRows.push(i);
  if (dataRows.length > bookLimits.people) return failWith({ code: 'tooMany', limit: bookLimits.people, count: dataRows.length });

  const warnings: ParseWarning[] = [];
  if (columns.ignored.length) warnings.push({ code: 'unknownColumns', columns: columns.ignored.join(', '), count: columns.ignored.length });
  for (const row of badQuoteRows) warnings.push({ code: 'badQuotes', row });
  const people: PersonDraft[] = [];
  for (const i of dataRows) {
    const person = readPerson(new RowReader(rows[i] ?? [], columns.index, i + 1, warnings));
    if (person) people.push(person);
    else warnings.push({ code: 'noName', row: i + 1 });
  }
  if (!people.length) return failWith({ code: 'noPeople' });
  return { ok: true, people, warnings };
}
