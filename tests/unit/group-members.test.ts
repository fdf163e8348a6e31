import { describe, expect, it } from 'vitest';
import { isShareCode, planPastedResults, readResultLine } from '../../src/lib/group/members';
import { groupSpread } from '../../src/lib/group/spread';
import {
  addMemberResults,
  createWorksheet,
  emptyGroupState,
  getWorksheet,
  removeMemberResult,
  renameMemberResult,
} from '../../src/lib/group/state';
import { limits, type MemberResult } from '../../src/lib/group/types';
import { SHARE_MAX_ITEMS } from '../../src/lib/quiz/public';

const t0 = new Date('2026-11-01T10:00:00Z');
const link = (code: string) => `https://netvaerkskompasset.dk/oevelser/hvad-vil-du/#${code}`;
const stored = (code: string, name = '', id = code.replace(/[^a-z0-9]/gi, '')): MemberResult => ({ id, name, code });

describe('reading a pasted result line', () => {
  it('reads a link or a bare code, with a name or initials before or after it', () => {
    expect(readResultLine(link('v1-c1-a8-i2-l3'))).toEqual({ ok: true, name: '', code: 'v1-c1-a8-i2-l3' });
    expect(readResultLine(`KB: ${link('v1-c1-a8-i2-l3')}`)).toEqual({ ok: true, name: 'KB', code: 'v1-c1-a8-i2-l3' });
    expect(readResultLine(`v1-c1-a8-i2-l3 – Karen Berg.`)).toEqual({ ok: true, name: 'Karen Berg', code: 'v1-c1-a8-i2-l3' });
    expect(readResultLine(`${'x'.repeat(200)} v1-c1-a8-i2-l3`)).toMatchObject({ ok: true, name: 'x'.repeat(limits.voterName) });
  });

  it('says why a line is not a result', () => {
    expect(readResultLine('not a link')).toEqual({ ok: false, reason: 'not-a-link' });
    expect(readResultLine('https://example.org/')).toEqual({ ok: false, reason: 'not-a-link' });
    expect(readResultLine('v1-c99-a0-i0-l0')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(readResultLine('v1-c0-a0-i0-l0')).toEqual({ ok: false, reason: 'empty' });
    expect(readResultLine('v1-banana')).toEqual({ ok: false, reason: 'not-a-link' });
  });

  it('stores only codes written the one way', () => {
    expect(isShareCode('v1-c1-a8-i2-l3')).toBe(true);
    expect(isShareCode('v1-c01-a8-i2-l3')).toBe(false);
    expect(isShareCode('#v1-c1-a8-i2-l3')).toBe(false);
    expect(isShareCode('v1-c99-a0-i0-l0')).toBe(false);
  });
});

describe('reasons for lines not used', () => {
  it('counts and explains every line that is not added: not a link, a duplicate, over the limit', () => {
    const existing = [stored('v1-c1-a8-i2-l3')];
    const pasted = [
      link('v1-c1-a8-i2-l3'), // already on the worksheet
      'v1-c6-a2-i2-l4',
      '',
      'hello',
      'v1-c6-a2-i2-l4', // earlier in the paste
      'AB v1-c6-a2-i2-l4', // same result, another member (a name tells them apart)
      'v1-c99-a0-i0-l0',
    ].join('\n');
    const plan = planPastedResults(pasted, existing);
    expect(plan.add).toEqual([
      { line: 2, name: '', code: 'v1-c6-a2-i2-l4' },
      { line: 6, name: 'AB', code: 'v1-c6-a2-i2-l4' },
    ]);
    expect(plan.unused.map((u) => [u.line, u.reason])).toEqual([
      [1, 'duplicate'],
      [4, 'not-a-link'],
      [5, 'duplicate'],
      [7, 'out-of-range'],
    ]);
    expect(plan.counts).toEqual({ 'not-a-link': 1, 'out-of-range': 1, empty: 0, duplicate: 2, 'over-limit': 0 });
  });

  it(`keeps ${limits.memberResults} members and says the rest are over the limit`, () => {
    const codes = Array.from({ length: 140 }, (_, i) => `M${i} v1-c${(i % SHARE_MAX_ITEMS) + 1}-a0-i0-l0`);
    const plan = planPastedResults(codes.join('\n'), []);
    expect(limits.memberResults).toBeGreaterThanOrEqual(100);
    expect(plan.add).toHaveLength(limits.memberResults);
    expect(plan.counts['over-limit']).toBe(140 - limits.memberResults);
    expect(plan.unused.every((u) => u.reason === 'over-limit')).toBe(true);
    const almostFull = Array.from({ length: 98 }, (_, i) => stored('v1-c1-a0-i0-l0', `N${i}`, `r${i}`));
    expect(planPastedResults(codes.slice(0, 5).join('\n'), almostFull).counts['over-limit']).toBe(3);
  });

  it('never crashes on hostile input', () => {
    const hostile = ['<script>', '#'.repeat(10_000), '__proto__', '\u0000\u202e', 'x'.repeat(100_000)].join('\r\n');
    const plan = planPastedResults(hostile, []);
    expect(plan.add).toEqual([]);
    expect(plan.counts['not-a-link']).toBe(5);
    expect(plan.unused.every((u) => u.text.length <= 80)).toBe(true);
    expect(planPastedResults(undefined as never, []).unused).toEqual([]);
  });
});

describe('members’ results on a worksheet', () => {
  const base = createWorksheet(emptyGroupState(), 'Lederne', 'w1', t0);
  it('are added, named, removed one by one, and duplicates are refused', () => {
    let s = addMemberResults(
      base,
      'w1',
      [
        { id: 'r1', name: 'KB', code: 'v1-c1-a8-i2-l3' },
        { id: 'r2', code: 'v1-c6-a2-i2-l4' },
        { id: 'r3', name: 'kb', code: 'v1-c1-a8-i2-l3' },
        { id: 'r4', code: 'not-a-code' },
      ],
      t0,
    );
    expect(getWorksheet(s, 'w1')!.memberResults.map((m) => m.id)).toEqual(['r1', 'r2']);
    expect(addMemberResults(s, 'w1', [{ id: 'r5', name: 'KB', code: 'v1-c1-a8-i2-l3' }], t0)).toBe(s);
    s = renameMemberResult(s, 'w1', 'r2', 'Ole', t0);
    expect(getWorksheet(s, 'w1')!.memberResults[1]!.name).toBe('Ole');
    s = removeMemberResult(s, 'w1', 'r1', t0);
    expect(getWorksheet(s, 'w1')!.memberResults.map((m) => m.name)).toEqual(['Ole']);
  });

  it('give the group view: what members want first next to the chosen purpose', () => {
    const results = [stored('v1-c1-a8-i2-l3'), stored('v1-c6-a2-i2-l4'), stored('v1-c2-a6-i0-l6')];
    const v = groupSpread(results, 'access');
    expect(v.primaryCounts).toEqual({ community: 1, access: 2, influence: 0, learning: 1 });
    expect(v.verdict).toEqual({ kind: 'most', purpose: 'access', matching: 2, valid: 3, commonest: ['access'] });
  });
});
