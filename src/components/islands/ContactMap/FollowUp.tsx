import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { DUE_SHOWN } from '../../../lib/contacts/followUp/rhythm';
import type { Insights } from '../../../lib/contacts/insights';
import type { Goal, Person } from '../../../lib/contacts/types';
import { markContacted } from '../../../stores/contacts';
import { DuePrint } from './followUp/DuePrint';
import { roleWords, whyDue } from './followUp/dueText';
import { Reminders } from './followUp/Reminders';

import './followUp.css';

interface Props {
  strings: ContactStrings;
  people: Person[];
  insights: Insights;
  goal: Goal;
  today: string;
  live: boolean;
  onMessage(message: string): void;
}

/**
 * 6. Who is due a contact (`insights.due`: a rhythm run out, or a role and no date), most important
 * first, `DUE_SHOWN` at a time: mark them contacted today, or download calendar reminders. The whole
 * list prints.
 */
export function FollowUp({ strings: s, people, insights, goal, today, live, onMessage }: Props) {
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const due = insights.due;
  const [all, setAll] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const shown = all ? due : due.slice(0, DUE_SHOWN);
  const heading = useRef<HTMLHeadingElement>(null);
  // After "contacted today" the row leaves the list: focus moves on to the next row's button (or the heading).
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    (document.getElementById(`cm-due-done-${focusNext.current}`) ?? heading.current)?.focus();
    focusNext.current = null;
  });

  const dueIds = new Set(due.map((d) => d.id));
  const picked = [...chosen].filter((id) => dueIds.has(id)).map((id) => byId.get(id)!);

  return (
    <section
      className={due.length === 0 ? 'cm-section cm-due-section cm-due-section--empty' : 'cm-section cm-due-section'}
      aria-labelledby="cm-follow-heading"
    >
      <h2 id="cm-follow-heading" ref={heading} tabIndex={-1}>
        {s.followTitle}
      </h2>
      {people.length === 0 ? null : due.length === 0 ? (
        <p>{s.followNone}</p>
      ) : (
        <>
          <p className="no-print">{s.followIntro}</p>
          <ul className="cm-due no-print">
            {shown.map((d, i) => {
              const p = byId.get(d.id);
              if (!p) return null;
              const roleText = roleWords(s, p);
              return (
                <li key={d.id} className="cm-due__row">
                  <input
                    type="checkbox"
                    id={`cm-follow-${d.id}`}
                    checked={chosen.has(d.id)}
                    aria-label={fill(s.followChoose, { name: p.name })}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.currentTarget.checked) next.add(d.id);
                      else next.delete(d.id);
                      setChosen(next);
                    }}
                  />
                  <div className="cm-due__who">
                    <label htmlFor={`cm-follow-${d.id}`}>{p.name}</label>
                    <span className="cm-due__why">
                      {whyDue(s, d)}
                      {roleText && ` · ${roleText}`}
                      {p.nextStep && ` · ${fill(s.followStep, { step: p.nextStep })}`}
                    </span>
                  </div>
                  <button
                    type="button"
                    id={`cm-due-done-${d.id}`}
                    className="secondary cm-due__done"
                    disabled={!live}
                    aria-label={`${s.contactedToday}: ${p.name}`}
                    onClick={() => {
                      focusNext.current = shown[i + 1]?.id ?? shown[i - 1]?.id ?? '';
                      markContacted([d.id]);
                      onMessage(fill(s.contactedMarked, { name: p.name }));
                    }}
                  >
                    {s.contactedToday}
                  </button>
                </li>
              );
            })}
          </ul>
          {due.length > DUE_SHOWN && (
            <p className="cm-due__more no-print">
              {!all && `${fill(s.habit.shown, { shown: DUE_SHOWN, total: due.length })} `}
              <button type="button" className="secondary" aria-expanded={all} onClick={() => setAll(!all)}>
                {all ? fill(s.habit.showFewer, { n: DUE_SHOWN }) : fill(s.habit.showAll, { n: due.length })}
              </button>
            </p>
          )}
          <div className="no-print">
            <Reminders strings={s} chosen={picked} goal={goal} today={today} />
          </div>
          <DuePrint strings={s} due={due} byId={byId} />
        </>
      )}
    </section>
  );
}
