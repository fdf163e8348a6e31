import type { DocSpec } from '../storage/envelope';
import { emptyGroupState } from './empty';
import { mergeGroupStates } from './merge';
import type { GroupState } from './types';

/** The stored document: its kind and version, how older versions are upgraded, how two copies merge. */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A worksheet of version 1 (before members' quiz results and each member's own marks were kept) in the
 * shape of version 2: no stored results, and no votes at any check-in. Anything else is left for the
 * schema to refuse.
 */
export function upgradeWorksheetV1(worksheet: unknown): unknown {
  if (!isObject(worksheet)) return worksheet;
  const checkIns = Array.isArray(worksheet.checkIns)
    ? worksheet.checkIns.map((c: unknown) => (isObject(c) && !('votes' in c) ? { ...c, votes: [] } : c))
    : worksheet.checkIns;
  return { ...worksheet, checkIns, memberResults: 'memberResults' in worksheet ? worksheet.memberResults : [] };
}

/** Stored group state of version 1, upgraded worksheet by worksheet. */
export function upgradeGroupStateV1(data: unknown): unknown {
  if (!isObject(data) || !isObject(data.worksheets)) return data;
  const worksheets: Record<string, unknown> = {};
  for (const [id, w] of Object.entries(data.worksheets)) worksheets[id] = upgradeWorksheetV1(w);
  return { ...data, worksheets };
}

export const groupSpec: DocSpec<GroupState> = {
  kind: 'groupPurpose',
  version: 2,
  migrations: { 1: upgradeGroupStateV1 },
  loadSchema: () => import('./schema').then((m) => m.groupStateSchema),
  empty: emptyGroupState,
  count: (s) => s.order.length,
  merge: (current, incoming) => mergeGroupStates(current, incoming),
};
