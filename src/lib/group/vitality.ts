import { vitalitySuggestions } from '../../data/group/vitality';
import type { Locale } from '../site/locale';
import { sortCheckIns } from './checkIns';
import { marks, type CheckIn, type Mark, type Rating } from './types';
import { voteSpread } from './votes';

/**
 * The vitality check-in: the signs of a group that lasts (`marks`), rated 1–5 every few months.
 * Scores one check-in, suggests what to do about the weakest marks, and follows each mark over time.
 * The signs' names, descriptions and suggestions are data, in `src/data/group/vitality.ts`.
 */

export { markText, vitalitySuggestions } from '../../data/group/vitality';

export interface CheckInScore {
  /** The average of the rated marks, or null when none is rated. Unrounded. */
  average: number | null;
  /** How many of the marks are rated. */
  rated: number;
  /** The lowest rating given, or null when none is rated. */
  lowest: Rating | null;
  /**
   * The marks with the lowest rating, in the fixed order of `marks` (ties are all kept). Empty when
   * nothing is rated, and when the lowest rating is 5: then nothing is weak.
   */
  weakest: Mark[];
  /** Every rated mark got the same rating (so "weakest" is all of them). */
  even: boolean;
}

/** Score one check-in. */
export function scoreCheckIn(checkIn: Pick<CheckIn, 'ratings'>): CheckInScore {
  const rated = marks.filter((m) => checkIn.ratings[m] !== null);
  if (!rated.length) return { average: null, rated: 0, lowest: null, weakest: [], even: false };
  const values = rated.map((m) => checkIn.ratings[m] as Rating);
  const lowest = Math.min(...values) as Rating;
  const highest = Math.max(...values);
  const average = values.reduce((a, b) => a + b, 0) / values.length;
  const weakest = lowest === 5 ? [] : rated.filter((m) => checkIn.ratings[m] === lowest);
  return { average, rated: rated.length, lowest, weakest, even: lowest === highest };
}

/** The suggestions for some marks (usually `scoreCheckIn(…).weakest`), in one language. */
export function suggestionsFor(forMarks: readonly Mark[], lang: Locale): { mark: Mark; suggestions: string[] }[] {
  return forMarks.map((mark) => ({ mark, suggestions: vitalitySuggestions[mark].map((s) => s[lang]) }));
}

/**
 * How a mark moved since the check-in before: up, down or the same; new when the previous check-in
 * did not rate it (or there is none); none when this check-in does not rate it.
 */
export type Change = 'up' | 'down' | 'same' | 'new' | 'none';

export interface TrendPoint {
  checkInId: string;
  date: string;
  rating: Rating | null;
  change: Change;
  /** The difference from the previous check-in's rating, when both are rated. */
  delta: number | null;
  /** The members' own marks for the sign (when they voted): the median, lowest and highest, and how many. */
  median: number | null;
  low: Rating | null;
  high: Rating | null;
  voters: number;
  /** Members' marks lie 2 or more apart. */
  disagree: boolean;
}

export interface VitalityTrend {
  /** The check-ins in date order (same-day check-ins in the order they were made). */
  points: { checkInId: string; date: string; average: number | null }[];
  /** Per mark, one point per check-in, in date order: the chart's lines and the table's rows. */
  series: Record<Mark, TrendPoint[]>;
  /** Per mark, the change at the latest check-in ('none' when there are no check-ins). */
  latest: Record<Mark, Change>;
}

function changeOf(rating: Rating | null, previous: Rating | null | undefined): { change: Change; delta: number | null } {
  if (rating === null) return { change: 'none', delta: null };
  if (previous === null || previous === undefined) return { change: 'new', delta: null };
  const delta = rating - previous;
  return { change: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same', delta };
}

/** Each mark over the dated check-ins, with the change from one check-in to the next. */
export function vitalityTrend(checkIns: readonly CheckIn[]): VitalityTrend {
  const sorted = sortCheckIns(checkIns);
  const series = {} as Record<Mark, TrendPoint[]>;
  const latest = {} as Record<Mark, Change>;
  const spreads = sorted.map((c) => voteSpread(c.votes ?? []));
  for (const mark of marks) {
    series[mark] = sorted.map((c, i) => {
      const rating = c.ratings[mark];
      const spread = spreads[i]![mark];
      return {
        checkInId: c.id,
        date: c.date,
        rating,
        ...changeOf(rating, sorted[i - 1]?.ratings[mark]),
        median: spread.median,
        low: spread.low,
        high: spread.high,
        voters: spread.values.length,
        disagree: spread.disagree,
      };
    });
    latest[mark] = series[mark].at(-1)?.change ?? 'none';
  }
  const points = sorted.map((c) => ({ checkInId: c.id, date: c.date, average: scoreCheckIn(c).average }));
  return { points, series, latest };
}
