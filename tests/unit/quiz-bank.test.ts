import { describe, expect, it } from 'vitest';
import { quizItems } from '../../src/lib/quiz/bank';
import { revisedItems, dropRevisedAnswers } from '../../src/lib/quiz/revisions';
import { quizStateSchema } from '../../src/lib/quiz/schema';
import { decodeShareCode, encodeShareCode } from '../../src/lib/quiz/share';
import { emptyQuiz, quizSpec, type QuizState } from '../../src/lib/quiz/state';
import { purposes, type Purpose } from '../../src/lib/quiz/types';
import { decodeEnvelope } from '../../src/lib/storage/envelope';

/** How often each pair of purposes is offered side by side, counted from the bank. */
function pairMeetings(): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < purposes.length; i++) for (let j = i + 1; j < purposes.length; j++) counts.set(`${purposes[i]}–${purposes[j]}`, 0);
  for (const item of quizItems) {
    const shown = new Set<Purpose>(item.optionOrder);
    for (const key of counts.keys()) {
      const [a, b] = key.split('–') as [Purpose, Purpose];
      if (shown.has(a) && shown.has(b)) counts.set(key, counts.get(key)! + 1);
    }
  }
  return counts;
}

describe('the quiz bank', () => {
  it('has unique, well-formed ids', () => {
    const ids = quizItems.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^q\d{2}$/);
  });

  it('shows every purpose once in each item, with text in both languages', () => {
    for (const item of quizItems) {
      expect([...item.optionOrder].sort(), item.id).toEqual([...purposes].sort());
      for (const p of purposes)
        for (const lang of ['da', 'en'] as const) expect(item.options[p][lang].trim(), `${item.id} ${p} ${lang}`).not.toBe('');
    }
  });

  it('lets every pair of purposes meet equally often', () => {
    const counts = pairMeetings();
    const values = [...counts.values()];
    // Reported so a change in the bank shows what it did to the balance.
    console.info(`pair meetings: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(
      values.every((v) => v > 0),
      JSON.stringify(Object.fromEntries(counts)),
    ).toBe(true);
    expect(new Set(values).size, JSON.stringify(Object.fromEntries(counts))).toBe(1);
  });

  it('varies the order: each purpose is shown in each position about equally often', () => {
    for (let pos = 0; pos < purposes.length; pos++) {
      const inPosition = purposes.map((p) => quizItems.filter((q) => q.optionOrder[pos] === p).length);
      expect(Math.max(...inPosition) - Math.min(...inPosition), `position ${pos + 1}: ${inPosition.join(', ')}`).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the options of an item about the same length, so none reads as the right one', () => {
    for (const item of quizItems) {
      for (const lang of ['da', 'en'] as const) {
        const lengths = purposes.map((p) => item.options[p][lang].length);
        expect(Math.max(...lengths) / Math.min(...lengths), `${item.id} ${lang}: ${lengths.join(', ')}`).toBeLessThan(1.6);
      }
    }
  });
});

describe('upgrading stored answers when items are rewritten', () => {
  const everyItem = (value: Purpose): QuizState['answers'] => Object.fromEntries(quizItems.map((q) => [q.id, value]));
  const stored = (data: unknown, version = 1) => JSON.stringify({ kind: 'quiz', version, savedAt: '2026-01-01T00:00:00.000Z', data });

  it('lists only items that exist, under versions this code writes or has written', () => {
    const ids = new Set(quizItems.map((q) => q.id));
    for (const [version, list] of Object.entries(revisedItems)) {
      expect(Number(version)).toBeLessThanOrEqual(quizSpec.version);
      for (const id of list) expect(ids.has(id), id).toBe(true);
    }
  });

  it('drops the answers to rewritten items and keeps the rest, the position and the history', () => {
    const history = [{ at: '2025-12-01T00:00:00.000Z', scores: { community: 1, access: 2, influence: 3, learning: 4 }, answered: 10 }];
    const decoded = decodeEnvelope(stored({ answers: everyItem('learning'), step: 4, history }), quizSpec, quizStateSchema);
    expect(decoded).toMatchObject({ status: 'ok', migratedFrom: 1 });
    if (decoded.status !== 'ok') return;
    const dropped = revisedItems[2]!;
    expect(Object.keys(decoded.data.answers).sort()).toEqual(
      quizItems
        .map((q) => q.id)
        .filter((id) => !dropped.includes(id))
        .sort(),
    );
    expect(decoded.data.step).toBe(4);
    expect(decoded.data.history).toEqual(history);
  });

  it('sends a reader who was looking at the result to check their answers, so the rewritten items can be answered', () => {
    const decoded = decodeEnvelope(
      stored({ answers: { q01: 'access', q07: 'learning' }, step: 'result', history: [] }),
      quizSpec,
      quizStateSchema,
    );
    expect(decoded).toMatchObject({ status: 'ok', data: { answers: { q01: 'access' }, step: 'review' } });
  });

  it('leaves data without rewritten answers as it was', () => {
    const data = { answers: { q01: 'community' }, step: 'result', history: [] };
    expect(dropRevisedAnswers(data, 2)).toBe(data);
    expect(decodeEnvelope(stored(emptyQuiz()), quizSpec, quizStateSchema)).toMatchObject({ status: 'ok', data: emptyQuiz() });
  });

  it('passes data of the wrong shape on for the schema to reject', () => {
    expect(dropRevisedAnswers(null, 2)).toBeNull();
    expect(decodeEnvelope(stored({ answers: 'all of them', step: 0, history: [] }), quizSpec, quizStateSchema).status).toBe('corrupt');
  });

  it('does not touch data written by this version', () => {
    const data = { answers: everyItem('access'), step: 'result', history: [] };
    expect(decodeEnvelope(stored(data, quizSpec.version), quizSpec, quizStateSchema)).toMatchObject({ status: 'ok', data });
  });

  it('keeps old share links working: they carry only the four scores', () => {
    const code = 'v1-c3-a5-i2-l4';
    expect(decodeShareCode(code, quizItems.length)).toEqual({ ok: true, scores: { community: 3, access: 5, influence: 2, learning: 4 } });
    expect(encodeShareCode({ community: 3, access: 5, influence: 2, learning: 4 })).toBe(code);
  });
});
