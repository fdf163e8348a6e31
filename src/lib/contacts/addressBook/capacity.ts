/**
 * Whether the browser's storage can hold an address book, worked out before anything is written.
 * Browsers give a site about 5 MiB of local storage, counted in UTF-16 units of keys and values
 * (Chromium, Firefox and Safari alike); `STORAGE_BUDGET_UNITS` stays a little under that. The store
 * also probes the real storage (see `hasRoomFor`), since another browser may give less.
 */
export const STORAGE_BUDGET_UNITS = 5_000_000;

export interface RoomCheck {
  fits: boolean;
  /** UTF-16 units the new value needs beyond what the old one used (0 or more). */
  extra: number;
  /** What is free by the estimate (0 or more). */
  free: number;
}

/**
 * `used` is what the site's storage holds now (keys and values), `current` the stored value that will
 * be replaced, `next` the value to write: does it fit the budget?
 */
export function checkRoom(used: number, current: number, next: number, budget = STORAGE_BUDGET_UNITS): RoomCheck {
  const extra = Math.max(0, next - current);
  const free = Math.max(0, budget - used);
  return { fits: extra <= free, extra, free };
}

/** Storage units as megabytes for the reader (UTF-16: two bytes a unit), one decimal. */
export const unitsToMegabytes = (units: number): number => Math.max(0.1, Math.round((units * 2) / 100_000) / 10);
