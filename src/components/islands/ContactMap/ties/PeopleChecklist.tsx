import { useEffect, useMemo, useRef, useState } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { GROUP_PAGE, pickerGroups, type GroupKey, type PickerGroup } from '../../../../lib/contacts/network/picker';
import type { Person } from '../../../../lib/contacts/types';
import { groupName } from './names';

interface Props {
  strings: ContactStrings;
  /** Field ids start with this (the two modes have a list each). */
  idPrefix: string;
  legend: string;
  people: Person[];
  byId: ReadonlyMap<string, Person>;
  /** The chosen person, left out of the list and their contexts first; null lists everyone. */
  person: Person | null;
  checked: ReadonlySet<string>;
  live: boolean;
  /** `ids` ticked (`on`) or cleared; `group` names the context when a whole group changed at once. */
  onChange(ids: string[], on: boolean, group: GroupKey | null): void;
}

/** What both ways of marking ties (one person, a group) hand the checklist as they have it. */
export type Roster = Pick<Props, 'strings' | 'people' | 'byId' | 'live'>;

/**
 * The others as checkboxes, grouped by context (the chosen person's own contexts first), each group with
 * "select all". On a large map the other groups open on demand and a text box filters, so a thousand
 * people never put a thousand checkboxes on the page.
 */
export function PeopleChecklist({ strings: s, idPrefix, legend, people, byId, person, checked, live, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<ReadonlyMap<GroupKey, number>>(new Map());
  const groups = useMemo(() => pickerGroups(people, { person, query, shown }), [people, person, query, shown]);
  // Opening a group or showing more replaces the button pressed: focus goes to the first person it brought.
  const [focus, setFocus] = useState<{ key: GroupKey; index: number } | null>(null);
  const show = (key: GroupKey, n: number, from: number) => {
    setShown((m) => new Map(m).set(key, n));
    setFocus({ key, index: from });
  };
  return (
    <fieldset className="cm-ties__list">
      <legend>{legend}</legend>
      <div className="field cm-ties__filter">
        <label htmlFor={`${idPrefix}-filter`}>{s.ties.filter}</label>
        <input
          id={`${idPrefix}-filter`}
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setFocus(null);
          }}
        />
      </div>
      {groups.length === 0 && <p className="cm-muted">{s.ties.noMatch}</p>}
      {groups.map((g) => (
        <Group
          key={g.key}
          strings={s}
          group={g}
          focusIndex={focus?.key === g.key ? focus.index : null}
          byId={byId}
          checked={checked}
          live={live}
          onChange={onChange}
          onShow={show}
        />
      ))}
    </fieldset>
  );
}

function Group({
  strings: s,
  group: g,
  byId,
  checked,
  live,
  onChange,
  onShow,
  focusIndex,
}: Pick<Props, 'strings' | 'byId' | 'checked' | 'live' | 'onChange'> & {
  group: PickerGroup;
  onShow(key: GroupKey, n: number, from: number): void;
  /** The checkbox to focus once drawn (after "show"), or null. */
  focusIndex: number | null;
}) {
  const focusRef = useRef<HTMLInputElement>(null);
  useEffect(() => focusRef.current?.focus(), [focusIndex, g.limit]);
  const context = groupName(s, g.key);
  const n = g.members.length;
  const all = g.members.every((id) => checked.has(id));
  if (!g.open)
    return (
      <div className="cm-ties__closed">
        <button type="button" className="secondary" aria-expanded="false" onClick={() => onShow(g.key, GROUP_PAGE, 0)}>
          {fill(s.ties.openGroup, { n, context })}
        </button>
      </div>
    );
  const visible = g.members.slice(0, g.limit);
  const rest = n - visible.length;
  return (
    <fieldset className="cm-ties__group">
      <legend>{fill(s.ties.group, { context, n })}</legend>
      <button type="button" className="secondary cm-ties__all" disabled={!live} onClick={() => onChange(g.members, !all, g.key)}>
        {fill(all ? s.ties.clearAll : s.ties.selectAll, { n, context })}
      </button>
      <ul className="cm-ties__people">
        {visible.map((id, i) => (
          <li key={id}>
            <label className="choice__option">
              <input
                ref={i === focusIndex ? focusRef : undefined}
                type="checkbox"
                checked={checked.has(id)}
                disabled={!live}
                onChange={(e) => onChange([id], (e.target as HTMLInputElement).checked, null)}
              />
              {byId.get(id)?.name}
            </label>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="link-button cm-ties__more" onClick={() => onShow(g.key, g.limit + GROUP_PAGE, g.limit)}>
          {fill(s.ties.showMore, { n: Math.min(rest, GROUP_PAGE), context })}
        </button>
      )}
    </fieldset>
  );
}
