import { useStore } from '@nanostores/react';
import { lazy, Suspense, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { filterPeople, isFiltered, noFilter } from '../../../lib/contacts/table';
import { roles, type Person } from '../../../lib/contacts/types';
import { $peopleFilter } from '../../../stores/contactFilter';
import { PeopleFilters } from './PeopleFilters';

const PersonSheet = lazy(() => import('./PersonSheet'));
const PAGE = 50;
const SERVER_FILTER = noFilter();

interface Props {
  strings: ContactStrings;
  people: Person[];
  live: boolean;
  overdueBefore: string;
  /** A person chosen on the map ("show in the list"): their sheet opens. */
  focusId: string | null;
  onFocused(): void;
  onMessage(message: string, undo?: () => void): void;
}

/**
 * 3. on a phone: the people as a list of cards (name, context, closeness, role marks), 50 at a time.
 * Tapping one opens the person sheet with every field and Next/Previous person.
 */
export default function PeopleCards({ strings: s, people, live, overdueBefore, focusId, onFocused, onMessage }: Props) {
  const filter = useStore($peopleFilter, { ssr: () => SERVER_FILTER });
  const shown = filterPeople(people, filter, overdueBefore);
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  if (focusId !== null) {
    setOpen(focusId);
    onFocused();
  }
  const openIndex = open === null ? -1 : shown.findIndex((p) => p.id === open);
  const openPerson = openIndex >= 0 ? shown[openIndex] : undefined;
  const reopen = (id: string) => {
    setOpen(id);
    const index = shown.findIndex((p) => p.id === id);
    if (index >= limit) setLimit(Math.ceil((index + 1) / PAGE) * PAGE);
  };

  return (
    <section className="cm-section" aria-labelledby="cm-table-heading">
      <h2 id="cm-table-heading">{s.tableTitle}</h2>
      <p>{s.tableIntro}</p>
      {people.length === 0 ? (
        <p className="cm-muted">{s.noPeople}</p>
      ) : (
        <>
          <PeopleFilters strings={s} shown={shown.length} total={people.length} />
          <h3 className="cm-cards__title">{fill(s.cardsTitle, { shown: shown.length, total: people.length })}</h3>
          <ul className="cm-cards">
            {shown.slice(0, limit).map((p) => (
              <li key={p.id}>
                <button type="button" className="cm-card" id={`cm-card-${p.id}`} onClick={() => setOpen(p.id)}>
                  <span className="cm-card__name">{p.name}</span>
                  <span className="cm-card__meta">
                    {p.contexts[0] ? s.contextsShort[p.contexts[0]] : s.noContext} · {p.closeness ? s.closeness[p.closeness] : s.notRated}
                    {p.roles.length > 0 &&
                      ` · ${roles
                        .filter((r) => p.roles.includes(r))
                        .map((r) => s.roles[r])
                        .join(', ')}`}
                    {p.connector && ` · ${s.col.connector}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {shown.length === 0 && isFiltered(filter) && <p className="cm-muted">{s.noMatch}</p>}
          {shown.length > limit && (
            <button type="button" className="secondary" onClick={() => setLimit(limit + PAGE)}>
              {fill(s.showMore, { n: Math.min(PAGE, shown.length - limit) })}
            </button>
          )}
          {openPerson && (
            <Suspense fallback={null}>
              <PersonSheet
                strings={s}
                person={openPerson}
                index={openIndex}
                total={shown.length}
                live={live}
                onMove={(delta) => reopen(shown[(openIndex + delta + shown.length) % shown.length]!.id)}
                onClose={() => {
                  setOpen(null);
                  document.getElementById(`cm-card-${openPerson.id}`)?.focus();
                }}
                onMessage={onMessage}
              />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
