import { emptyRatings } from '../../../lib/group/state';
import { limits, marks, ratings, VOTE_MARKS_PATTERN, type Rating, type Ratings, type Vote } from '../../../lib/group/types';

/*
 * What the vitality check keeps as drafts while it is being filled in (the marks of a check-in, a round of
 * votes in progress), read back from the JSON the check wrote.
 */

export interface Round {
  total: number;
  votes: Vote[];
  revealed: boolean;
}

/** Marks from a draft (JSON this component wrote); anything unreadable counts as no marks. */
export function readRatings(text: string): Ratings {
  const result = emptyRatings();
  if (!text) return result;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    for (const m of marks) {
      const r = parsed[m];
      if ((ratings as readonly unknown[]).includes(r)) result[m] = r as Rating;
    }
  } catch {
    // not ours: start with no marks
  }
  return result;
}

/** A round in progress from a draft; anything unreadable counts as no round. */
export function readRound(text: string): Round | null {
  if (!text) return null;
  try {
    const r = JSON.parse(text) as Partial<Round>;
    const votes = Array.isArray(r.votes)
      ? r.votes.filter(
          (v): v is Vote => typeof v?.name === 'string' && v.name.length <= limits.voterName && VOTE_MARKS_PATTERN.test(String(v?.marks)),
        )
      : [];
    if (typeof r.total !== 'number' || !Number.isInteger(r.total) || r.total < 1 || r.total > limits.votes) return null;
    return { total: r.total, votes: votes.slice(0, r.total), revealed: r.revealed === true };
  } catch {
    return null;
  }
}
