import { useStore } from '@nanostores/react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { isFiltered, noFilter, type TableFilter } from '../../../lib/contacts/table';
import { closenessLevels, contexts, roles } from '../../../lib/contacts/types';
import { $peopleFilter, clearPeopleFilter, patchPeopleFilter } from '../../../stores/contactFilter';
import { ChoiceSelect, type SelectOption } from './ChoiceSelect';
import { Field } from './labelled';

const SERVER_FILTER = noFilter();

/** The filter the reader set: one for the map, the table and the cards. */
export const usePeopleFilter = () => useStore($peopleFilter, { ssr: () => SERVER_FILTER });

type SelectFilter = 'context' | 'closeness' | 'role';

/** One of the filters that is a choice from a list: context, closeness, role. */
function FilterSelect<K extends SelectFilter>({
  name,
  label,
  options,
}: {
  name: K;
  label: string;
  options: readonly SelectOption<TableFilter[K]>[];
}) {
  const filter = usePeopleFilter();
  const id = `cm-filter-${name}`;
  return (
    <Field id={id} label={label}>
      <ChoiceSelect<TableFilter[K]>
        id={id}
        value={filter[name]}
        options={options}
        onChange={(value) => patchPeopleFilter({ [name]: value } as Pick<TableFilter, K>)}
      />
    </Field>
  );
}

/** The one set of filters for the map, the table and the cards: context, closeness, role, "only with a role", text, overdue. */
export function PeopleFilters({ strings: s, shown, total }: { strings: ContactStrings; shown: number; total: number }) {
  const filter = usePeopleFilter();
  const ALL = ['all', s.filterAll] as const;
  return (
    <fieldset className="cm-filters" aria-describedby="cm-filters-shown">
      <legend>{s.filtersTitle}</legend>
      <Field id="cm-filter-text" label={s.filterText}>
        <input
          id="cm-filter-text"
          type="search"
          value={filter.text}
          onChange={(e) => patchPeopleFilter({ text: (e.target as HTMLInputElement).value })}
        />
      </Field>
      <FilterSelect name="context" label={s.filterContext} options={[ALL, ...contexts.map((c) => [c, s.contexts[c]] as const)]} />
      <FilterSelect
        name="closeness"
        label={s.filterCloseness}
        options={[ALL, ...closenessLevels.map((c) => [c, s.closeness[c]] as const), ['unrated', s.notRated]]}
      />
      <FilterSelect name="role" label={s.filterRole} options={[ALL, ...roles.map((r) => [r, s.roles[r]] as const), ['none', s.notRated]]} />
      {(
        [
          ['withRoleOnly', s.filterWithRole],
          ['overdueOnly', s.filterOverdue],
        ] as const
      ).map(([key, text]) => (
        <label className="choice__option cm-filters__wide" key={key}>
          <input
            type="checkbox"
            checked={filter[key]}
            onChange={(e) => patchPeopleFilter({ [key]: (e.target as HTMLInputElement).checked })}
          />
          {text}
        </label>
      ))}
      <p id="cm-filters-shown" className="cm-filters__wide cm-muted" role="status">
        {isFiltered(filter) && (
          <>
            {fill(s.filtersShown, { shown, total })}{' '}
            <button type="button" className="link-button" onClick={clearPeopleFilter}>
              {s.filtersClear}
            </button>
          </>
        )}
      </p>
    </fieldset>
  );
}
