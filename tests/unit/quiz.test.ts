import { describe, expect, it } from 'vitest';
import { countAnswers, interpretScores, scoreQuiz, type Answer } from '../../src/lib/quiz/scoring';
import { decodeShareCode, encodeShareCode, shareCodeFromText } from '../../src/lib/quiz/share';
import { answer, emptyQuiz, finish, quizSpec, restart } from '../../src/lib/quiz/state';
import { decodeEnvelope, encodeEnvelope } from '../../src/lib/storage/envelope';
import { quizItemIds } from '../../src/lib/quiz/items';
import { quizStateSchema } from '../../src/lib/quiz/schema';

const ids = quizItemIds;
/** The bound a share code is read against (every question in the bank). */
const max = quizItemIds.length;
const answers = (...values: Answer[]) => Object.fromEntries(values.map((v, i) => [ids[i]!, v]));

describe('scoreQuiz', () => {
  it('counts one point per answer and ignores skips', () => {
    const r = scoreQuiz(answers('access', 'access', 'skip', 'learning'), ids);
    expect(r.scores).toEqual({ community: 0, access: 2, influence: 0, learning: 1 });
    expect(r.answered).toBe(3);
  });
  it('finds a clear primary and secondary purpose', () => {
    const r = scoreQuiz(answers('access', 'access', 'access', 'access', 'learning', 'learning', 'community', 'influence'), ids);
    expect(r).toMatchObject({ outcome: 'clear', primary: ['access'], secondary: ['learning'] });
  });
  it('reports a tie at the top as a tie', () => {
    const r = scoreQuiz(answers('access', 'access', 'access', 'learning', 'learning', 'learning', 'community'), ids);
    expect(r.primary).toEqual(['access', 'learning']);
    expect(r.secondary).toEqual(['community']);
    expect(r.outcome).toBe('clear');
  });
  it('has no result when everything is skipped', () => {
    const r = scoreQuiz(answers('skip', 'skip', 'skip'), ids);
    expect(r).toEqual({
      scores: { community: 0, access: 0, influence: 0, learning: 0 },
      answered: 0,
      outcome: 'none',
      primary: [],
      secondary: [],
    });
  });
  it('gives a result from one answer, but never calls it balanced', () => {
    const r = scoreQuiz(answers('influence'), ids);
    expect(r).toMatchObject({ answered: 1, outcome: 'clear', primary: ['influence'], secondary: [] });
  });
  it('calls it balanced when nothing stands out', () => {
    const r = interpretScores({ community: 4, access: 3, influence: 4, learning: 3 });
    expect(r.outcome).toBe('balanced');
    expect(interpretScores({ community: 5, access: 3, influence: 3, learning: 3 }).outcome).toBe('clear');
  });
  it('is deterministic and ignores unknown item ids', () => {
    const a = { ...answers('community', 'learning'), q99: 'access' as const };
    expect(scoreQuiz(a, ids)).toEqual(scoreQuiz(a, ids));
    expect(countAnswers(a, ids).access).toBe(0);
  });
});

describe('share codes', () => {
  it('round-trip the four scores', () => {
    const scores = { community: 3, access: 5, influence: 2, learning: 4 };
    const code = encodeShareCode(scores);
    expect(code).toBe('v1-c3-a5-i2-l4');
    expect(decodeShareCode(`#${code}`, max)).toEqual({ ok: true, scores });
  });
  it.each([
    ['', 'format'],
    ['v2-c3-a5-i2-l4', 'format'],
    ['v1-c3-a5-i2', 'format'],
    ['v1-c3-a5-i2-l4-x', 'format'],
    ['v1-c-1-a5-i2-l4', 'format'],
    ['<script>alert(1)</script>', 'format'],
    [`v1-c${max + 1}-a0-i0-l0`, 'range'],
    [`v1-c${max - 1}-a1-i1-l0`, 'range'],
    ['v1-c0-a0-i0-l0', 'empty'],
  ])('rejects %j (%s)', (code, reason) => {
    expect(decodeShareCode(code, max)).toEqual({ ok: false, reason });
  });
  it('finds the code in a pasted link', () => {
    expect(shareCodeFromText('https://x.dk/oevelser/hvad-vil-du/#v1-c1-a0-i0-l0')).toBe('v1-c1-a0-i0-l0');
    expect(shareCodeFromText('v1-c1-a0-i0-l0')).toBe('v1-c1-a0-i0-l0');
  });
});

describe('quiz state', () => {
  it('keeps a dated history entry when finished, and keeps history on restart', () => {
    let s = answer(emptyQuiz(), 'q01', 'access');
    s = finish(s, ids, new Date('2026-11-22T10:00:00Z'));
    expect(s.step).toBe('result');
    expect(s.history).toEqual([
      { at: '2026-11-22T10:00:00.000Z', scores: { community: 0, access: 1, influence: 0, learning: 0 }, answered: 1 },
    ]);
    const again = restart(s);
    expect(again.answers).toEqual({});
    expect(again.step).toBe(0);
    expect(again.history).toHaveLength(1);
  });
  it('stores and reads back through the envelope, and rejects bad answers', () => {
    const s = answer(emptyQuiz(), 'q03', 'skip');
    expect(decodeEnvelope(encodeEnvelope(quizSpec, s, 'x'), quizSpec, quizStateSchema)).toMatchObject({ status: 'ok', data: s });
    const bad = JSON.stringify({ kind: 'quiz', version: 1, savedAt: 'x', data: { ...s, answers: { q03: 'money' } } });
    expect(decodeEnvelope(bad, quizSpec, quizStateSchema).status).toBe('corrupt');
    const tooMany = {
      ...s,
      history: Array.from({ length: 51 }, (_, i) => ({
        at: String(i),
        scores: { community: 0, access: 0, influence: 0, learning: 0 },
        answered: 0,
      })),
    };
    expect(quizStateSchema.safeParse(tooMany).success).toBe(false);
  });
  it('merges two histories without duplicates', () => {
    const a = finish(emptyQuiz(), ids, new Date('2026-01-01'));
    const b = finish(emptyQuiz(), ids, new Date('2026-02-01'));
    const merged = quizSpec.merge!(a, { ...b, history: [...a.history, ...b.history] });
    expect(merged.history.map((h) => h.at)).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
  });
});
