import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import type { Due } from '../../../../lib/contacts/followUp/rhythm';
import { roles, type Person } from '../../../../lib/contacts/types';

/** Why someone is on the due list, in words: "12 days overdue", "due today", "no date yet". */
export function whyDue(s: ContactStrings, due: Due): string {
  const h = s.habit;
  if (due.daysOverdue === null) return h.noDate;
  if (due.daysOverdue === 0) return h.dueToday;
  return due.daysOverdue === 1 ? h.overdueOneDay : fill(h.overdueDays, { n: due.daysOverdue });
}

/** A person's roles for the goal, in the fixed order, as words. */
export const roleWords = (s: ContactStrings, p: Person): string =>
  roles
    .filter((r) => p.roles.includes(r))
    .map((r) => s.roles[r])
    .join(', ');
