import { useStore } from '@nanostores/react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { isFiltered, noFilter, type TableFilter } from '../../../lib/contacts/table';
import { closenessLevels, contexts, roles } from '../../../lib/contacts/types';
import { $peopleFilter, clearPeopleFilter, patchPeopleFilter } from '../../../stores/contactFilter';

const SERVER_FILTER = noFilter();

/** The one set of filters for the map, the table and the cards: context, closeness, role, "only with a role", text, overdue. */
export function PeopleFilters({ strings: s, shown, total }: { strings: ContactStrings; shown: number; total: number }) {
  const filter = useStore($peopleFilter, { ssr: () => SERVER_FILTER });
  const select =
    <K extends 'context' | 'closeness' | 'role'>(key: K) =>
    (e: { target: EventTarget }) =>
      patchPeopleFilter({ [key]: (e.target as HTMLSelectElement).value as TableFilter[K] });
  return (
    <fieldset className="cm-filters" aria-describedby="cm-filters-shown">
      <legend>{s.filtersTitle}</legend>
      <div className="field">
        <label htmlFor="cm-filter-text">{s.filterText}</label>
        <input
          id="cm-filter-text"
          type="search"
          value={filter.text}
          onChange={(e) => patchPeopleFilter({ text: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div className="field">
        <label htmlFor="cm-filter-context">{s.filterContext}</label>
        <select id="cm-filter-context" value={filter.context} onChange={select('context')}>
          <option value="all">{s.filterAll}</option>
          {contexts.map((c) => (
            <option key={c} value={c}>
              {s.contexts[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="cm-filter-closeness">{s.filterCloseness}</label>
        <select id="cm-filter-closeness" value={filter.closeness} onChange={select('closeness')}>
          <option value="all">{s.filterAll}</option>
          {closenessLevels.map((c) => (
            <option key={c} value={c}>
              {s.closeness[c]}
            </option>
          ))}
          <option value="unrated">{s.notRated}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="cm-filter-role">{s.filterRole}</label>
        <select id="cm-filter-role" value={filter.role} onChange={select('role')}>
          <option value="all">{s.filterAll}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {s.roles[r]}
            </option>
          ))}
          <option value="none">{s.notRated}</option>
        </select>
      </div>
      <label className="choice__option cm-filters__wide">
        <input
          type="checkbox"
          checked={filter.withRoleOnly}
          onChange={(e) => patchPeopleFilter({ withRoleOnly: (e.target as HTMLInputElement).checked })}
        />
        {s.filterWithRole}
      </label>
      <label className="choice__option cm-filters__wide">
        <input
          type="checkbox"
          checked={filter.overdueOnly}
          onChange={(e) => patchPeopleFilter({ overdueOnly: (e.target as HTMLInputElement).checked })}
        />
        {s.filterOverdue}
      </label>
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
