import { emptyScores, interpretScores, type Scores } from '../quiz/scoring';
import { decodeShareCode, shareCodeFromText } from '../quiz/share';
import { purposes, type Purpose } from '../quiz/types';

/**
 * The group view: members paste the share links of their "What do you want?" results, one per line,
 * and the group sees what its members want first, next to the purpose the worksheet chose.
 * Only the four scores in each link are read; nothing else in the text is kept.
 */

/** The number of items in the quiz: the bound on each score in a share code. */
export const SHARE_MAX_ITEMS = 14;
/** Non-blank lines read at most; the rest are counted and ignored. */
export const MAX_SPREAD_LINES = 60;
/** A line is shown back to the reader cut to this length. */
const ECHO_LENGTH = 120;

export type LineProblem = 'malformed' | 'out-of-range' | 'empty';

export type SpreadLine =
  | { line: number; text: string; ok: true; scores: Scores; primary: Purpose[] }
  | { line: number; text: string; ok: false; reason: LineProblem };

/**
 * How the worksheet's first purpose compares with what the members want first.
 * - no-members: no valid link to compare with;
 * - no-choice: the worksheet has no first purpose yet;
 * - few: fewer than a third of the members have it first;
 * - some: a third to a half;
 * - most: more than half.
 */
export type SpreadVerdict =
  | { kind: 'no-members' }
  | { kind: 'no-choice'; commonest: Purpose[] }
  | { kind: 'few' | 'some' | 'most'; purpose: Purpose; matching: number; valid: number; commonest: Purpose[] };

export interface GroupSpread {
  /** Every non-blank line read, numbered as pasted (1-based, blank lines counted). */
  lines: SpreadLine[];
  valid: number;
  invalid: number;
  /** Non-blank lines past the cap, not read. */
  ignored: number;
  /** How many members have each purpose first (a member with a tie counts for each tied purpose). */
  primaryCounts: Record<Purpose, number>;
  /** The purposes most members have first (ties kept); empty with no valid link. */
  commonest: Purpose[];
  /** All members' scores added up. */
  total: Scores;
  verdict: SpreadVerdict;
}

const reasons: Record<'format' | 'range' | 'empty', LineProblem> = { format: 'malformed', range: 'out-of-range', empty: 'empty' };

/** Read one pasted line: a share link or a bare code. Never throws. */
export function parseShareLine(
  text: string,
  maxItems = SHARE_MAX_ITEMS,
): { ok: true; scores: Scores } | { ok: false; reason: LineProblem } {
  const decoded = decodeShareCode(shareCodeFromText(text.trim()), maxItems);
  return decoded.ok ? decoded : { ok: false, reason: reasons[decoded.reason] };
}

/** Read the pasted lines and compare them with the worksheet's chosen first purpose. */
export function groupSpread(pasted: string, chosenFirst: Purpose | null, maxItems = SHARE_MAX_ITEMS): GroupSpread {
  const lines: SpreadLine[] = [];
  const primaryCounts: Record<Purpose, number> = { community: 0, access: 0, influence: 0, learning: 0 };
  const total = emptyScores();
  let ignored = 0;
  const rows = typeof pasted === 'string' ? pasted.split(/\r\n|\r|\n/) : [];
  rows.forEach((raw, i) => {
    const text = raw.trim();
    if (!text) return;
    if (lines.length >= MAX_SPREAD_LINES) {
      ignored += 1;
      return;
    }
    const echo = text.slice(0, ECHO_LENGTH);
    const parsed = parseShareLine(text, maxItems);
    if (!parsed.ok) {
      lines.push({ line: i + 1, text: echo, ok: false, reason: parsed.reason });
      return;
    }
    const { primary } = interpretScores(parsed.scores);
    for (const p of purposes) total[p] += parsed.scores[p];
    for (const p of primary) primaryCounts[p] += 1;
    lines.push({ line: i + 1, text: echo, ok: true, scores: parsed.scores, primary });
  });
  const valid = lines.filter((l) => l.ok).length;
  const top = Math.max(...purposes.map((p) => primaryCounts[p]));
  const commonest = valid && top > 0 ? purposes.filter((p) => primaryCounts[p] === top) : [];
  return {
    lines,
    valid,
    invalid: lines.length - valid,
    ignored,
    primaryCounts,
    commonest,
    total,
    verdict: verdictOf(chosenFirst, primaryCounts, valid, commonest),
  };
}

function verdictOf(chosen: Purpose | null, counts: Record<Purpose, number>, valid: number, commonest: Purpose[]): SpreadVerdict {
  if (valid === 0) return { kind: 'no-members' };
  if (chosen === null || !(purposes as readonly string[]).includes(chosen)) return { kind: 'no-choice', commonest };
  const matching = counts[chosen];
  // Integer comparisons: fewer than a third, more than a half.
  const kind = matching * 3 < valid ? 'few' : matching * 2 > valid ? 'most' : 'some';
  return { kind, purpose: chosen, matching, valid, commonest };
}
