import { limits, type Vote } from '../group/types';
import { decodeMarksCode, marksOf } from '../group/votes';
import { decodePayload, type PayloadProblem } from './payload';

/**
 * A member's vitality marks scanned from their phone's QR code (`vt1-34205`) or typed from its short code
 * (`m1-34-52`, maybe with a name), added to a round of votes on the chair's device. Pure: no DOM, no storage.
 */
export type MarksScanOutcome =
  | { outcome: 'added'; vote: Vote; votes: Vote[] }
  | { outcome: 'duplicate' }
  | { outcome: 'invalid'; reason: PayloadProblem | 'quiz' | 'full' };

/** The quiz's most questions: only there so a quiz code reads as a quiz code (and is refused here). */
const QUIZ_MAX_ITEMS = 100;

/** Read a scanned or typed text as one member's marks, or say why not. Never throws. */
export function readMarks(text: string): { ok: true; vote: Vote } | { ok: false; reason: PayloadProblem | 'quiz' } {
  const typed = decodeMarksCode(text);
  if (typed.ok) return typed;
  const scanned = decodePayload(text, QUIZ_MAX_ITEMS);
  if (!scanned.ok) return { ok: false, reason: typed.reason === 'empty' ? 'empty' : scanned.reason };
  if (scanned.kind === 'quiz') return { ok: false, reason: 'quiz' };
  return { ok: true, vote: { name: '', marks: marksOf(scanned.marks) } };
}

/**
 * Add one member's marks to the round. The same marks (and name) twice are taken as the same phone scanned
 * again and ignored, unless `allowSame` (two members who gave the same marks, confirmed by the chair).
 */
export function addScannedMarks(votes: readonly Vote[], text: string, opts: { total: number; allowSame?: boolean }): MarksScanOutcome {
  const read = readMarks(text);
  if (!read.ok) return { outcome: 'invalid', reason: read.reason };
  const same = (v: Vote) => v.marks === read.vote.marks && v.name.toLowerCase() === read.vote.name.toLowerCase();
  if (!opts.allowSame && votes.some(same)) return { outcome: 'duplicate' };
  if (votes.length >= Math.min(opts.total, limits.votes)) return { outcome: 'invalid', reason: 'full' };
  return { outcome: 'added', vote: read.vote, votes: [...votes, read.vote] };
}
