import { describe, expect, it } from 'vitest';
import { combineScale, type ScaleResult } from '../../bench/lib/scaling';

const build = (astroSeconds: number, astroPeakRss: number | null, extra: Partial<ScaleResult> = {}): ScaleResult => ({
  articlesPerLanguage: 1000,
  pages: 2068,
  astroSeconds,
  astroPeakRss,
  pagefindSeconds: astroSeconds / 4,
  pagefindPeakRss: 700,
  indexBytes: 1,
  indexFiles: 1,
  swSeconds: 0.5,
  precache: null,
  astroRounds: [astroSeconds],
  ...extra,
});

describe('build scaling measured in interleaved rounds', () => {
  it('reports the median time of each step and the largest peak memory, so one slow build does not decide the goal', () => {
    const combined = combineScale([build(31, 1200), build(44, 1300), build(33, null, { swSeconds: 0.7 })]);
    expect(combined.astroSeconds).toBe(33);
    expect(combined.pagefindSeconds).toBe(33 / 4);
    expect(combined.swSeconds).toBe(0.5);
    expect(combined.astroPeakRss).toBe(1300);
    expect(combined.astroRounds).toEqual([31, 44, 33]);
  });

  it('is the build itself when there was one round, and refuses to combine none', () => {
    const one = build(30, 1250);
    expect(combineScale([one])).toEqual(one);
    expect(() => combineScale([])).toThrow(/no builds/);
  });
});
