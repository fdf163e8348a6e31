import { useStore } from '@nanostores/react';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { toggleIn } from '../../../lib/contacts/state';
import { filterPeople, isFiltered, noFilter, sortKeys, sortPeople, type SortKey, type TableFilter } from '../../../lib/contacts/table';
import { $peopleFilter } from '../../../stores/contactFilter';
import { closenessLevels, contexts, limits, roles, type Closeness, type ContactContext, type Person } from '../../../lib/contacts/types';
import { markContacted, removePerson, restorePerson, updatePerson } from '../../../stores/contacts';
import { PeopleFilters } from './PeopleFilters';
import { TextField } from './TextField';

const PAGE = 50;
const SERVER_FILTER = noFilter();

function orderedIds(people: Person[], filter: TableFilter, sort: SortKey, overdueBefore: string): string[] {
  const filtered = filterPeople(people, filter, overdueBefore);
  return (sort === 'added' ? filtered : sortPeople(filtered, sort)).map((p) => p.id);
}

interface Props {
  strings: ContactStrings;
  people: Person[];
  live: boolean;
  overdueBefore: string;
  /** A person to bring into view and focus (chosen on the map). */
  focusId: string | null;
  onFocused(): void;
  onMessage(message: string, undo?: () => void): void;
}

/**
 * 3. Everyone in one table with inline editing. 50 rows at a time (more on request), filtered and
 * sorted by pure functions; rows re-render only when their person changes.
 */
export function PeopleTable({ strings: s, people, live, overdueBefore, focusId, onFocused, onMessage }: Props) {
  const filter = useStore($peopleFilter, { ssr: () => SERVER_FILTER });
  const [sort, setSort] = useState<SortKey>('added');
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  // The order is worked out when the reader sorts or filters (or someone is added or removed), not on
  // every edit: a row does not jump away while the reader is changing it.
  const byId = new Map(people.map((p) => [p.id, p]));
  const orderKey = JSON.stringify([people.length, filter, sort, overdueBefore]);
  const [order, setOrder] = useState(() => ({ key: orderKey, ids: orderedIds(people, filter, sort, overdueBefore) }));
  let shownIds = order.ids;
  if (order.key !== orderKey) {
    shownIds = orderedIds(people, filter, sort, overdueBefore);
    setOrder({ key: orderKey, ids: shownIds });
  }
  // A person chosen on the map is brought into the table once: filters that hide them are cleared and
  // enough rows are shown to reach them.
  const [broughtIn, setBroughtIn] = useState<string | null>(null);
  if (focusId !== broughtIn) {
    setBroughtIn(focusId);
    if (focusId) {
      // Someone chosen on the map passes the same filter, so they are in the table: show enough rows to reach them.
      const index = shownIds.indexOf(focusId);
      if (index >= limit) setLimit(Math.ceil((index + 1) / PAGE) * PAGE);
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
    <section className="cm-section" aria-labelledby="cm-table-heading">
      <h2 id="cm-table-heading">{s.tableTitle}</h2>
      <p>{s.tableIntro}</p>
      {people.length === 0 ? (
        <p className="cm-muted">{s.noPeople}</p>
      ) : (
        <>
          <PeopleFilters strings={s} shown={shown.length} total={people.length} />
          <div className="cm-sort">
            <div className="field">
              <label htmlFor="cm-sort">{s.sortBy}</label>
              <select id="cm-sort" value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as SortKey)}>
                {sortKeys.map((k) => (
                  <option key={k} value={k}>
                    {s.sortKeys[k]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="table-scroll cm-table-scroll" role="region" aria-labelledby="cm-table-caption" tabIndex={0}>
            <table className="cm-table">
              <caption id="cm-table-caption">{fill(s.tableCaption, { shown: shown.length, total: people.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.col.name}</th>
                  <th scope="col">{s.col.contexts}</th>
                  <th scope="col">{s.col.closeness}</th>
                  <th scope="col">{s.col.roles}</th>
                  <th scope="col">{s.col.nextStep}</th>
                  <th scope="col">{s.col.actions}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((p) => {
                  return (
                    <Row
                      key={p.id}
                      person={p}
                      strings={s}
                      live={live}
                      open={open === p.id}
                      onToggle={() => setOpen(open === p.id ? null : p.id)}
                      onMessage={onMessage}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
          {shown.length === 0 && isFiltered(filter) && <p className="cm-muted">{s.noMatch}</p>}
          {shown.length > limit && (
            <button type="button" className="secondary" onClick={() => setLimit(limit + PAGE)}>
              {fill(s.showMore, { n: Math.min(PAGE, shown.length - limit) })}
            </button>
          )}
        </>
      )}
    </section>
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
            <select
              aria-label={label(s.col.contexts)}
              value={primary}
              disabled={!live}
              onChange={(e) => {
                const c = (e.target as HTMLSelectElement).value as ContactContext | '';
                set({ contexts: c === '' ? p.contexts.slice(1) : [c, ...p.contexts.filter((x) => x !== c)] });
              }}
            >
              <option value="">{s.noContext}</option>
              {contexts.map((c) => (
                <option key={c} value={c}>
                  {s.contextsShort[c]}
                </option>
              ))}
            </select>
            {p.contexts.length > 1 && <span className="cm-more-contexts"> +{p.contexts.length - 1}</span>}
          </td>
          <td>
            <select
              aria-label={label(s.col.closeness)}
              value={p.closeness ?? ''}
              disabled={!live}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                set({ closeness: v === '' ? null : (v as Closeness) });
              }}
            >
              <option value="">{s.notRated}</option>
              {closenessLevels.map((c) => (
                <option key={c} value={c}>
                  {s.closeness[c]}
                </option>
              ))}
            </select>
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
            <td colSpan={6} id={detailsId}>
              <Details person={p} strings={s} live={live} onMessage={onMessage} onClose={onToggle} />
            </td>
          </tr>
        )}
      </>
    );
  },
  (a, b) => a.person === b.person && a.open === b.open && a.live === b.live && a.strings === b.strings,
);

function Details({
  person: p,
  strings: s,
  live,
  onMessage,
  onClose,
}: {
  person: Person;
  strings: ContactStrings;
  live: boolean;
  onMessage: RowProps['onMessage'];
  onClose(): void;
}) {
  const set = (patch: Parameters<typeof updatePerson>[1]) => updatePerson(p.id, patch);
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  return (
    <div className="cm-details">
      <fieldset className="choice">
        <legend>{s.col.contexts}</legend>
        <div className="cm-details__contexts">
          {contexts.map((c, i) => (
            <label className="choice__option" key={c}>
              <input
                ref={i === 0 ? first : undefined}
                type="checkbox"
                checked={p.contexts.includes(c)}
                disabled={!live}
                onChange={(e) => set({ contexts: toggleIn(p.contexts, c, (e.target as HTMLInputElement).checked) })}
              />
              {s.contexts[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="cm-details__fields">
        <label className="choice__option">
          <input
            type="checkbox"
            checked={p.connector}
            disabled={!live}
            onChange={(e) => set({ connector: (e.target as HTMLInputElement).checked })}
          />
          {s.col.connector}
        </label>
        <label className="choice__option">
          <input
            type="checkbox"
            checked={p.peer}
            disabled={!live}
            onChange={(e) => set({ peer: (e.target as HTMLInputElement).checked })}
          />
          {s.col.peer}
        </label>
        <div className="field">
          <label htmlFor={`cm-last-${p.id}`}>{s.col.lastContact}</label>
          <TextField
            id={`cm-last-${p.id}`}
            type="date"
            maxLength={10}
            value={p.lastContact ?? ''}
            disabled={!live}
            onCommit={(d) => set({ lastContact: d === '' ? null : d })}
          />
        </div>
        <div className="field">
          <label htmlFor={`cm-org-${p.id}`}>{s.organisation}</label>
          <TextField
            id={`cm-org-${p.id}`}
            value={p.organisation}
            disabled={!live}
            maxLength={limits.organisation}
            onCommit={(organisation) => set({ organisation })}
          />
        </div>
        <div className="field">
          <label htmlFor={`cm-pos-${p.id}`}>{s.position}</label>
          <TextField
            id={`cm-pos-${p.id}`}
            value={p.position}
            disabled={!live}
            maxLength={limits.position}
            onCommit={(position) => set({ position })}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`cm-notes-${p.id}`}>{s.notes}</label>
        <TextField
          id={`cm-notes-${p.id}`}
          multiline
          value={p.notes}
          disabled={!live}
          maxLength={limits.notes}
          onCommit={(notes) => set({ notes })}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          disabled={!live}
          onClick={() => {
            markContacted([p.id]);
            onMessage(fill(s.contactedMarked, { name: p.name }));
          }}
        >
          {s.contactedToday}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!live}
          onClick={() => {
            const removed = removePerson(p.id);
            if (removed) onMessage(fill(s.removed, { name: p.name }), () => restorePerson(removed));
          }}
        >
          {fill(s.remove, { name: p.name })}
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          {s.closeDetails}
        </button>
      </div>
    </div>
  );
}
