import type { PersistentDoc } from './persist';

/**
 * Apply a removal that also hands back what it removed (for "undo"): `change` returns the new state and the
 * removed record, or `null` when there was nothing to remove. Returns that record.
 */
export function removeFrom<T, R>(doc: PersistentDoc<T>, change: (data: T) => { state: T; removed: R | null }): R | null {
  let removed: R | null = null;
  doc.update((data) => {
    const result = change(data);
    removed = result.removed;
    return result.state;
  });
  return removed;
}
