import { describe, expect, it } from 'vitest';
import { addCheckIn, createWorksheet, emptyGroupState, getWorksheet } from '../../src/lib/group/state';
import { limits } from '../../src/lib/group/types';
import { vitalityTrend } from '../../src/lib/group/vitality';
import {
  decodeMarksCode,
  DISAGREEMENT,
  encodeMarksCode,
  MAX_MARKS_CODE_LENGTH,
  marksOf,
  ratingsOf,
  signSpread,
  talkFirst,
  voteSpread,
} from '../../src/lib/group/votes';

describe('the spread of members’ marks', () => {
  it('gives every mark, the median, the lowest and highest', () => {
    expect(signSpread([4, 2, 5, 4])).toEqual({ values: [2, 4, 4, 5], median: 4, low: 2, high: 5, range: 3, disagree: true });
    expect(signSpread([3, 4])).toMatchObject({ median: 3.5, range: 1, disagree: false });
    expect(signSpread([3])).toMatchObject({ median: 3, range: 0, disagree: false });
    expect(signSpread([])).toEqual({ values: [], median: null, low: null, high: null, range: 0, disagree: false });
  });

  it(`flags a sign when marks lie ${DISAGREEMENT} or more apart`, () => {
    expect(signSpread([3, 4, 4]).disagree).toBe(false);
    expect(signSpread([3, 5]).disagree).toBe(true);
    expect(signSpread([1, 5]).disagree).toBe(true);
  });

  it('leaves out signs a member did not mark, and suggests the widest disagreements first', () => {
    const spread = voteSpread([{ marks: '44251' }, { marks: '4-353' }, { marks: '45354' }, { marks: '5-452' }]);
    expect(spread.purpose.values).toEqual([4, 4, 4, 5]);
    expect(spread.relationships.values).toEqual([4, 5]);
    expect(spread.structure).toMatchObject({ values: [1, 2, 3, 4], range: 3, disagree: true });
    expect(spread.interest).toMatchObject({ range: 2, disagree: true });
    expect(talkFirst(spread)).toEqual(['structure', 'interest']);
  });

  it('keeps the agreed mark as the trend, with the median and spread next to it', () => {
    let s = createWorksheet(emptyGroupState(), 'G', 'w1', new Date(0));
    s = addCheckIn(
      s,
      'w1',
      {
        id: 'c1',
        date: '2026-02-01',
        ratings: { purpose: 3 },
        votes: [
          { name: 'A', marks: '2----' },
          { name: '', marks: '5----' },
        ],
      },
      new Date(0),
    );
    s = addCheckIn(s, 'w1', { id: 'c2', date: '2026-08-01', ratings: { purpose: 4 } }, new Date(0));
    const t = vitalityTrend(getWorksheet(s, 'w1')!.checkIns);
    expect(t.series.purpose.map((p) => [p.rating, p.median, p.low, p.high, p.voters, p.disagree])).toEqual([
      [3, 3.5, 2, 5, 2, true],
      [4, null, null, null, 0, false],
    ]);
  });

  it('drops invalid votes and keeps at most the limit', () => {
    const many = Array.from({ length: limits.votes + 5 }, () => ({ name: ' x ', marks: '33333' }));
    let s = createWorksheet(emptyGroupState(), 'G', 'w1', new Date(0));
    s = addCheckIn(
      s,
      'w1',
      { id: 'c1', date: '2026-02-01', votes: [{ name: '', marks: '99999' }, { name: '', marks: '-----' }, ...many] },
      new Date(0),
    );
    const votes = getWorksheet(s, 'w1')!.checkIns[0]!.votes;
    expect(votes).toHaveLength(limits.votes);
    expect(votes[0]).toEqual({ name: 'x', marks: '33333' });
  });
});

describe('a member’s code from their own phone', () => {
  it('round-trips the marks, and a name only when one is typed', () => {
    const ratings = { purpose: 3, relationships: 4, interest: null, passion: 5, structure: 2 } as const;
    expect(marksOf(ratings)).toBe('34-52');
    expect(ratingsOf('34-52')).toEqual(ratings);
    const code = encodeMarksCode(ratings);
    expect(code).toBe('m1-34-52');
    expect(decodeMarksCode(code)).toEqual({ ok: true, vote: { name: '', marks: '34-52' } });
    const named = encodeMarksCode(ratings, ' Søren Å-B ');
    expect(decodeMarksCode(named)).toEqual({ ok: true, vote: { name: 'Søren Å-B', marks: '34-52' } });
    expect(decodeMarksCode(`https://example.org/oevelser/gruppens-formaal/#${named}`)).toMatchObject({ ok: true });
    expect(decodeMarksCode('  M1-55555 ')).toEqual({ ok: true, vote: { name: '', marks: '55555' } });
  });

  it('refuses malformed codes', () => {
    for (const bad of ['', 'm1-', 'm1-3452', 'm1-345267', 'm1-34x52', 'm2-34152', 'v1-c1-a8-i2-l3', 'm1-34152-%E0%A4%A', '__proto__']) {
      expect(decodeMarksCode(bad), bad).toEqual({ ok: false, reason: 'malformed' });
    }
    expect(decodeMarksCode(undefined as never)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeMarksCode('m1------')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses oversized codes and names', () => {
    expect(decodeMarksCode(`m1-34152-${'a'.repeat(MAX_MARKS_CODE_LENGTH)}`)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeMarksCode(`m1-34152-${'a'.repeat(41)}`)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeMarksCode(encodeMarksCode({ purpose: 1 }, 'a'.repeat(100)))).toEqual({
      ok: true,
      vote: { name: 'a'.repeat(40), marks: '1----' },
    });
  });
});
