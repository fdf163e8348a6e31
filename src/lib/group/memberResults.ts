import { isValidId } from '../shared/ids';
import { clampText, editWorksheet } from './edit';
import { isShareCode, resultKey } from './members';
import { limits, type GroupState, type MemberResult } from './types';

/* Members' quiz results */

/**
 * Add members' results (from `planPastedResults`). Codes that are not valid, results already there
 * (same code and name), and any past `limits.memberResults` are left out.
 */
export function addMemberResults(
  state: GroupState,
  worksheetId: string,
  entries: readonly { id: string; name?: string; code: string }[],
  now: Date,
): GroupState {
  return editWorksheet(state, worksheetId, now, (w) => {
    const seen = new Set(w.memberResults.map(resultKey));
    const added: MemberResult[] = [];
    for (const e of entries) {
      if (w.memberResults.length + added.length >= limits.memberResults) break;
      const entry: MemberResult = { id: e.id, name: clampText((e.name ?? '').trim(), limits.voterName), code: e.code };
      const key = resultKey(entry);
      if (!isValidId(e.id) || !isShareCode(e.code) || seen.has(key) || w.memberResults.some((m) => m.id === e.id)) continue;
      if (added.some((m) => m.id === e.id)) continue;
      seen.add(key);
      added.push(entry);
    }
    return added.length ? { ...w, memberResults: [...w.memberResults, ...added] } : null;
  });
}

/** Give a member's result a name or initials (cut to its limit). */
export function renameMemberResult(state: GroupState, worksheetId: string, resultId: string, name: string, now: Date): GroupState {
  return editWorksheet(state, worksheetId, now, (w) => {
    const current = w.memberResults.find((m) => m.id === resultId);
    const clean = clampText(name, limits.voterName);
    if (!current || current.name === clean) return null;
    return { ...w, memberResults: w.memberResults.map((m) => (m.id === resultId ? { ...m, name: clean } : m)) };
  });
}

export function removeMemberResult(state: GroupState, worksheetId: string, resultId: string, now: Date): GroupState {
  return editWorksheet(state, worksheetId, now, (w) =>
    w.memberResults.some((m) => m.id === resultId) ? { ...w, memberResults: w.memberResults.filter((m) => m.id !== resultId) } : null,
  );
}
