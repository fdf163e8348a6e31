import { useMemo, useState } from 'react';
import { formatDay } from '../../../i18n/dates';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Insights } from '../../../lib/contacts/insights';
import type { Goal, Person } from '../../../lib/contacts/types';
import { markContacted } from '../../../stores/contacts';
import { datedFilename, downloadText } from '../shared/download';

const SHOWN = 30;

/** A week from `today` (`YYYY-MM-DD`): the default day for a reminder. */
function inAWeek(today: string): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  people: Person[];
  insights: Insights;
  goal: Goal;
  today: string;
  live: boolean;
  onMessage(message: string): void;
}

/** 6. People to get back in touch with: mark them contacted today, or download calendar reminders. */
export function FollowUp({ strings: s, lang, people, insights, goal, today, live, onMessage }: Props) {
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const due = [...insights.reconnect.map((r) => r.id), ...insights.neverRecorded.map((r) => r.id)];
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const when = date || inAWeek(today);

  const download = async () => {
    const picked = [...chosen].map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
    if (picked.length === 0) {
      setNote(s.followIcsNone);
      return;
    }
    const { followUpsToIcs } = await import('../../../lib/contacts/formats');
    const goalWords = goal.text.trim() || (goal.kind && goal.kind !== 'own' ? s.goalKinds[goal.kind] : '');
    const ics = followUpsToIcs(
      picked.map((person) => ({
        person,
        date: when,
        summary: fill(s.icsSummary, { name: person.name }),
        description: [person.nextStep || s.icsNoStep, goalWords ? fill(s.icsGoal, { goal: goalWords }) : ''].filter(Boolean).join('\n'),
      })),
      { now: new Date() },
    );
    downloadText(datedFilename(lang === 'da' ? 'opfoelgning' : 'follow-up', 'ics'), ics, 'text/calendar');
    setNote(fill(s.followIcsDone, { n: picked.length }));
  };

  return (
    <section className="cm-section" aria-labelledby="cm-follow-heading">
      <h2 id="cm-follow-heading">{s.followTitle}</h2>
      {people.length === 0 ? null : due.length === 0 ? (
        <p>{s.followNone}</p>
      ) : (
        <>
          <p>{s.followIntro}</p>
          <ul className="cm-follow">
            {due.slice(0, SHOWN).map((id) => {
              const p = byId.get(id);
              if (!p) return null;
              return (
                <li key={id}>
                  <input
                    type="checkbox"
                    id={`cm-follow-${id}`}
                    checked={chosen.has(id)}
                    aria-label={fill(s.followChoose, { name: p.name })}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if ((e.target as HTMLInputElement).checked) next.add(id);
                      else next.delete(id);
                      setChosen(next);
                    }}
                  />
                  <div>
                    <label htmlFor={`cm-follow-${id}`}>{p.name}</label>
                    <div className="cm-follow__meta">
                      {p.lastContact ? fill(s.followLast, { date: formatDay(p.lastContact, lang) }) : s.followNever} ·{' '}
                      {p.nextStep ? fill(s.followStep, { step: p.nextStep }) : s.followNoStep}
                    </div>
                  </div>
                  <button
                    type="button"
                    className="secondary cm-details-button"
                    disabled={!live}
                    aria-label={`${s.contactedToday}: ${p.name}`}
                    onClick={() => {
                      markContacted([id]);
                      onMessage(fill(s.contactedMarked, { name: p.name }));
                    }}
                  >
                    {s.contactedToday}
                  </button>
                </li>
              );
            })}
          </ul>
          {due.length > SHOWN && <p className="cm-muted">{fill(s.andMore, { n: due.length - SHOWN })}</p>}
          <div className="cm-follow-actions">
            <div className="field">
              <label htmlFor="cm-follow-date">{s.followDate}</label>
              <input id="cm-follow-date" type="date" value={when} onChange={(e) => setDate((e.target as HTMLInputElement).value)} />
            </div>
            <button type="button" onClick={() => void download()}>
              {s.followIcs}
            </button>
          </div>
          <p role="status" className="cm-message">
            {note}
          </p>
        </>
      )}
    </section>
  );
}
