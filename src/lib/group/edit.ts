import { inOrder, own } from '../shared/ordered';
import { limits, type GroupState, type Worksheet } from './types';

/** Reading the group state, and the helpers every transition uses to change one worksheet. */

/** The worksheet with this id (never something inherited from `Object.prototype`). */
export const getWorksheet = (state: GroupState, id: string): Worksheet | undefined => own(state.worksheets, id);

/** The worksheets in list order. */
export const listWorksheets = (state: GroupState): Worksheet[] => inOrder(state.worksheets, state.order);

export const canAddWorksheet = (state: GroupState): boolean => state.order.length < limits.worksheets;

/* Helpers for the transitions (the rules they follow are in `state.ts`). */

export const clampText = (value: string, max: number): string => value.slice(0, max);
export const cleanName = (name: string): string => clampText(name.trim(), limits.name);

export function putWorksheet(state: GroupState, worksheet: Worksheet): GroupState {
  return { ...state, worksheets: { ...state.worksheets, [worksheet.id]: worksheet } };
}

/** Apply `change` to one worksheet and stamp it; `change` returns its input (or null) for "no change". */
export function editWorksheet(state: GroupState, id: string, now: Date, change: (w: Worksheet) => Worksheet | null): GroupState {
  const current = getWorksheet(state, id);
  if (!current) return state;
  const next = change(current);
  if (!next || next === current) return state;
  return putWorksheet(state, { ...next, updatedAt: now.toISOString() });
}
