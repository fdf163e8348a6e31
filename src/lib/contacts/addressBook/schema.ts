import * as z from 'zod/mini';
import { tooManyParams } from '../../storage/issues';
import { bookLimits, type AddressBook, type PackedEntry } from './types';

/**
 * Validates the stored and imported address book: limits on every text and list, and every company
 * and position index pointing into its table. Loaded with a dynamic import (see `addressBookSpec`).
 */
const text = (max: number) => z.string().check(z.maxLength(max));
const index = z.int().check(z.nonnegative());

const entry = z.tuple(
  [
    z.string().check(z.minLength(1), z.maxLength(bookLimits.name)),
    index,
    index,
    z.int().check(z.nonnegative(), z.maximum(200_000)),
    z.union([z.literal(0), z.literal(1)]),
  ],
  text(bookLimits.email),
);

const table = (max: number) =>
  z.array(text(max)).check(
    z.maxLength(bookLimits.people + 1),
    z.refine((t) => t[0] === '', 'the first entry is the empty text'),
  );

const book = z
  .object({
    companies: table(bookLimits.organisation),
    positions: table(bookLimits.position),
    people: z.array(entry).check(
      z.refine((p) => p.length <= bookLimits.people, { error: `at most ${bookLimits.people} people`, ...tooManyParams(bookLimits.people) }),
    ),
  })
  .check(
    z.refine(
      (b) => b.people.every((p) => p[1] < b.companies.length && p[2] < b.positions.length && p.length <= 6),
      'every company and position is in its table',
    ),
  );

export const addressBookSchema = book as unknown as z.ZodMiniType<AddressBook>;
export type { PackedEntry };
