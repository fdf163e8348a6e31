import { describe, expect, it } from 'vitest';
import { groupSpread, MAX_SPREAD_LINES, parseShareLine, SHARE_MAX_ITEMS } from '../../src/lib/group/spread';
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
    [link('v1-c10-a5-i0-l0'), 'out-of-range'],
    [link('v1-c0-a0-i0-l0'), 'empty'],
  ])('reports %j as %s', (text, reason) => {
    expect(parseShareLine(text)).toEqual({ ok: false, reason });
  });
  it('bounds the scores by the quiz length', () => {
    expect(SHARE_MAX_ITEMS).toBe(quizItems.length);
    expect(parseShareLine('v1-c10-a5-i0-l0', 20)).toMatchObject({ ok: true });
  });
});

describe('groupSpread', () => {
  it('counts what each member wants first and sums the scores', () => {
    const pasted = [link('v1-c1-a8-i2-l3'), '', link('v1-c6-a2-i2-l4'), '   ', 'v1-c2-a6-i0-l6', 'not a link'].join('\n');
    const s = groupSpread(pasted, 'access');
    expect(s.valid).toBe(3);
    expect(s.invalid).toBe(1);
    expect(s.lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [3, true],
      [5, true],
      [6, false],
    ]);
    // The tie in line 5 counts for both access and learning.
    expect(s.primaryCounts).toEqual({ community: 1, access: 2, influence: 0, learning: 1 });
    expect(s.commonest).toEqual(['access']);
    expect(s.total).toEqual({ community: 9, access: 16, influence: 4, learning: 13 });
    expect(s.verdict).toEqual({ kind: 'most', purpose: 'access', matching: 2, valid: 3, commonest: ['access'] });
  });

  it('says when the chosen first purpose matches few members', () => {
    const pasted = ['v1-c8-a1-i1-l1', 'v1-c7-a2-i2-l1', 'v1-c1-a1-i1-l9', 'v1-c9-a1-i1-l1'].join('\n');
    expect(groupSpread(pasted, 'learning').verdict).toEqual({
      kind: 'few',
      purpose: 'learning',
      matching: 1,
      valid: 4,
      commonest: ['community'],
    });
    expect(groupSpread(pasted, 'influence').verdict).toMatchObject({ kind: 'few', matching: 0 });
    expect(groupSpread(pasted, 'community').verdict).toMatchObject({ kind: 'most', matching: 3 });
    // Exactly a third is not "few"; exactly half is not "most".
    expect(groupSpread(['v1-c5-a0-i0-l0', 'v1-c0-a5-i0-l0', 'v1-c0-a0-i5-l0'].join('\n'), 'access').verdict).toMatchObject({
      kind: 'some',
    });
    expect(groupSpread(['v1-c5-a0-i0-l0', 'v1-c0-a5-i0-l0'].join('\n'), 'access').verdict).toMatchObject({ kind: 'some' });
  });

  it('has no verdict without members or without a chosen purpose', () => {
    expect(groupSpread('', 'access').verdict).toEqual({ kind: 'no-members' });
    expect(groupSpread('garbage\n#v1-c0-a0-i0-l0', 'access').verdict).toEqual({ kind: 'no-members' });
    expect(groupSpread('v1-c0-a3-i0-l0', null).verdict).toEqual({ kind: 'no-choice', commonest: ['access'] });
    expect(groupSpread('', null)).toMatchObject({ valid: 0, invalid: 0, commonest: [], lines: [] });
  });

  it('never crashes on hostile or odd input, and reports each bad line', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '#'.repeat(10_000),
      'v1-c99-a0-i0-l0',
      'v1-c3-a5-i2-l4#v1-c3-a5-i2-l4',
      '__proto__',
      '\u0000\u202e',
      'x'.repeat(100_000),
      'v1-c1-a1-i1-l1\r',
    ].join('\r\n');
    const s = groupSpread(hostile, 'learning');
    expect(s.lines.map((l) => (l.ok ? 'ok' : l.reason))).toEqual([
      'malformed',
      'malformed',
      'out-of-range',
      'ok',
      'malformed',
      'malformed',
      'malformed',
      'ok',
    ]);
    expect(s.lines.every((l) => l.text.length <= 120)).toBe(true);
    expect(groupSpread(undefined as never, 'access').verdict).toEqual({ kind: 'no-members' });
  });

  it(`reads at most ${MAX_SPREAD_LINES} non-blank lines and counts the rest`, () => {
    const pasted = Array.from({ length: 75 }, () => 'v1-c1-a0-i0-l0\n').join('\n');
    const s = groupSpread(pasted, 'community');
    expect(s.lines).toHaveLength(MAX_SPREAD_LINES);
    expect(s.valid).toBe(MAX_SPREAD_LINES);
    expect(s.ignored).toBe(15);
    expect(s.lines.at(-1)!.line).toBe(2 * MAX_SPREAD_LINES - 1);
  });
});
