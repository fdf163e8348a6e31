import { addSnapshot, removeSnapshot } from '../lib/contacts/snapshots/list';
import { snapshotsSpec } from '../lib/contacts/snapshots/spec';
import { takeSnapshot } from '../lib/contacts/snapshots/take';
import { listPeople } from '../lib/contacts/state';
import { $contacts, today } from './contacts';
import { newId } from './ids';
import { persistentDoc } from './persist';

/**
 * The contact map's saved snapshots and the actions that change them. Loaded only when the snapshots
 * section runs (and on My data), so the map page's first-load JavaScript does not grow.
 */
export const snapshotsDoc = persistentDoc(snapshotsSpec);
export const $snapshots = snapshotsDoc.$data;
export const $snapshotsStatus = snapshotsDoc.$status;

/** Why a snapshot was not saved: the limit is reached, the browser's storage is full, or the list cannot be written now. */
export type SnapshotSave = { ok: true; id: string; date: string } | { ok: false; reason: 'full' | 'noRoom' | 'locked' };

/** Save the map as it is now, dated today (`date` for tests and imports). */
export function saveSnapshot(date = today()): SnapshotSave {
  const state = $contacts.get();
  const id = newId();
  const snapshot = { id, ...takeSnapshot(date, listPeople(state), state.ties) };
  let full = false;
  const before = snapshotsDoc.$doc.get();
  const written = snapshotsDoc.update((list) => {
    const next = addSnapshot(list, snapshot);
    full = !next.ok;
    return next.ok ? next.list : list;
  });
  if (!written) return { ok: false, reason: 'locked' };
  if (full) return { ok: false, reason: 'full' };
  // Written now, not a moment later as edits are: whether the browser could hold it is the answer.
  if (!snapshotsDoc.flush()) {
    // The browser's storage could not hold it: the list goes back to what it was.
    if (before.status === 'ok') snapshotsDoc.replace(before.data);
    else snapshotsDoc.clear();
    return { ok: false, reason: 'noRoom' };
  }
  return { ok: true, id, date };
}

export const deleteSnapshot = (id: string) => snapshotsDoc.update((list) => removeSnapshot(list, id));
