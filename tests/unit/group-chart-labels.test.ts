import { describe, expect, it } from 'vitest';
import { labelledPoints } from '../../src/lib/group/chartLabels';

describe('the trend chart’s date labels', () => {
  it('labels every check-in while they fit', () => {
    expect(labelledPoints(0, 5)).toEqual([]);
    expect(labelledPoints(1, 5)).toEqual([0]);
    expect(labelledPoints(5, 5)).toEqual([0, 1, 2, 3, 4]);
  });

  it('labels the latest check-in and others evenly spaced before it, never more than fit, for a year and more', () => {
    // A year of fortnightly check-ins: the labels that ran into each other were the last two.
    expect(labelledPoints(26, 5)).toEqual([4, 11, 18, 25]);
    for (let count = 6; count <= 120; count++) {
      const shown = labelledPoints(count, 5);
      expect(shown.length).toBeLessThanOrEqual(5);
      expect(shown.length).toBeGreaterThanOrEqual(2);
      expect(shown.at(-1)).toBe(count - 1);
      expect(shown[0]).toBeGreaterThanOrEqual(0);
      const gaps = new Set(shown.slice(1).map((p, i) => p - shown[i]!));
      expect(gaps.size).toBe(1);
    }
  });
});
