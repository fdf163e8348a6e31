import type { SavedSnapshot, ContactSnapshots } from './types';
import { SNAPSHOT_LIMIT } from './types';

/** Oldest first; on the same date, in the order they were saved (ids are not compared). */
const byDate = (a: SavedSnapshot, b: SavedSnapshot) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export type SnapshotAdd = { ok: true; list: ContactSnapshots } | { ok: false; reason: 'full' };

/** Keep `snapshot`, unless the limit is reached (then nothing changes: the reader deletes one first). */
export function addSnapshot(list: ContactSnapshots, snapshot: SavedSnapshot, limit = SNAPSHOT_LIMIT): SnapshotAdd {
  if (list.snapshots.length >= limit) return { ok: false, reason: 'full' };
  return { ok: true, list: { snapshots: [...list.snapshots, snapshot].sort(byDate) } };
}

export const removeSnapshot = (list: ContactSnapshots, id: string): ContactSnapshots => ({
  snapshots: list.snapshots.filter((s) => s.id !== id),
});

/**
 * Imported snapshots with the ones here (My data's "merge"): each id once (the one here wins), oldest first,
 * and only the newest `limit` kept when the two together are more.
 */
export function mergeSnapshots(current: ContactSnapshots, incoming: ContactSnapshots, limit = SNAPSHOT_LIMIT): ContactSnapshots {
  const ids = new Set(current.snapshots.map((s) => s.id));
  const all = [...current.snapshots, ...incoming.snapshots.filter((s) => !ids.has(s.id))].sort(byDate);
  return { snapshots: all.slice(Math.max(0, all.length - limit)) };
}

/** Labels told apart: a label seen before gets its count, "20. november 2026: 4 people (2)". */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}
