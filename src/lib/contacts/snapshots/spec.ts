import type { DocSpec } from '../../storage/envelope';
import { mergeSnapshots } from './list';
import { emptySnapshots, type ContactSnapshots } from './types';

/** How the contact map's snapshots are stored: their own document, beside the map's (`contactMap`). */
export const snapshotsSpec: DocSpec<ContactSnapshots> = {
  kind: 'contactSnapshots',
  version: 1,
  loadSchema: () => import('./schema').then((m) => m.snapshotsSchema),
  empty: emptySnapshots,
  count: (d) => d.snapshots.length,
  merge: mergeSnapshots,
};
