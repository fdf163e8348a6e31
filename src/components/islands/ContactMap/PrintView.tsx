import { useClientValue } from '../shared/useClientValue';
import { formatDay } from '../../../i18n/dates';
import { fill } from '../../../i18n/fill';
import { today } from '../../../stores/contacts';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Goal } from '../../../lib/contacts/types';
import type { Purpose } from '../../../lib/quiz/types';

/** The goal in words: the reader's own, else the chosen kind, and the quiz's purpose. */
export function goalText(s: ContactStrings, goal: Goal, purposeNames: Record<Purpose, string>): string {
  const words = goal.text.trim() || (goal.kind && goal.kind !== 'own' ? s.goalKinds[goal.kind] : '');
  const purpose = goal.purpose ? ` (${purposeNames[goal.purpose].toLowerCase()})` : '';
  return words ? `${words}${purpose}` : '';
}

/** Printed above the map: what it is, the goal and the date. */
export function PrintHeader({
  strings: s,
  lang,
  goal,
  purposeNames,
}: {
  strings: ContactStrings;
  lang: 'da' | 'en';
  goal: Goal;
  purposeNames: Record<Purpose, string>;
}) {
  const date = useClientValue(() => formatDay(today(), lang), '');
  const text = goalText(s, goal, purposeNames);
  return (
    <div className="print-only cm-print-header">
      <p className="cm-print-title">{s.printTitle}</p>
      {text && <p>{fill(s.printGoal, { goal: text })}</p>}
      {date && <p>{fill(s.printDate, { date })}</p>}
    </div>
  );
}
