import * as z from 'zod/mini';
import { tooManyParams } from '../storage/issues';
import { ordersEveryKeyOnce } from './ordered';

/** The zod check "the order lists every `noun` exactly once", for a state with `order` and a record under `key`. */
export const orderListsEvery = <K extends string>(key: K, noun: string) =>
  z.refine<{ order: string[] } & Record<K, Record<string, unknown>>>(
    (s) => ordersEveryKeyOnce(s[key], s.order),
    `the order lists every ${noun} exactly once`,
  );

/**
 * The zod checks on a record of entries kept by id (people, worksheets): at most `max` of them (`plural` names them in
 * the message, and the limit goes with the issue so the reader's language can word it), each stored under its own id.
 */
export const keyedRecordChecks = <T extends { id: string }>(max: number, plural: string) =>
  [
    z.refine<Record<string, T>>((r) => Object.keys(r).length <= max, { error: `at most ${max} ${plural}`, ...tooManyParams(max) }),
    z.refine<Record<string, T>>(
      (r) => Object.entries(r).every(([key, entry]) => entry.id === key),
      `each of the ${plural} is stored under its own id`,
    ),
  ] as const;
