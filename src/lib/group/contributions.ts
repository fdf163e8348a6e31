import { isValidId } from '../shared/ids';
import { clampText, editWorksheet } from './edit';
import { limits, type Contribution, type GroupState } from './types';

/* f. Contributions */

export function addContribution(
  state: GroupState,
  worksheetId: string,
  member: { id: string; name?: string; contribution?: string },
  now: Date,
): GroupState {
  if (!isValidId(member.id)) return state;
  return editWorksheet(state, worksheetId, now, (w) => {
    if (w.contributions.length >= limits.members || w.contributions.some((c) => c.id === member.id)) return null;
    const entry: Contribution = {
      id: member.id,
      name: clampText(member.name ?? '', limits.name),
      contribution: clampText(member.contribution ?? '', limits.note),
    };
    return { ...w, contributions: [...w.contributions, entry] };
  });
}

export function updateContribution(
  state: GroupState,
  worksheetId: string,
  memberId: string,
  patch: Partial<Pick<Contribution, 'name' | 'contribution'>>,
  now: Date,
): GroupState {
  return editWorksheet(state, worksheetId, now, (w) => {
    const i = w.contributions.findIndex((c) => c.id === memberId);
    const current = w.contributions[i];
    if (!current) return null;
    const next: Contribution = {
      ...current,
      ...(typeof patch.name === 'string' ? { name: clampText(patch.name, limits.name) } : {}),
      ...(typeof patch.contribution === 'string' ? { contribution: clampText(patch.contribution, limits.note) } : {}),
    };
    if (next.name === current.name && next.contribution === current.contribution) return null;
    return { ...w, contributions: w.contributions.map((c, j) => (j === i ? next : c)) };
  });
}

export function removeContribution(state: GroupState, worksheetId: string, memberId: string, now: Date): GroupState {
  return editWorksheet(state, worksheetId, now, (w) =>
    w.contributions.some((c) => c.id === memberId) ? { ...w, contributions: w.contributions.filter((c) => c.id !== memberId) } : null,
  );
}
