import { marks, NO_MARKS, VOTE_MARKS_PATTERN, type Mark, type Rating, type Ratings, type Vote } from './types';

/**
 * Every member's own marks at a check-in (Atlassian's Team Health Monitor: each member votes, and the
 * spread is what the group talks about), and the short code a member makes on their own phone.
 * Pure: no storage, no DOM.
 */

/** Members whose marks for a sign lie this far apart or more disagree. */
export const DISAGREEMENT = 2;

const isRating = (v: unknown): v is Rating => v === 1 || v === 2 || v === 3 || v === 4 || v === 5;

/** Five characters in the order of `marks`: `34-52`. */
export const marksOf = (ratings: Partial<Ratings>): string => marks.map((m) => (isRating(ratings[m]) ? String(ratings[m]) : '-')).join('');

/** The ratings in a vote's characters (anything else is "not rated"). */
export function ratingsOf(code: string): Ratings {
  const out = {} as Ratings;
  marks.forEach((m, i) => {
    const n = Number(code.charAt(i));
    out[m] = isRating(n) ? n : null;
  });
  return out;
}

export interface SignSpread {
  /** Every member's mark for the sign, lowest first (members who left it out are not counted). */
  values: Rating[];
  /** The middle mark (the mean of the two middle ones for an even count), or null with no marks. */
  median: number | null;
  low: Rating | null;
  high: Rating | null;
  /** high − low (0 with one mark or none). */
  range: number;
  /** The marks lie `DISAGREEMENT` or more apart. */
  disagree: boolean;
}

export function signSpread(values: readonly Rating[]): SignSpread {
  const sorted = [...values].filter(isRating).sort((a, b) => a - b);
  if (!sorted.length) return { values: [], median: null, low: null, high: null, range: 0, disagree: false };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  return { values: sorted, median, low, high, range: high - low, disagree: high - low >= DISAGREEMENT };
}

/** The spread of the members' marks on each sign. */
export function voteSpread(votes: readonly Pick<Vote, 'marks'>[]): Record<Mark, SignSpread> {
  const all = votes.map((v) => ratingsOf(v.marks));
  return Object.fromEntries(marks.map((m) => [m, signSpread(all.map((r) => r[m]).filter(isRating))])) as Record<Mark, SignSpread>;
}

/** The signs members disagree on, widest spread first (ties in the order of `marks`): talk about these first. */
export function talkFirst(spread: Record<Mark, SignSpread>): Mark[] {
  return marks.filter((m) => spread[m].disagree).sort((a, b) => spread[b].range - spread[a].range);
}

/* The member's code: their own marks, made on their own phone, read out or sent to the chair. */

const CODE_PREFIX = 'm1-';
/** The longest code read: the prefix, one mark per sign, and a name of 40 characters percent-encoded. */
export const MAX_MARKS_CODE_LENGTH = 400;
const NAME_LENGTH = 40;
const MARKS_CODE_PATTERN = new RegExp(`^m1-([1-5-]{${marks.length}})(?:-(.+))?$`, 'i');

/** `m1-34-52`, or `m1-34-52-KB` when the member typed a name or initials. Carries nothing else. */
export function encodeMarksCode(ratings: Partial<Ratings>, name = ''): string {
  const clean = name.trim().slice(0, NAME_LENGTH);
  return `${CODE_PREFIX}${marksOf(ratings)}${clean ? `-${encodeURIComponent(clean)}` : ''}`;
}

export type MarksCodeProblem = 'malformed' | 'too-long' | 'empty';
export type MarksCodeDecode = { ok: true; vote: Vote } | { ok: false; reason: MarksCodeProblem };

/** Read a member's code, bare or at the end of a link (`…#m1-34-52`). Never throws. */
export function decodeMarksCode(input: string): MarksCodeDecode {
  if (typeof input !== 'string') return { ok: false, reason: 'malformed' };
  const text = input.trim();
  if (text.length > MAX_MARKS_CODE_LENGTH) return { ok: false, reason: 'too-long' };
  const code = text.includes('#') ? text.slice(text.lastIndexOf('#') + 1) : text;
  const m = MARKS_CODE_PATTERN.exec(code);
  if (!m || !VOTE_MARKS_PATTERN.test(m[1]!)) return { ok: false, reason: 'malformed' };
  let name = '';
  if (m[2] !== undefined) {
    try {
      name = decodeURIComponent(m[2])
        .replace(/\p{Cc}/gu, ' ')
        .trim();
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (name.length > NAME_LENGTH) return { ok: false, reason: 'too-long' };
  }
  if (m[1] === NO_MARKS) return { ok: false, reason: 'empty' };
  return { ok: true, vote: { name, marks: m[1]! } };
}
