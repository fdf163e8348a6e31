import * as z from 'zod/mini';
import { ordersEveryKeyOnce } from './ordered';

/** The zod check "the order lists every `noun` exactly once", for a state with `order` and a record under `key`. */
export const orderListsEvery = <K extends string>(key: K, noun: string) =>
  z.refine<{ order: string[] } & Record<K, Record<string, unknown>>>(
    (s) => ordersEveryKeyOnce(s[key], s.order),
    `the order lists every ${noun} exactly once`,
  );
