import type { GuardedStorage } from './guarded-storage';

/**
 * How much room the browser's storage has, through the guarded storage's own reads and writes (so
 * nothing here touches `localStorage`). In a module of its own, loaded with the address book, so the
 * pages' first-load JavaScript does not carry it.
 */

/** What the site's storage holds now, in UTF-16 units of keys and values (what browsers count against the quota). */
export function usedUnits(store: GuardedStorage): number {
  let total = 0;
  for (const k of store.keys()) total += k.length + (store.read(k)?.length ?? 0);
  return total;
}

const PROBE = '__netvaerkskompasset_room__';

/**
 * Whether `units` more fit: a probe of that size is written under a key of its own and removed at
 * once, so nothing of the reader's is touched. True when storage is blocked (memory holds anything).
 */
export function hasRoomFor(store: GuardedStorage, units: number): boolean {
  if (units <= 0 || store.$faults.get()['*'] === 'blocked') return true;
  const fits = store.write(PROBE, 'x'.repeat(units));
  store.remove(PROBE);
  return fits;
}
