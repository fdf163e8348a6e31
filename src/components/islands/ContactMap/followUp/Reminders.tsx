import { useState } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { reminderFor } from '../../../../lib/contacts/followUp/reminders';
import { addDays } from '../../../../lib/contacts/followUp/rhythm';
import type { Goal, Person } from '../../../../lib/contacts/types';
import { useLang } from './useLang';

interface Props {
  strings: ContactStrings;
  /** The people chosen on the due list. */
  chosen: Person[];
  goal: Goal;
  today: string;
}

/**
 * Calendar reminders for the people chosen: one event each, on their rhythm's next contact and
 * repeating at it, or on the day picked here for those with no date ahead.
 */
export function Reminders({ strings: s, chosen, goal, today }: Props) {
  const lang = useLang();
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  // A week ahead unless the reader picks a day.
  const picked = date || addDays(today, 7);

  const download = async () => {
    if (chosen.length === 0) {
      setNote(s.followIcsNone);
      return;
    }
    const [{ followUpsToIcs }, { datedFilename, downloadText }] = await Promise.all([
      import('../../../../lib/contacts/formats'),
      import('../../shared/download'),
    ]);
    const goalWords = goal.text.trim() || (goal.kind && goal.kind !== 'own' ? s.goalKinds[goal.kind] : '');
    const ics = followUpsToIcs(
      chosen.map((person) => {
        const plan = reminderFor(person, today, picked);
        return {
          person,
          ...plan,
          summary: fill(s.icsSummary, { name: person.name }),
          description: [
            person.nextStep || s.icsNoStep,
            plan.rrule ? fill(s.habit.icsRhythm, { rhythm: s.habit.rhythms[person.rhythm].toLowerCase() }) : '',
            goalWords ? fill(s.icsGoal, { goal: goalWords }) : '',
          ]
            .filter(Boolean)
            .join('\n'),
        };
      }),
      { now: new Date() },
    );
    downloadText(datedFilename(lang === 'da' ? 'opfoelgning' : 'follow-up', 'ics'), ics, 'text/calendar');
    setNote(fill(s.followIcsDone, { n: chosen.length }));
  };

  return (
    <>
      <div className="cm-follow-actions">
        <div className="field">
          <label htmlFor="cm-follow-date">{s.followDate}</label>
          <input id="cm-follow-date" type="date" value={picked} onChange={(e) => setDate(e.currentTarget.value)} />
        </div>
        <button type="button" onClick={() => void download()}>
          {s.followIcs}
        </button>
      </div>
      <p role="status" className="cm-message">
        {note}
      </p>
    </>
  );
}
