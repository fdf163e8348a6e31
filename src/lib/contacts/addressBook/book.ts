import { isIsoDate } from '../../shared/ids';
import { hasName, mergeByName, type MergeCounts } from '../mergeByName';
import { personKey } from './fold';
import { bookLimits, emptyAddressBook, type AddressBook, type BookEntry, type PackedEntry } from './types';

/** Packing and unpacking the stored address book, and merging a file's people into it. Pure. */

const DAY = 86_400_000;

/** `YYYY-MM-DD` as days since 1970-01-01 (0 when null or not a date). */
export function toDays(iso: string | null): number {
  if (iso === null || !isIsoDate(iso)) return 0;
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

/** Days since 1970-01-01 as `YYYY-MM-DD` (null for 0). */
export const fromDays = (days: number): string | null => (days > 0 ? new Date(days * DAY).toISOString().slice(0, 10) : null);

export function unpackEntry(book: AddressBook, packed: PackedEntry): BookEntry {
  return {
    name: packed[0],
    organisation: book.companies[packed[1]] ?? '',
    position: book.positions[packed[2]] ?? '',
    connectedOn: fromDays(packed[3]),
    linkedIn: packed[4] === 1,
    email: packed[5] ?? '',
  };
}

export const unpackBook = (book: AddressBook): BookEntry[] => book.people.map((p) => unpackEntry(book, p));

/** Entries as the stored book: shared tables for companies and positions, in first-use order. */
export function packBook(entries: readonly BookEntry[]): AddressBook {
  const book = emptyAddressBook();
  const companyAt = new Map<string, number>([['', 0]]);
  const positionAt = new Map<string, number>([['', 0]]);
  const indexIn = (table: string[], at: Map<string, number>, text: string): number => {
    let i = at.get(text);
    if (i === undefined) {
      i = table.push(text) - 1;
      at.set(text, i);
    }
    return i;
  };
  for (const e of entries) {
    const packed: PackedEntry = [
      e.name,
      indexIn(book.companies, companyAt, e.organisation),
      indexIn(book.positions, positionAt, e.position),
      toDays(e.connectedOn),
      e.linkedIn ? 1 : 0,
    ];
    if (e.email !== '') packed.push(e.email);
    book.people.push(packed);
  }
  return book;
}

const clean = (text: string, max: number): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) : t;
};

/** An entry cut to the limits, with spacing tidied; its name may come back empty (then it is skipped). */
export function cleanEntry(e: BookEntry): BookEntry {
  return {
    name: clean(e.name, bookLimits.name),
    organisation: clean(e.organisation, bookLimits.organisation),
    position: clean(e.position, bookLimits.position),
    connectedOn: e.connectedOn !== null && isIsoDate(e.connectedOn) ? e.connectedOn : null,
    email: clean(e.email, bookLimits.email),
    linkedIn: e.linkedIn === true,
  };
}

/**
 * One person from two records of them: a newer file knows the current job, so the incoming company,
 * position and e-mail replace the old ones when they are filled in; the earliest "connected since" stays.
 */
function mergeEntry(mine: BookEntry, incoming: BookEntry): BookEntry {
  const dates = [mine.connectedOn, incoming.connectedOn].filter((d): d is string => d !== null).sort();
  return {
    name: mine.name,
    organisation: incoming.organisation || mine.organisation,
    position: incoming.position || mine.position,
    connectedOn: dates[0] ?? null,
    email: incoming.email || mine.email,
    linkedIn: mine.linkedIn || incoming.linkedIn,
  };
}

/** The book after a file's people were merged in, and how many were added, merged by name and left out (book full). */
export interface BookMerge extends MergeCounts {
  book: AddressBook;
}

/**
 * Add a file's people to the book. A person whose name matches someone there (see `personKey`: case,
 * spacing, accents and æ ø å ignored) is merged into them; so are duplicates within the file.
 */
export function mergeIntoBook(book: AddressBook, incoming: readonly BookEntry[]): BookMerge {
  const entries = unpackBook(book);
  const at = new Map<string, number>();
  entries.forEach((e, i) => at.set(personKey(e.name), i));
  const counts = mergeByName(incoming.map(cleanEntry).filter(hasName), {
    index: at,
    key: (entry) => personKey(entry.name),
    merge: (i, entry) => (entries[i] = mergeEntry(entries[i]!, entry)),
    add: (entry) => (entries.length < bookLimits.people ? entries.push(entry) - 1 : null),
  });
  return { book: packBook(entries), ...counts };
}

/** Combine a book from a backup with the one here (the "merge" choice on My data). */
export const mergeBooks = (current: AddressBook, incoming: AddressBook): AddressBook => mergeIntoBook(current, unpackBook(incoming)).book;

/** Everyone whose key is in `keys` taken out (the "remove from the address book" action). */
export function removeFromBook(book: AddressBook, keys: ReadonlySet<string>): AddressBook {
  return packBook(unpackBook(book).filter((e) => !keys.has(personKey(e.name))));
}

/** A person read from a file as an address book entry; the e-mail only when the reader keeps e-mails. */
export function entryFromImport(
  p: { name: string; organisation: string; position: string; connectedOn?: string | null; email?: string },
  keepEmail: boolean,
  linkedIn: boolean,
): BookEntry {
  return {
    name: p.name,
    organisation: p.organisation,
    position: p.position,
    connectedOn: p.connectedOn ?? null,
    email: keepEmail ? (p.email ?? '') : '',
    linkedIn,
  };
}
