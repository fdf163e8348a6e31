/** How a merge by name went: how many were added, merged into someone already there (or twice in the file), left out. */
export interface MergeCounts {
  added: number;
  merged: number;
  /** Left out because the list was full. */
  skipped: number;
}

/** What `mergeByName` needs to know of the list it merges into; `R` is how the list refers to one of its people. */
export interface NamedList<T, R> {
  /** Who is there already, by key; `mergeByName` adds the people it adds. */
  index: Map<string, R>;
  /** The key two records of the same person share (case, spacing and accents folded). */
  key(item: T): string;
  /** Merge `item` into the person `ref`. */
  merge(ref: R, item: T): void;
  /** Add `item`; its reference, or null when the list is full. */
  add(item: T): R | null;
}

/**
 * Add `items` to a list where each person stands once: one whose key is there already is merged into them (so are
 * duplicates within `items`), the rest are added while there is room. Shared by the address book and the map.
 */
export function mergeByName<T, R>(items: Iterable<T>, list: NamedList<T, R>): MergeCounts {
  const counts: MergeCounts = { added: 0, merged: 0, skipped: 0 };
  for (const item of items) {
    const key = list.key(item);
    const there = list.index.get(key);
    if (there !== undefined) {
      list.merge(there, item);
      counts.merged++;
      continue;
    }
    const added = list.add(item);
    if (added === null) counts.skipped++;
    else {
      list.index.set(key, added);
      counts.added++;
    }
  }
  return counts;
}

/** Whether a cleaned record has a name (a record without one is not merged anywhere). */
export const hasName = (item: { name: string }): boolean => item.name !== '';
