import { memo, useLayoutEffect, useState, type ComponentProps } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { toggleIn } from '../../../lib/contacts/state';
import { filterPeople, isFiltered, sortKeys, sortPeople, type SortKey, type TableFilter } from '../../../lib/contacts/table';
import { closenessLevels, contexts, limits, roles, type Closeness, type ContactContext, type Person } from '../../../lib/contacts/types';
import { updatePerson } from '../../../stores/contacts';
import { earlyModule } from '../shared/earlyModule';
import { ChoiceSelect } from './ChoiceSelect';
import { Field } from './labelled';
import { usePeopleFilter } from './PeopleFilters';
import { PAGE, PeopleSection, rowsToReach, usePeoplePage, type PeopleProps } from './PeopleList';
import { TableHead } from './TableHead';
import { TextField } from './TextField';

/**
 * A person's details row (more fields, the rhythm and log, whom they know): shown only when opened, so a chunk of its
 * own, fetched as soon as the table runs in the browser and out of the page's first-load budget.
 */
const useDetailsModule = earlyModule(() => import('./PersonDetails'));

function PersonDetails(props: ComponentProps<(typeof import('./PersonDetails'))['PersonDetails']>) {
  const code = useDetailsModule();
  return code ? <code.PersonDetails {...props} /> : null;
}

/** The table's columns; the rest of a person is in their details row. */
const COLUMNS = ['name', 'contexts', 'closeness', 'roles', 'nextStep', 'actions'] as const;

function orderedIds(people: Person[], filter: TableFilter, sort: SortKey, today: string): string[] {
  const filtered = filterPeople(people, filter, today);
  return (sort === 'added' ? filtered : sortPeople(filtered, sort)).map((p) => p.id);
}

/**
 * 3. Everyone in one table with inline editing. 50 rows at a time (more on request), filtered and
 * sorted by pure functions; rows re-render only when their person changes.
 */
export function PeopleTable({ strings: s, people, live, today, focusId, onFocused, onMessage }: PeopleProps) {
  const filter = usePeopleFilter();
  const [sort, setSort] = useState<SortKey>('added');
  const { limit, setLimit, section } = usePeoplePage();
  const [open, setOpen] = useState<string | null>(null);
  // The order is worked out when the reader sorts or filters (or someone is added or removed), not on
  // every edit: a row does not jump away while the reader is changing it.
  const byId = new Map(people.map((p) => [p.id, p]));
  const orderKey = JSON.stringify([people.length, filter, sort, today]);
  const [order, setOrder] = useState(() => ({ key: orderKey, ids: orderedIds(people, filter, sort, today) }));
  let shownIds = order.ids;
  if (order.key !== orderKey) {
    shownIds = orderedIds(people, filter, sort, today);
    setOrder({ key: orderKey, ids: shownIds });
  }
  // A person chosen on the map is brought into the table once: filters that hide them are cleared and
  // enough rows are shown to reach them.
  const [broughtIn, setBroughtIn] = useState<string | null>(null);
  if (focusId !== broughtIn) {
    setBroughtIn(focusId);
    if (focusId) {
      // Someone chosen on the map passes the same filter, so they are in the table: show enough rows to reach them.
      setLimit(rowsToReach(shownIds.indexOf(focusId), limit));
    }
  }
  const shown = shownIds.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);

  useLayoutEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(`cm-name-${focusId}`);
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'center' });
      onFocused();
    }
  });

  // A new filter starts again from the first page.
  const [filterSeen, setFilterSeen] = useState(filter);
  if (filterSeen !== filter) {
    setFilterSeen(filter);
    setLimit(PAGE);
  }
  const visible = shown.slice(0, limit);

  return (
    <PeopleSection strings={s} {...section(people.length, shown.length, isFiltered(filter))}>
      <div className="cm-sort">
        <Field id="cm-sort" label={s.sortBy}>
          <ChoiceSelect<SortKey> id="cm-sort" value={sort} options={sortKeys.map((k) => [k, s.sortKeys[k]] as const)} onChange={setSort} />
        </Field>
      </div>
      <div className="table-scroll cm-table-scroll" role="region" aria-labelledby="cm-table-caption" tabIndex={0}>
        <table className="cm-table">
          <caption id="cm-table-caption">{fill(s.tableCaption, { shown: shown.length, total: people.length })}</caption>
          <TableHead strings={s} columns={COLUMNS} />
          <tbody>
            {visible.map((p) => (
              <Row
                key={p.id}
                person={p}
                strings={s}
                live={live}
                open={open === p.id}
                onToggle={() => setOpen(open === p.id ? null : p.id)}
                onMessage={onMessage}
              />
            ))}
          </tbody>
        </table>
      </div>
    </PeopleSection>
  );
}

interface RowProps {
  person: Person;
  strings: ContactStrings;
  live: boolean;
  open: boolean;
  onToggle(): void;
  onMessage(message: string, undo?: () => void): void;
}

const Row = memo(
  function Row({ person: p, strings: s, live, open, onToggle, onMessage }: RowProps) {
    const label = (field: string) => fill(s.cellLabel, { field, name: p.name });
    const set = (patch: Parameters<typeof updatePerson>[1]) => updatePerson(p.id, patch);
    const primary = p.contexts[0] ?? '';
    const detailsId = `cm-details-${p.id}`;
    return (
      <>
        <tr className={open ? 'cm-row cm-row--open' : 'cm-row'}>
          <th scope="row">
            <TextField
              id={`cm-name-${p.id}`}
              value={p.name}
              label={label(s.col.name)}
              disabled={!live}
              maxLength={limits.name}
              onCommit={(name) => set({ name })}
            />
          </th>
          <td>
            <ChoiceSelect<ContactContext | ''>
              ariaLabel={label(s.col.contexts)}
              value={primary}
              disabled={!live}
              options={[['', s.noContext], ...contexts.map((c) => [c, s.contextsShort[c]] as const)]}
              onChange={(c) => set({ contexts: c === '' ? p.contexts.slice(1) : [c, ...p.contexts.filter((x) => x !== c)] })}
            />
            {p.contexts.length > 1 && <span className="cm-more-contexts"> +{p.contexts.length - 1}</span>}
          </td>
          <td>
            <ChoiceSelect<Closeness | ''>
              ariaLabel={label(s.col.closeness)}
              value={p.closeness ?? ''}
              disabled={!live}
              options={[['', s.notRated], ...closenessLevels.map((c) => [c, s.closeness[c]] as const)]}
              onChange={(v) => set({ closeness: v === '' ? null : v })}
            />
          </td>
          <td className="cm-roles">
            {roles.map((r) => (
              <label key={r} className="cm-check" title={s.roles[r]}>
                <input
                  type="checkbox"
                  checked={p.roles.includes(r)}
                  disabled={!live}
                  aria-label={label(s.roles[r])}
                  onChange={(e) => set({ roles: toggleIn(p.roles, r, (e.target as HTMLInputElement).checked) })}
                />
                <span aria-hidden="true">{s.roleMarks[r]}</span>
              </label>
            ))}
          </td>
          <td>
            <TextField
              value={p.nextStep}
              label={label(s.col.nextStep)}
              disabled={!live}
              maxLength={limits.nextStep}
              className="cm-next"
              onCommit={(nextStep) => set({ nextStep })}
            />
          </td>
          <td>
            <button
              type="button"
              className="secondary cm-details-button"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              aria-label={fill(s.detailsFor, { name: p.name })}
              onClick={onToggle}
            >
              {s.details}
            </button>
          </td>
        </tr>
        {open && (
          <tr className="cm-details-row">
            <td colSpan={COLUMNS.length} id={detailsId}>
              <PersonDetails person={p} strings={s} live={live} onMessage={onMessage} onClose={onToggle} />
            </td>
          </tr>
        )}
      </>
    );
  },
  (a, b) => a.person === b.person && a.open === b.open && a.live === b.live && a.strings === b.strings,
);
