import { useEffect, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Goal, Person } from '../../../lib/contacts/types';
import type { Purpose } from '../../../lib/quiz/types';

/** The goal in words: the reader's own, else the chosen kind, and the quiz's purpose. */
export function goalText(s: ContactStrings, goal: Goal, purposeNames: Record<Purpose, string>): string {
  const words = goal.text.trim() || (goal.kind && goal.kind !== 'own' ? s.goalKinds[goal.kind] : '');
  const purpose = goal.purpose ? ` (${purposeNames[goal.purpose].toLowerCase()})` : '';
  return words ? `${words}${purpose}` : '';
}

/** Printed above the map: what it is, the goal and the date. */
export function PrintHeader({ strings: s, lang, goal, purposeNames }: { strings: ContactStrings; lang: 'da' | 'en'; goal: Goal; purposeNames: Record<Purpose, string> }) {
  const [date, setDate] = useState('');
  useEffect(() => setDate(new Date().toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' })), [lang]);
  const text = goalText(s, goal, purposeNames);
  return (
    <div className="print-only cm-print-header">
      <p className="cm-print-title">{s.printTitle}</p>
      {text && <p>{fill(s.printGoal, { goal: text })}</p>}
      {date && <p>{fill(s.printDate, { date })}</p>}
    </div>
  );
}

/**
 * The table as it is printed after the map: every person, plain text. It is not shown on screen, so it
 * follows edits a moment later (and at once before printing), keeping edits on the screen quick.
 */
export function PrintTable({ strings: s, lang, people }: { strings: ContactStrings; lang: 'da' | 'en'; people: Person[] }) {
  const [shown, setShown] = useState<Person[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setShown(people), 400);
    const now = () => setShown(people);
    addEventListener('beforeprint', now);
    return () => {
      clearTimeout(timer);
      removeEventListener('beforeprint', now);
    };
  }, [people]);
  if (shown.length === 0) return null;
  const mark = lang === 'da' ? { information: 'I', goBetween: 'F', access: 'A' } : { information: 'I', goBetween: 'G', access: 'A' };
  return (
    <section className="print-only cm-print-table" aria-hidden="true">
      <table>
        <thead>
          <tr>
            <th>{s.col.name}</th>
            <th>{s.col.contexts}</th>
            <th>{s.col.closeness}</th>
            <th>{s.col.roles}</th>
            <th>{s.col.lastContact}</th>
            <th>{s.col.nextStep}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id}>
              <td>
                {p.name}
                {p.connector ? ' ★' : ''}
                {p.peer ? ' =' : ''}
              </td>
              <td>{p.contexts.map((c) => s.contextsShort[c]).join(', ')}</td>
              <td>{p.closeness ? s.closeness[p.closeness] : ''}</td>
              <td>{p.roles.map((r) => mark[r]).join(' ')}</td>
              <td>{p.lastContact ?? ''}</td>
              <td>{p.nextStep}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cm-print-key">{s.blankKey}</p>
    </section>
  );
}
