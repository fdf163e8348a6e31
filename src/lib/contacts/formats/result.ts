import { looksBinary } from '../../looksBinary';
import type { PersonDraft } from '../types';

/**
 * What every contacts parser returns. Problems are codes with data, never sentences: the UI words
 * them in Danish or English. Parsers never throw; anything they cannot read comes back as one of these.
 */

/** Draft fields that hold free text and are cut to `limits` on import. */
export type TextField = 'name' | 'nextStep' | 'notes' | 'organisation' | 'position';
/** Draft fields read from a fixed vocabulary (words in either language, or the ids). */
export type ValueField = 'contexts' | 'closeness' | 'roles' | 'connector' | 'peer';

/**
 * Something the parser read around, while the rest of the file was usable.
 * `row` is the spreadsheet row as Excel or Numbers numbers it (1-based, the header row and blank
 * rows counted, a quoted value spanning several lines is one row); `card` is the vCard's place in
 * the file (1-based).
 */
export type ParseWarning =
  /**
   * Columns the file has that the contact map does not use (or a second column for the same field):
   * their headers joined with ", ", and how many. Flat, like every payload here, so a template can be
   * filled from the warning itself.
   */
  | { code: 'unknownColumns'; columns: string; count: number }
  /** A row with data but no name: left out. */
  | { code: 'noName'; row: number }
  /** A value not understood (closeness "maybe", context "neighbours", connector "perhaps"): left empty. */
  | { code: 'badValue'; row: number; field: ValueField; value: string }
  /** A last-contact date not understood or not a real date: left empty. */
  | { code: 'badDate'; row: number; value: string }
  /** Text longer than the limit: cut to `limit` characters. */
  | { code: 'cut'; row: number; field: TextField; limit: number }
  /** Broken quoting from this row on (an unclosed `"`): what follows may be merged into one value. */
  | { code: 'badQuotes'; row: number }
  /** A vCard with neither FN nor N: left out. */
  | { code: 'cardNoName'; card: number }
  /** vCard text longer than the limit: cut to `limit` characters. */
  | { code: 'cardCut'; card: number; field: TextField; limit: number };

/** Why a file could not be read at all. */
export type ParseError =
  /** Nothing but whitespace. */
  | { code: 'empty' }
  /** Not text: a picture, a zip, an .xlsx workbook, or text in an encoding that was decoded wrongly. */
  | { code: 'binary' }
  /** More people than the address book holds; `count` is how many the file has (as far as it was counted). */
  | { code: 'tooMany'; limit: number; count: number }
  /** A table without a column for the name (Navn/Name, or first and last name). */
  | { code: 'noNameColumn' }
  /** The file can be read but holds no one with a name (a header row alone, or only nameless rows or cards). */
  | { code: 'noPeople' }
  /** Not LinkedIn's Connections.csv: its header row (`First Name,Last Name,…`) was not found. */
  | { code: 'notLinkedIn' }
  /** No `BEGIN:VCARD` … `END:VCARD` in the file. */
  | { code: 'noCards' };

/**
 * A person read from a file: the map's fields, plus what only the address book keeps. `connectedOn`
 * (`YYYY-MM-DD`) is LinkedIn's "Connected On"; `email` is read, but stored only if the reader chooses.
 */
export type ImportedPerson = PersonDraft & { connectedOn?: string | null; email?: string };

export type ParseResult = { ok: true; people: ImportedPerson[]; warnings: ParseWarning[] } | { ok: false; error: ParseError };

export const failWith = (error: ParseError): ParseResult => ({ ok: false, error });

/** A byte order mark at the start (Excel's UTF-8 CSV has one) is not part of the first column's name. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The checks every parser makes first: `empty` or `binary`, else null. */
export function checkText(text: unknown): ParseError | null {
  if (typeof text !== 'string' || !stripBom(text).trim()) return { code: 'empty' };
  if (looksBinary(text)) return { code: 'binary' };
  return null;
}

/**
 * Cut text to at most `limit` UTF-16 units (what the schema counts) without leaving half an emoji,
 * and say whether anything was cut.
 */
export function cutText(text: string, limit: number): { text: string; cut: boolean } {
  if (text.length <= limit) return { text, cut: false };
  let end = limit;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end), cut: true };
}
