import { isIsoDate } from '../../shared/ids';
import { subtractMonths } from './calendar';
import type { ContactRole, Rhythm } from '../types';

export { rhythms, type Rhythm } from '../types';

/**
 * Staying in touch as a habit: each person on the map may have a rhythm, and the due list holds the
 * people whose rhythm has run out, plus the people who matter for the goal and have no date at all.
 * People with neither a rhythm nor a role are never "due": a list of everyone is a list nobody reads.
 * (A contact rhythm per person is what personal CRMs such as Monica keep; here it lives on the device.)
 *
 * Dates are `YYYY-MM-DD` strings; day counts use UTC midnights, so the machine's time zone never
 * moves a date.
 */

/** Each rhythm as a calendar step, and as the RRULE a calendar repeats it with (RFC 5545 §3.3.10). */
const steps: Record<Exclude<Rhythm, 'none'>, { days?: number; months?: number; rrule: string }> = {
  twoWeeks: { days: 14, rrule: 'FREQ=WEEKLY;INTERVAL=2' },
  month: { months: 1, rrule: 'FREQ=MONTHLY' },
  quarter: { months: 3, rrule: 'FREQ=MONTHLY;INTERVAL=3' },
  halfYear: { months: 6, rrule: 'FREQ=MONTHLY;INTERVAL=6' },
  year: { months: 12, rrule: 'FREQ=YEARLY' },
};

/** The due list shows this many at first, with "show all" for the rest. */
export const DUE_SHOWN = 10;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
const fromDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The day `days` after `date` (before it, when negative). */
export const addDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days);

/** The RRULE for a rhythm, or null for none. */
export const rruleOf = (rhythm: Rhythm): string | null => (rhythm === 'none' ? null : steps[rhythm].rrule);

/** When the next contact is due: one rhythm after the last contact; null without a rhythm or a (valid) date. */
export function nextContact(lastContact: string | null, rhythm: Rhythm): string | null {
  if (rhythm === 'none' || lastContact === null || !isIsoDate(lastContact)) return null;
  const step = steps[rhythm];
  // Months forward are months subtracted backwards: the map's one calendar-month arithmetic (last day of a shorter month).
  return step.days ? fromDayNumber(dayNumber(lastContact) + step.days) : subtractMonths(lastContact, -step.months!);
}

/** What the due list needs to know of a person. */
export interface DueCandidate {
  id: string;
  roles: readonly ContactRole[];
  lastContact: string | null;
  rhythm: Rhythm;
}

export interface Due {
  id: string;
  /** Why they are on the list: the rhythm ran out, or they matter for the goal and have no date. */
  reason: 'rhythm' | 'noDate';
  /** Days since the next contact was due (0 on the day itself); null for `noDate`. */
  daysOverdue: number | null;
}

/** Why someone is due on `today`, and how many days over; null when they are not due (see `dueList`). */
export function dueReason(person: DueCandidate, today: string): Omit<Due, 'id'> | null {
  const next = nextContact(person.lastContact, person.rhythm);
  if (next !== null && next <= today) return { reason: 'rhythm', daysOverdue: daysBetween(next, today) };
  // A date a hand-edited file got wrong counts as no date.
  const noDate = person.lastContact === null || !isIsoDate(person.lastContact);
  if (noDate && person.roles.length > 0) return { reason: 'noDate', daysOverdue: null };
  return null;
}

/** Whether someone is due a contact on `today`: their rhythm ran out, or they have a role and no date. */
export const isDue = (person: DueCandidate, today: string): boolean => dueReason(person, today) !== null;

/**
 * Who is due, most important first: people with more roles for the goal before fewer, then the
 * longest overdue (someone with a role and no date at all comes before anyone with a date), then the
 * map's order. Everyone due is returned; the island shows `DUE_SHOWN` and offers the rest.
 */
export function dueList(people: readonly DueCandidate[], today: string): Due[] {
  const due: (Due & { roles: number; order: number })[] = [];
  people.forEach((person, order) => {
    const why = dueReason(person, today);
    if (why) due.push({ id: person.id, ...why, roles: person.roles.length, order });
  });
  const overdue = (d: Due) => d.daysOverdue ?? Number.POSITIVE_INFINITY;
  return due
    .sort((a, b) => b.roles - a.roles || overdue(b) - overdue(a) || a.order - b.order)
    .map(({ id, reason, daysOverdue }) => ({ id, reason, daysOverdue }));
}
