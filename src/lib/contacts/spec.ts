import type { DocSpec } from '../storage/envelope';
import { mergeContactStates } from './merge';
import { emptyContactState } from './state';
import type { ContactState } from './types';

/**
 * Version 1 → 2: who knows whom (`ties`), and each person's contact rhythm and log, start empty. Anything
 * that is not a version-1 map is passed on unchanged for the schema to refuse.
 */
export function upgradeContactStateV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const state = data as Record<string, unknown>;
  const people = state.people;
  if (typeof people !== 'object' || people === null || Array.isArray(people)) return data;
  const upgraded = Object.fromEntries(
    Object.entries(people as Record<string, unknown>).map(([id, p]) => [
      id,
      typeof p === 'object' && p !== null && !Array.isArray(p) ? { rhythm: 'none', log: [], ...p } : p,
    ]),
  );
  return { ties: [], ...state, people: upgraded };
}

export const contactSpec: DocSpec<ContactState> = {
  kind: 'contactMap',
  version: 2,
  migrations: { 1: upgradeContactStateV1 },
  loadSchema: () => import('./schema').then((m) => m.contactStateSchema),
  loadSlicing: () => import('./schema').then((m) => m.contactStateSlicing),
  empty: emptyContactState,
  count: (s) => s.order.length,
  merge: mergeContactStates,
};
