import { describe, expect, it } from 'vitest';
import { encodeMarksCode } from '../../src/lib/group/votes';
import { encodeQuizPayload, encodeVitalityPayload } from '../../src/lib/workshop/payload';
import { addScannedMarks, readMarks } from '../../src/lib/workshop/round';

describe('members’ marks scanned into a round', () => {
  it('reads a scanned vitality code and a typed short code alike', () => {
    expect(readMarks(encodeVitalityPayload({ purpose: 3, relationships: 4, passion: 5, structure: 2 }))).toEqual({
      ok: true,
      vote: { name: '', marks: '34-52' },
    });
    expect(readMarks(encodeMarksCode({ purpose: 1, interest: 5 }, 'KB'))).toEqual({ ok: true, vote: { name: 'KB', marks: '1-5--' } });
    expect(readMarks('  VT1-11111 ')).toEqual({ ok: true, vote: { name: '', marks: '11111' } });
  });

  it('refuses a quiz result, an empty code and anything else, saying which', () => {
    expect(readMarks(encodeQuizPayload({ community: 3, access: 5, influence: 2, learning: 4 }))).toEqual({ ok: false, reason: 'quiz' });
    expect(readMarks('vt1-00000')).toEqual({ ok: false, reason: 'empty' });
    expect(readMarks('m1------')).toMatchObject({ ok: false });
    expect(readMarks('m1------').ok).toBe(false);
    expect(readMarks('vt1-12')).toMatchObject({ ok: false, reason: 'format' });
    expect(readMarks('x'.repeat(1000))).toMatchObject({ ok: false, reason: 'oversized' });
  });

  it('adds each member once, ignores the same code again unless the chair says it is someone else, and stops when the round is full', () => {
    const a = encodeVitalityPayload({ purpose: 3, relationships: 4, interest: 2, passion: 5, structure: 1 });
    const b = encodeVitalityPayload({ purpose: 5, relationships: 5, interest: 5, passion: 5, structure: 5 });
    let r = addScannedMarks([], a, { total: 2 });
    expect(r.outcome).toBe('added');
    const votes = r.outcome === 'added' ? r.votes : [];
    expect(addScannedMarks(votes, a, { total: 2 })).toEqual({ outcome: 'duplicate' });
    expect(addScannedMarks(votes, a, { total: 2, allowSame: true }).outcome).toBe('added');
    r = addScannedMarks(votes, b, { total: 2 });
    expect(r.outcome === 'added' && r.votes.map((v) => v.marks)).toEqual(['34251', '55555']);
    const full = r.outcome === 'added' ? r.votes : [];
    expect(addScannedMarks(full, encodeVitalityPayload({ purpose: 1 }), { total: 2 })).toEqual({ outcome: 'invalid', reason: 'full' });
    // The same marks with a different name are another member.
    expect(
      addScannedMarks(votes, encodeMarksCode({ purpose: 3, relationships: 4, interest: 2, passion: 5, structure: 1 }, 'Ea'), { total: 3 })
        .outcome,
    ).toBe('added');
  });
});
