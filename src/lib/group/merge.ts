import { own } from '../shared/ordered';
import { sortCheckIns } from './checkIns';
import { limits, type GroupState, type Worksheet } from './types';

/* Merging (import, two tabs) */

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** The newer of two versions of a worksheet (by `updatedAt`; a tie keeps `a`), with the check-ins of both. */
export function mergeWorksheets(a: Worksheet, b: Worksheet): Worksheet {
  const [newer, older] = time(b.updatedAt) > time(a.updatedAt) ? [b, a] : [a, b];
  const ids = new Set(newer.checkIns.map((c) => c.id));
  const extra = older.checkIns.filter((c) => !ids.has(c.id));
  if (!extra.length) return newer;
  // Over the limit, the oldest check-ins go.
  return { ...newer, checkIns: sortCheckIns([...newer.checkIns, ...extra]).slice(-limits.checkIns) };
}

/**
 * Union by worksheet id: a worksheet on both sides keeps the newer version plus the check-ins of both.
 * Current worksheets are listed first, then new ones in the incoming order; over the limit, the last go.
 */
export function mergeGroupStates(current: GroupState, incoming: GroupState): GroupState {
  const worksheets: Record<string, Worksheet> = {};
  const order: string[] = [];
  for (const id of [...current.order, ...incoming.order]) {
    if (order.length >= limits.worksheets) break;
    if (Object.hasOwn(worksheets, id)) continue;
    const a = own(current.worksheets, id);
    const b = own(incoming.worksheets, id);
    const merged = a && b ? mergeWorksheets(a, b) : (a ?? b);
    if (!merged) continue;
    worksheets[id] = merged;
    order.push(id);
  }
  return { worksheets, order };
}
