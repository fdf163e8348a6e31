import { isValidId } from '../shared/ids';
import { canAddWorksheet, cleanName, editWorksheet, getWorksheet } from './edit';
import { emptyWorksheet } from './empty';
import { limits, type GroupState, type Worksheet } from './types';

/** Transitions on the list of worksheets: create, rename, copy, delete and undo, insert an imported one. */

/** A new, empty worksheet at the end of the list. */
export function createWorksheet(state: GroupState, name: string, id: string, now: Date): GroupState {
  const clean = cleanName(name);
  if (!clean || !isValidId(id) || getWorksheet(state, id) || !canAddWorksheet(state)) return state;
  return { worksheets: { ...state.worksheets, [id]: emptyWorksheet(id, clean, now) }, order: [...state.order, id] };
}

export function renameWorksheet(state: GroupState, id: string, name: string, now: Date): GroupState {
  const clean = cleanName(name);
  if (!clean) return state;
  return editWorksheet(state, id, now, (w) => (w.name === clean ? null : { ...w, name: clean }));
}

/**
 * A copy of a worksheet under a new id, listed right after the original, named with `copySuffix`
 * appended (`(kopi)`, `(copy)`): the original name is shortened if both would not fit.
 */
export function duplicateWorksheet(state: GroupState, id: string, newId: string, copySuffix: string, now: Date): GroupState {
  const source = getWorksheet(state, id);
  if (!source || !isValidId(newId) || getWorksheet(state, newId) || !canAddWorksheet(state)) return state;
  const suffix = cleanName(copySuffix);
  const base = suffix ? source.name.slice(0, Math.max(0, limits.name - suffix.length - 1)).trimEnd() : source.name;
  const name = cleanName(suffix ? `${base} ${suffix}` : base) || source.name;
  const at = now.toISOString();
  const copy: Worksheet = {
    ...source,
    id: newId,
    name,
    createdAt: at,
    updatedAt: at,
    contributions: [...source.contributions],
    checkIns: [...source.checkIns],
    memberResults: [...source.memberResults],
  };
  const order = [...state.order];
  order.splice(order.indexOf(id) + 1, 0, newId);
  return { worksheets: { ...state.worksheets, [newId]: copy }, order };
}

/** A deleted worksheet and where it was listed, so it can be put back (undo). */
export interface RemovedWorksheet {
  worksheet: Worksheet;
  index: number;
}

export function deleteWorksheet(state: GroupState, id: string): { state: GroupState; removed: RemovedWorksheet | null } {
  const worksheet = getWorksheet(state, id);
  if (!worksheet) return { state, removed: null };
  const worksheets = { ...state.worksheets };
  delete worksheets[id];
  const index = state.order.indexOf(id);
  return { state: { worksheets, order: state.order.filter((o) => o !== id) }, removed: { worksheet, index: Math.max(0, index) } };
}

/** Undo a delete: the worksheet goes back where it was (or last, if the list has shrunk since). */
export function restoreWorksheet(state: GroupState, removed: RemovedWorksheet): GroupState {
  const { worksheet } = removed;
  if (getWorksheet(state, worksheet.id) || !canAddWorksheet(state)) return state;
  const order = [...state.order];
  order.splice(Math.min(Math.max(0, removed.index), order.length), 0, worksheet.id);
  return { worksheets: { ...state.worksheets, [worksheet.id]: worksheet }, order };
}

/** Add a whole worksheet (an imported file) at the end of the list, if its id is free. */
export function insertWorksheet(state: GroupState, worksheet: Worksheet): GroupState {
  if (!isValidId(worksheet.id) || getWorksheet(state, worksheet.id) || !canAddWorksheet(state)) return state;
  return { worksheets: { ...state.worksheets, [worksheet.id]: worksheet }, order: [...state.order, worksheet.id] };
}
