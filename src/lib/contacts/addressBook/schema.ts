import * as z from 'zod/mini';
import { tooManyParams } from '../../storage/issues';
import { bookLimits, type AddressBook, type PackedEntry } from './types';

/**
 * Validates the stored and imported address book: limits on every text and list, and every company
 * and position index pointing into its table. Loaded with a dynamic import (see `addressBookSpec`).
 * The people are checked by a plain loop rather than a zod tuple each: at 30,000 people that is the
 * difference between a few milliseconds and a third of a second on the page's main thread.
 */
const text = (max: number) => z.string().check(z.maxLength(max));

const isText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isIndex = (v: unknown, size: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < size;
/** The latest "connected since" accepted: 200,000 days after 1970 is the year 2517. */
const MAX_DAYS = 200_000;

export function isPackedEntry(e: unknown, companies: number, positions: number): e is PackedEntry {
  if (!Array.isArray(e) || e.length < 5 || e.length > 6) return false;
  return (
    isText(e[0], 1, bookLimits.name) &&
    isIndex(e[1], companies) &&
    isIndex(e[2], positions) &&
    Number.isInteger(e[3]) &&
    e[3] >= 0 &&
    e[3] <= MAX_DAYS &&
    (e[4] === 0 || e[4] === 1) &&
    (e.length === 5 || isText(e[5], 0, bookLimits.email))
  );
}

const table = (max: number) =>
  z.array(text(max)).check(
    z.maxLength(bookLimits.people + 1),
    z.refine((t) => t[0] === '', 'the first entry is the empty text'),
  );

const book = z
  .object({
    companies: table(bookLimits.organisation),
    positions: table(bookLimits.position),
    people: z.array(z.unknown()).check(
      z.refine((p) => p.length <= bookLimits.people, {
        error: `at most ${bookLimits.people} people`,
        ...tooManyParams(bookLimits.people),
      }),
    ),
  })
  .check(
    z.refine(
      (b) => b.people.every((p) => isPackedEntry(p, b.companies.length, b.positions.length)),
      'every person is [name, company, position, connected since, source] with the company and position in their tables',
    ),
  );

export const addressBookSchema = book as unknown as z.ZodMiniType<AddressBook>;
