import { useMemo, useState } from 'react';
import { fill } from '../../../../i18n/fill';
import { chooserPeople, CHOOSER_ALL_UP_TO, type GroupKey } from '../../../../lib/contacts/network/picker';
import { tiesOf } from '../../../../lib/contacts/network/ties';
import { limits, type Tie } from '../../../../lib/contacts/types';
import { $contacts, setKnown } from '../../../../stores/contacts';
import { groupName } from './names';
import { PeopleChecklist, type Roster } from './PeopleChecklist';

interface Props {
  roster: Roster;
  ties: readonly Tie[];
  onStatus(text: string): void;
}

/** Choose a person, then tick the others they know. */
export function PersonTies({ roster, ties, onStatus }: Props) {
  const { strings: s, people, byId } = roster;
  const t = s.ties;
  const [chosenId, setChosenId] = useState('');
  const [find, setFind] = useState('');
  const person = byId.get(chosenId) ?? null;
  const chooser = useMemo(() => chooserPeople(people, find, person?.id ?? null), [people, find, person]);
  const known = useMemo(() => new Set(person ? tiesOf(ties, person.id) : []), [ties, person]);
  const large = people.length > CHOOSER_ALL_UP_TO;

  const change = (ids: string[], on: boolean, group: GroupKey | null) => {
    if (!person) return;
    const before = $contacts.get().ties;
    setKnown(person.id, on ? ids : [], ids);
    if ($contacts.get().ties === before) return onStatus(fill(t.full, { limit: limits.ties }));
    const name = person.name;
    if (group !== null) {
      const context = groupName(s, group);
      onStatus(on ? fill(t.nowKnowsAll, { name, n: ids.length, context }) : fill(t.noLongerAll, { name, context }));
    } else {
      const other = byId.get(ids[0])?.name ?? '';
      onStatus(fill(on ? t.nowKnows : t.noLonger, { name, other }));
    }
  };

  return (
    <>
      {large && (
        <div className="field cm-ties__find">
          <label htmlFor="cm-ties-find">{t.find}</label>
          <input id="cm-ties-find" type="search" value={find} onChange={(e) => setFind(e.target.value)} aria-describedby="cm-ties-more" />
          <p id="cm-ties-more" className="cm-muted">
            {chooser.more > 0 && fill(t.chooserMore, { shown: chooser.list.length, total: chooser.list.length + chooser.more })}
          </p>
        </div>
      )}
      <div className="field cm-ties__chooser">
        <label htmlFor="cm-ties-person">{t.choose}</label>
        <select id="cm-ties-person" value={person?.id ?? ''} onChange={(e) => setChosenId((e.target as HTMLSelectElement).value)}>
          <option value="">{t.chooseNone}</option>
          {chooser.list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {person && (
        <PeopleChecklist
          key={person.id}
          {...roster}
          idPrefix="cm-ties-person"
          legend={fill(t.knowsLegend, { name: person.name })}
          person={person}
          checked={known}
          onChange={change}
        />
      )}
    </>
  );
}
