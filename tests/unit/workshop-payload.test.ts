import { describe, expect, it } from 'vitest';
import { decodePayload, encodeQuizPayload, encodeVitalityPayload, MAX_PAYLOAD_CHARS } from '../../src/lib/workshop/payload';

const MAX = 16;

describe('QR payloads', () => {
  it('round-trips a quiz result: only the four scores, the same text as the share link’s fragment', () => {
    const scores = { community: 3, access: 5, influence: 2, learning: 6 };
    const code = encodeQuizPayload(scores);
    expect(code).toBe('v1-c3-a5-i2-l6');
    expect(decodePayload(code, MAX)).toEqual({ ok: true, kind: 'quiz', code, scores });
  });

  it('reads a whole share link, upper case and stray spaces as the same code', () => {
    const scores = { community: 1, access: 0, influence: 0, learning: 2 };
    expect(decodePayload(' https://netvaerkskompasset.dk/oevelser/hvad-vil-du/#v1-c1-a0-i0-l2 ', MAX)).toMatchObject({
      ok: true,
      code: 'v1-c1-a0-i0-l2',
      scores,
    });
    expect(decodePayload('V1-C1-A0-I0-L2', MAX)).toMatchObject({ ok: true, code: 'v1-c1-a0-i0-l2' });
  });

  it('round-trips a member’s vitality marks, with a sign left out', () => {
    const marks = { purpose: 3, relationships: 4, interest: 2, structure: 5 } as const;
    const code = encodeVitalityPayload(marks);
    expect(code).toBe('vt1-34205');
    expect(decodePayload(code, MAX)).toEqual({ ok: true, kind: 'vitality', code, marks });
  });

  it('refuses malformed, out-of-range, empty and oversized input without throwing', () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['hello', 'format'],
      ['v1-c3-a5-i2', 'format'],
      ['v1-c3-a5-i2-l4-x9', 'format'],
      ['v2-c3-a5-i2-l4', 'format'],
      ['v1-c17-a0-i0-l0', 'range'],
      ['v1-c9-a9-i0-l0', 'range'],
      ['v1-c0-a0-i0-l0', 'empty'],
      ['vt1-00000', 'empty'],
      ['vt1-3420', 'format'],
      ['vt1-34206', 'format'],
      ['v1-c1-a1-i1-l<script>', 'format'],
      [`v1-c1-a1-i1-l1${' '.repeat(MAX_PAYLOAD_CHARS)}`, 'oversized'],
      ['x'.repeat(100_000), 'oversized'],
    ];
    for (const [input, reason] of cases)
      expect(decodePayload(input, MAX), JSON.stringify(input.slice(0, 30))).toEqual({ ok: false, reason });
  });
});
