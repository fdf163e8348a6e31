import { marks, type Mark } from '../group/types';
import { decodeShareCode, encodeShareCode, shareCodeFromText, type Scores } from '../quiz/public';

/**
 * What a QR code in the workshop carries: never a name, never an answer. Two kinds:
 * - a quiz result: the share code, `v1-c3-a5-i2-l4` (the same text as the share link's fragment);
 * - a member's vitality marks: `vt1-` and one digit per sign in the fixed order of `marks`
 *   (1–5, or 0 for a sign left out), e.g. `vt1-34205`.
 * A scanned or typed text may also be a whole share link; only its fragment is read.
 */

/** Longer than any code or share link we make: anything beyond is refused before it is parsed. */
export const MAX_PAYLOAD_CHARS = 300;

export type VitalityMarks = Partial<Record<Mark, 1 | 2 | 3 | 4 | 5>>;

export type Payload = { kind: 'quiz'; code: string; scores: Scores } | { kind: 'vitality'; code: string; marks: VitalityMarks };

export type PayloadProblem = 'empty' | 'oversized' | 'format' | 'range';
export type PayloadDecode = ({ ok: true } & Payload) | { ok: false; reason: PayloadProblem };

export const encodeQuizPayload = (scores: Scores): string => encodeShareCode(scores);

export function encodeVitalityPayload(ratings: VitalityMarks): string {
  return `vt1-${marks.map((m) => ratings[m] ?? 0).join('')}`;
}

const vitalityPattern = new RegExp(`^vt1-([0-5]{${marks.length}})$`);

/**
 * Read a scanned or typed text. Never throws. `maxItems` bounds a quiz score and the sum of all four
 * (the number of questions in the quiz).
 */
export function decodePayload(input: string, maxItems: number): PayloadDecode {
  if (input.length > MAX_PAYLOAD_CHARS) return { ok: false, reason: 'oversized' };
  const text = shareCodeFromText(input.trim()).trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const lower = text.toLowerCase();
  const v = vitalityPattern.exec(lower);
  if (v) {
    const ratings: VitalityMarks = {};
    marks.forEach((m, i) => {
      const n = Number(v[1]![i]);
      if (n > 0) ratings[m] = n as 1 | 2 | 3 | 4 | 5;
    });
    if (Object.keys(ratings).length === 0) return { ok: false, reason: 'empty' };
    return { ok: true, kind: 'vitality', code: encodeVitalityPayload(ratings), marks: ratings };
  }
  const quiz = decodeShareCode(lower, maxItems);
  if (!quiz.ok) return { ok: false, reason: quiz.reason === 'empty' ? 'empty' : quiz.reason };
  return { ok: true, kind: 'quiz', code: encodeShareCode(quiz.scores), scores: quiz.scores };
}
