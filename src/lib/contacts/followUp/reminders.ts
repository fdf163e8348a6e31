import { nextContact, rruleOf } from './rhythm';
import type { DueCandidate } from './rhythm';

/** When a person's calendar reminder falls, and how it repeats. */
export interface ReminderPlan {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The rhythm as an RRULE, or null for a single reminder. */
  rrule: string | null;
}

/**
 * A chosen person's reminder: their rhythm's next contact when it is still ahead, else `picked` (the
 * day the reader chose for everyone without one: no rhythm, no date yet, or a rhythm already run out,
 * where a reminder in the past would never ring). A rhythm repeats from whichever day it starts.
 */
export function reminderFor(person: Pick<DueCandidate, 'lastContact' | 'rhythm'>, today: string, picked: string): ReminderPlan {
  const next = nextContact(person.lastContact, person.rhythm);
  return { date: next !== null && next > today ? next : picked, rrule: rruleOf(person.rhythm) };
}
