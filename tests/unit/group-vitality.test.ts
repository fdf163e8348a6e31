import { describe, expect, it } from 'vitest';
import { emptyRatings } from '../../src/lib/group/state';
import { marks, type CheckIn, type Ratings } from '../../src/lib/group/types';
import { markText, scoreCheckIn, suggestionsFor, vitalitySuggestions, vitalityTrend } from '../../src/lib/group/vitality';

const r = (partial: Partial<Ratings>): Ratings => ({ ...emptyRatings(), ...partial });
const checkIn = (id: string, date: string, ratings: Partial<Ratings>): CheckIn => ({ id, date, ratings: r(ratings), note: '', votes: [] });

describe('scoreCheckIn', () => {
  it('has no score and nothing weak when nothing is rated', () => {
    expect(scoreCheckIn({ ratings: emptyRatings() })).toEqual({ average: null, rated: 0, lowest: null, weakest: [], even: false });
  });

  it('averages only the rated marks and finds the weakest', () => {
    const s = scoreCheckIn({ ratings: r({ purpose: 4, relationships: 2, interest: 5 }) });
    expect(s.average).toBeCloseTo(11 / 3);
    expect(s.rated).toBe(3);
    expect(s.lowest).toBe(2);
    expect(s.weakest).toEqual(['relationships']);
    expect(s.even).toBe(false);
  });

  it('keeps ties for weakest, in the fixed order of the marks', () => {
    const s = scoreCheckIn({ ratings: r({ structure: 2, purpose: 3, interest: 2, passion: 4 }) });
    expect(s.weakest).toEqual(['interest', 'structure']);
    expect(s.average).toBe(2.75);
  });

  it('calls all-equal ratings even, with every rated mark weakest', () => {
    const s = scoreCheckIn({ ratings: r({ purpose: 3, relationships: 3, interest: 3, passion: 3, structure: 3 }) });
    expect(s).toEqual({ average: 3, rated: 5, lowest: 3, weakest: [...marks], even: true });
    const partial = scoreCheckIn({ ratings: r({ passion: 1, structure: 1 }) });
    expect(partial.weakest).toEqual(['passion', 'structure']);
    expect(partial.even).toBe(true);
  });

  it('finds nothing weak when the lowest rating is the top one', () => {
    const s = scoreCheckIn({ ratings: r({ purpose: 5, interest: 5 }) });
    expect(s).toMatchObject({ average: 5, weakest: [], even: true });
  });
});

describe('suggestions', () => {
  it('has two or three suggestions per mark in both languages, all different', () => {
    const all: string[] = [];
    for (const mark of marks) {
      const list = vitalitySuggestions[mark];
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(3);
      for (const s of list) {
        expect(s.da.trim().length).toBeGreaterThan(20);
        expect(s.en.trim().length).toBeGreaterThan(20);
        expect(s.da).not.toBe(s.en);
        all.push(s.da, s.en);
      }
      expect(markText[mark].name.da).not.toBe('');
      expect(markText[mark].name.en).not.toBe('');
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives the suggestions for the weakest marks in the reader’s language', () => {
    const { weakest } = scoreCheckIn({ ratings: r({ interest: 1, purpose: 4 }) });
    const da = suggestionsFor(weakest, 'da');
    expect(da.map((d) => d.mark)).toEqual(['interest']);
    expect(da[0]!.suggestions.some((s) => /spørgsmål/.test(s))).toBe(true);
    const en = suggestionsFor(weakest, 'en');
    expect(en[0]!.suggestions).toEqual(vitalitySuggestions.interest.map((s) => s.en));
    expect(suggestionsFor([], 'en')).toEqual([]);
  });
});

describe('vitalityTrend', () => {
  it('orders check-ins by date and reports the change from the one before', () => {
    const trend = vitalityTrend([
      checkIn('c3', '2027-06-01', { purpose: 4, relationships: 2, interest: 3 }),
      checkIn('c1', '2026-06-01', { purpose: 2, relationships: 3 }),
      checkIn('c2', '2026-12-01', { purpose: 3, relationships: 3, interest: 4, structure: 5 }),
    ]);
    expect(trend.points.map((p) => p.date)).toEqual(['2026-06-01', '2026-12-01', '2027-06-01']);
    expect(trend.points.map((p) => p.average)).toEqual([2.5, 3.75, 3]);
    expect(trend.series.purpose.map((p) => [p.rating, p.change, p.delta])).toEqual([
      [2, 'new', null],
      [3, 'up', 1],
      [4, 'up', 1],
    ]);
    expect(trend.series.relationships.map((p) => p.change)).toEqual(['new', 'same', 'down']);
    expect(trend.series.interest.map((p) => p.change)).toEqual(['none', 'new', 'down']);
    expect(trend.series.structure.map((p) => p.change)).toEqual(['none', 'new', 'none']);
    expect(trend.series.passion.every((p) => p.rating === null && p.change === 'none')).toBe(true);
    expect(trend.latest).toEqual({ purpose: 'up', relationships: 'down', interest: 'down', passion: 'none', structure: 'none' });
    expect(trend.series.purpose.map((p) => p.checkInId)).toEqual(['c1', 'c2', 'c3']);
  });

  it('keeps same-day check-ins in the order they were made', () => {
    const trend = vitalityTrend([checkIn('b', '2026-01-01', { purpose: 5 }), checkIn('a', '2026-01-01', { purpose: 1 })]);
    expect(trend.points.map((p) => p.checkInId)).toEqual(['b', 'a']);
    expect(trend.series.purpose[1]).toMatchObject({ change: 'down', delta: -4 });
  });

  it('is empty without check-ins, and does not reorder its input', () => {
    const trend = vitalityTrend([]);
    expect(trend.points).toEqual([]);
    expect(trend.latest.purpose).toBe('none');
    const input = Object.freeze([checkIn('x', '2027-01-01', {}), checkIn('y', '2026-01-01', {})]);
    vitalityTrend(input);
    expect(input.map((c) => c.id)).toEqual(['x', 'y']);
  });
});
