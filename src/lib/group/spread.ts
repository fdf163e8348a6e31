import { decodeShareCode, emptyScores, interpretScores, SHARE_MAX_ITEMS, shareCodeFromText, type Scores } from '../quiz/public';
import { purposes, type Purpose } from '../shared/purposes';
import type { MemberResult } from './types';

export { SHARE_MAX_ITEMS };

/**
 * The group view: the members' "What do you want?" results kept on the worksheet, and what the members
 * want first next to the purpose the worksheet chose. Only the four scores in each code are read.
 */

export type LineProblem = 'malformed' | 'out-of-range' | 'empty';

/**
 * How the worksheet's first purpose compares with what the members want first.
 * - no-members: no result to compare with;
 * - no-choice: the worksheet has no first purpose yet;
 * - few: fewer than a third of the members have it first;
 * - some: a third to a half;
 * - most: more than half.
 */
export type SpreadVerdict =
  | { kind: 'no-members' }
  | { kind: 'no-choice'; commonest: Purpose[] }
  | { kind: 'few' | 'some' | 'most'; purpose: Purpose; matching: number; valid: number; commonest: Purpose[] };

export interface MemberScores {
  id: string;
  name: string;
  scores: Scores;
  /** What the member wants first (ties kept). */
  primary: Purpose[];
}

export interface GroupSpread {
  /** The members whose result could be read, in the worksheet's order. */
  members: MemberScores[];
  valid: number;
  /** How many members have each purpose first (a member with a tie counts for each tied purpose). */
  primaryCounts: Record<Purpose, number>;
  /** The purposes most members have first (ties kept); empty with no member. */
  commonest: Purpose[];
  /** All members' scores added up. */
  total: Scores;
  verdict: SpreadVerdict;
}

const reasons: Record<'format' | 'range' | 'empty', LineProblem> = { format: 'malformed', range: 'out-of-range', empty: 'empty' };

/** Read one share link or bare code. Never throws. */
export function parseShareLine(
  text: string,
  maxItems = SHARE_MAX_ITEMS,
): { ok: true; scores: Scores } | { ok: false; reason: LineProblem } {
  const decoded = decodeShareCode(shareCodeFromText(text.trim()), maxItems);
  return decoded.ok ? decoded : { ok: false, reason: reasons[decoded.reason] };
}

/** The members' results on a worksheet, compared with its chosen first purpose. */
export function groupSpread(results: readonly Pick<MemberResult, 'id' | 'name' | 'code'>[], chosenFirst: Purpose | null): GroupSpread {
  const members: MemberScores[] = [];
  const primaryCounts: Record<Purpose, number> = { community: 0, access: 0, influence: 0, learning: 0 };
  const total = emptyScores();
  for (const r of Array.isArray(results) ? results : []) {
    const parsed = parseShareLine(String(r?.code ?? ''));
    if (!parsed.ok) continue;
    const { primary } = interpretScores(parsed.scores);
    for (const p of purposes) total[p] += parsed.scores[p];
    for (const p of primary) primaryCounts[p] += 1;
    members.push({ id: r.id, name: r.name, scores: parsed.scores, primary });
  }
  const valid = members.length;
  const top = Math.max(...purposes.map((p) => primaryCounts[p]));
  const commonest = valid && top > 0 ? purposes.filter((p) => primaryCounts[p] === top) : [];
  return { members, valid, primaryCounts, commonest, total, verdict: verdictOf(chosenFirst, primaryCounts, valid, commonest) };
}

function verdictOf(chosen: Purpose | null, counts: Record<Purpose, number>, valid: number, commonest: Purpose[]): SpreadVerdict {
  if (valid === 0) return { kind: 'no-members' };
  if (chosen === null || !(purposes as readonly string[]).includes(chosen)) return { kind: 'no-choice', commonest };
  const matching = counts[chosen];
  // Integer comparisons: fewer than a third, more than a half.
  const kind = matching * 3 < valid ? 'few' : matching * 2 > valid ? 'most' : 'some';
  return { kind, purpose: chosen, matching, valid, commonest };
}
