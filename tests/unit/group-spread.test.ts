import { describe, expect, it } from 'vitest';
import { groupSpread, parseShareLine, SHARE_MAX_ITEMS } from '../../src/lib/group/spread';
import { quizItems } from '../../src/lib/quiz/bank';

const link = (code: string) => `https://netvaerkskompasset.dk/oevelser/hvad-vil-du/#${code}`;

describe('parseShareLine', () => {
  it('reads links and bare codes', () => {
    expect(parseShareLine(link('v1-c3-a5-i2-l4'))).toEqual({ ok: true, scores: { community: 3, access: 5, influence: 2, learning: 4 } });
    expect(parseShareLine('  v1-c1-a0-i0-l0  ')).toMatchObject({ ok: true });
  });
  it.each([
    ['Hej, her er mit resultat', 'malformed'],
    ['https://example.com/#', 'malformed'],
    ['v1-c3-a5-i2-l4 tak!', 'malformed'],
    [link(`v1-c${SHARE_MAX_ITEMS}-a1-i0-l0`), 'out-of-range'],
    [link('v1-c0-a0-i0-l0'), 'empty'],
  ])('reports %j as %s', (text, reason) => {
    expect(parseShareLine(text)).toEqual({ ok: false, reason });
  });
  it('bounds the scores by the quiz length', () => {
    expect(SHARE_MAX_ITEMS).toBe(quizItems.length);
    expect(parseShareLine('v1-c10-a5-i0-l0', 20)).toMatchObject({ ok: true });
  });
});

const member = (code: string, i = 0) => ({ id: `r${i}`, name: '', code });
const members = (codes: string[]) => codes.map(member);

describe('groupSpread', () => {
  it('counts what each member wants first and sums the scores', () => {
    const s = groupSpread(members(['v1-c1-a8-i2-l3', 'v1-c6-a2-i2-l4', 'v1-c2-a6-i0-l6', 'not a code']), 'access');
    expect(s.valid).toBe(3);
    expect(s.members.map((m) => m.id)).toEqual(['r0', 'r1', 'r2']);
    // The tie in the third counts for both access and learning.
    expect(s.primaryCounts).toEqual({ community: 1, access: 2, influence: 0, learning: 1 });
    expect(s.commonest).toEqual(['access']);
    expect(s.total).toEqual({ community: 9, access: 16, influence: 4, learning: 13 });
    expect(s.verdict).toEqual({ kind: 'most', purpose: 'access', matching: 2, valid: 3, commonest: ['access'] });
  });

  it('says when the chosen first purpose matches few members', () => {
    const m = members(['v1-c8-a1-i1-l1', 'v1-c7-a2-i2-l1', 'v1-c1-a1-i1-l9', 'v1-c9-a1-i1-l1']);
    expect(groupSpread(m, 'learning').verdict).toEqual({
      kind: 'few',
      purpose: 'learning',
      matching: 1,
      valid: 4,
      commonest: ['community'],
    });
    expect(groupSpread(m, 'influence').verdict).toMatchObject({ kind: 'few', matching: 0 });
    expect(groupSpread(m, 'community').verdict).toMatchObject({ kind: 'most', matching: 3 });
    // Exactly a third is not "few"; exactly half is not "most".
    expect(groupSpread(members(['v1-c5-a0-i0-l0', 'v1-c0-a5-i0-l0', 'v1-c0-a0-i5-l0']), 'access').verdict).toMatchObject({ kind: 'some' });
    expect(groupSpread(members(['v1-c5-a0-i0-l0', 'v1-c0-a5-i0-l0']), 'access').verdict).toMatchObject({ kind: 'some' });
  });

  it('has no verdict without members or without a chosen purpose', () => {
    expect(groupSpread([], 'access').verdict).toEqual({ kind: 'no-members' });
    expect(groupSpread(members(['garbage', 'v1-c0-a0-i0-l0']), 'access').verdict).toEqual({ kind: 'no-members' });
    expect(groupSpread(members(['v1-c0-a3-i0-l0']), null).verdict).toEqual({ kind: 'no-choice', commonest: ['access'] });
    expect(groupSpread(undefined as never, 'access').verdict).toEqual({ kind: 'no-members' });
  });
});
