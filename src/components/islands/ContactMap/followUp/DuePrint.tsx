import { formatDay } from '../../../../i18n/dates';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import type { Due } from '../../../../lib/contacts/followUp/rhythm';
import type { Person } from '../../../../lib/contacts/types';
import { roleWords, whyDue } from './dueText';
import { useLang } from './useLang';
import { usePrintCopy } from '../usePrintCopy';

/** The whole due list as it is printed (styled as the printed table): who, why now, the last contact in words, the next step. */
export function DuePrint({ strings: s, due, byId }: { strings: ContactStrings; due: Due[]; byId: Map<string, Person> }) {
  const lang = useLang();
  const rows = usePrintCopy(due);
  if (rows.length === 0) return null;
  return (
    <div className="print-only cm-print-table">
      <table>
        <thead>
          <tr>
            <th scope="col">{s.col.name}</th>
            <th scope="col">{s.habit.why}</th>
            <th scope="col">{s.col.lastContact}</th>
            <th scope="col">{s.col.nextStep}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => {
            const p = byId.get(d.id);
            if (!p) return null;
            const roleText = roleWords(s, p);
            return (
              <tr key={d.id}>
                <td>{p.name}</td>
                <td>
                  {whyDue(s, d)}
                  {roleText && ` · ${roleText}`}
                </td>
                <td className="cm-print-date">{p.lastContact ? formatDay(p.lastContact, lang) : ''}</td>
                <td>{p.nextStep}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
