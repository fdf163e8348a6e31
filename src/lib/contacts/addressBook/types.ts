import { limits as mapLimits } from '../types';

/**
 * The address book: everyone imported from a file (LinkedIn's Connections.csv, phone contacts,
 * a spreadsheet). It is not drawn; the reader picks people from it onto the map. Types and limits
 * only: packing in `book.ts`, search in `search.ts`, the zod schema in `schema.ts`.
 */

/** One person as the code reads them. `connectedOn` is LinkedIn's "Connected On": connected since. */
export interface BookEntry {
  name: string;
  organisation: string;
  position: string;
  /** `YYYY-MM-DD`, or null when not known. Not a last contact: only when the two connected. */
  connectedOn: string | null;
  /** Kept only when the reader ticked "keep e-mail addresses" at import; else empty. */
  email: string;
  /** From LinkedIn: put under "online" when added to the map. */
  linkedIn: boolean;
}

/**
 * One person as stored, packed to keep a 30,000-connection export small in the browser's storage:
 * `[name, company, position, connectedOn, source]` plus `email` when kept. Company and position are
 * indexes into the book's shared tables (many people share them); `connectedOn` is days since
 * 1970-01-01 (0 = not known); `source` is 1 for LinkedIn, 0 for any other file.
 */
export type PackedEntry = [name: string, company: number, position: number, connectedOn: number, source: 0 | 1, ...email: string[]];

/** The stored address book. Table index 0 is always the empty text. */
export interface AddressBook {
  companies: string[];
  positions: string[];
  people: PackedEntry[];
}

export const emptyAddressBook = (): AddressBook => ({ companies: [''], positions: [''], people: [] });

export const bookLimits = {
  /**
   * LinkedIn allows 30,000 connections; phone contacts and spreadsheets come on top, and this still
   * fits the browser's storage at about 40 bytes a person.
   */
  people: 50_000,
  name: mapLimits.name,
  organisation: mapLimits.organisation,
  position: mapLimits.position,
  email: 254,
  /**
   * At most this many people in one file may be put on the map all at once ("add all to the map"):
   * a short list of people the reader knows, not a whole network (the map is read at a glance).
   */
  addAllToMap: 50,
} as const;
