import { lazy, Suspense, useState } from 'react';
import { fill } from '../../../i18n/fill';
import { filterPeople, isFiltered } from '../../../lib/contacts/table';
import { roles } from '../../../lib/contacts/types';
import { usePeopleFilter } from './PeopleFilters';
import { PeopleSection, rowsToReach, usePeoplePage, type PeopleProps } from './PeopleList';

const PersonSheet = lazy(() => import('./PersonSheet'));

/**
 * 3. on a phone: the people as a list of cards (name, context, closeness, role marks), a page at a time.
 * Tapping one opens the person sheet with every field and Next/Previous person.
 */
export default function PeopleCards({ strings: s, people, live, today, focusId, onFocused, onMessage }: PeopleProps) {
  const filter = usePeopleFilter();
  const shown = filterPeople(people, filter, today);
  const { limit, setLimit, section } = usePeoplePage();
  const [open, setOpen] = useState<string | null>(null);
  if (focusId !== null) {
    setOpen(focusId);
    onFocused();
  }
  const openIndex = open === null ? -1 : shown.findIndex((p) => p.id === open);
  const openPerson = openIndex >= 0 ? shown[openIndex] : undefined;
  const reopen = (id: string) => {
    setOpen(id);
    setLimit(
      rowsToReach(
        shown.findIndex((p) => p.id === id),
        limit,
      ),
    );
  };

  return (
    <PeopleSection strings={s} {...section(people.length, shown.length, isFiltered(filter))}>
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
    </PeopleSection>
  );
}
