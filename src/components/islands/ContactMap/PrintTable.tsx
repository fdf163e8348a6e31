import { formatDay } from '../../../i18n/dates';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Person } from '../../../lib/contacts/types';
import { TableHead } from './TableHead';
import { usePrintCopy } from './usePrintCopy';

/** The printed table's columns: the last contact instead of the screen's buttons. */
const PRINT_COLUMNS = ['name', 'contexts', 'closeness', 'roles', 'lastContact', 'nextStep'] as const;

/**
 * The table as it is printed after the map: every person, plain text. On the exercise page it is not
 * shown on screen (see `usePrintCopy`); `visible` shows it on screen too (the "my results" page).
 */
export default function PrintTable({
  strings: s,
  lang,
  people,
  visible = false,
}: {
  strings: ContactStrings;
  lang: 'da' | 'en';
  people: Person[];
  visible?: boolean;
}) {
  const shown = usePrintCopy(people, visible);
  if (shown.length === 0) return null;
  return (
    <section className={visible ? 'cm-print-table cm-print-table--visible' : 'print-only cm-print-table'}>
      <table>
        <TableHead strings={s} columns={PRINT_COLUMNS} />
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
              <td>{p.roles.map((r) => s.roleMarks[r]).join(' ')}</td>
              <td className="cm-print-date">{p.lastContact ? formatDay(p.lastContact, lang) : ''}</td>
              <td>{p.nextStep}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cm-print-key">{s.blankKey}</p>
    </section>
  );
}
