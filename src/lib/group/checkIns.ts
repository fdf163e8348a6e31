import { isIsoDate, isValidId } from '../shared/ids';
import { clampText, editWorksheet } from './edit';
import { emptyRatings } from './empty';
import {
  limits,
  marks,
  NO_MARKS,
  ratings as ratingValues,
  VOTE_MARKS_PATTERN,
  type CheckIn,
  type GroupState,
  type Rating,
  type Ratings,
  type Vote,
} from './types';

/* Vitality check-ins */

/** Check-ins in date order; same-day check-ins keep their order. Stable. */
export const sortCheckIns = (list: readonly CheckIn[]): CheckIn[] =>
  [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

const isRating = (v: unknown): v is Rating => (ratingValues as readonly unknown[]).includes(v);

/** Ratings with only the known marks and valid values (1–5 or null) of `patch` applied. */
function applyRatings(base: Ratings, patch: Partial<Record<string, unknown>> | undefined): Ratings {
  const next = { ...base };
  if (!patch) return next;
  for (const mark of marks) {
    if (!Object.hasOwn(patch, mark)) continue;
    const v = patch[mark];
    if (v === null || isRating(v)) next[mark] = v;
  }
  return next;
}

export interface CheckInInput {
  id: string;
  date: string;
  ratings?: Partial<Ratings>;
  note?: string;
  /** Each member's own marks; invalid ones are dropped, names cut to their limit, at most `limits.votes`. */
  votes?: readonly Vote[];
}

const cleanVotes = (votes: readonly Vote[] | undefined): Vote[] =>
  (votes ?? [])
    .filter((v) => typeof v?.marks === 'string' && VOTE_MARKS_PATTERN.test(v.marks) && v.marks !== NO_MARKS)
    .slice(0, limits.votes)
    .map((v) => ({ name: clampText(typeof v.name === 'string' ? v.name.trim() : '', limits.voterName), marks: v.marks }));

/** Add a check-in (kept in date order). A date that is not `YYYY-MM-DD` is refused. */
export function addCheckIn(state: GroupState, worksheetId: string, input: CheckInInput, now: Date): GroupState {
  if (!isValidId(input.id) || !isIsoDate(input.date)) return state;
  return editWorksheet(state, worksheetId, now, (w) => {
    if (w.checkIns.length >= limits.checkIns || w.checkIns.some((c) => c.id === input.id)) return null;
    const entry: CheckIn = {
      id: input.id,
      date: input.date,
      ratings: applyRatings(emptyRatings(), input.ratings),
      note: clampText(input.note ?? '', limits.note),
      votes: cleanVotes(input.votes),
    };
    return { ...w, checkIns: sortCheckIns([...w.checkIns, entry]) };
  });
}

/** Change a check-in's date, some of its ratings (null clears one) or its note. */
export function updateCheckIn(
  state: GroupState,
  worksheetId: string,
  checkInId: string,
  patch: { date?: string; ratings?: Partial<Ratings>; note?: string },
  now: Date,
): GroupState {
  if (patch.date !== undefined && !isIsoDate(patch.date)) return state;
  return editWorksheet(state, worksheetId, now, (w) => {
    const current = w.checkIns.find((c) => c.id === checkInId);
    if (!current) return null;
    const next: CheckIn = {
      ...current,
      date: patch.date ?? current.date,
      ratings: applyRatings(current.ratings, patch.ratings),
      note: typeof patch.note === 'string' ? clampText(patch.note, limits.note) : current.note,
    };
    const same = next.date === current.date && next.note === current.note && marks.every((m) => next.ratings[m] === current.ratings[m]);
    if (same) return null;
    return { ...w, checkIns: sortCheckIns(w.checkIns.map((c) => (c.id === checkInId ? next : c))) };
  });
}

export function removeCheckIn(state: GroupState, worksheetId: string, checkInId: string, now: Date): GroupState {
  return editWorksheet(state, worksheetId, now, (w) =>
    w.checkIns.some((c) => c.id === checkInId) ? { ...w, checkIns: w.checkIns.filter((c) => c.id !== checkInId) } : null,
  );
}
