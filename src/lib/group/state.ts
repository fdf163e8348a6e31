/**
 * The group worksheets' state and its transitions: pure functions from state to state, used by the
 * store's actions. None mutates its input. Ids and times come in as parameters, so every result is
 * deterministic. A transition that cannot apply (unknown id, a list at its limit, invalid input, no
 * change) returns the very same state object. One module per job; this file gathers them.
 */
export type { GroupState } from './types';
export * from './empty';
export * from './spec';
export { canAddWorksheet, getWorksheet, listWorksheets } from './edit';
export * from './merge';
export * from './worksheets';
export * from './sections';
export * from './contributions';
export * from './checkIns';
export * from './memberResults';
export * from './progress';
