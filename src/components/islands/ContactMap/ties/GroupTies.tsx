import { useState } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { limits, type Person } from '../../../../lib/contacts/types';
import { $contacts, knowEachOther } from '../../../../stores/contacts';
import { PeopleChecklist } from './PeopleChecklist';

interface Props {
  strings: ContactStrings;
  people: Person[];
  byId: ReadonlyMap<string, Person>;
  live: boolean;
  onStatus(text: string): void;
}

/** Tick several people, then one button: they all know each other. */
export function GroupTies({ strings: s, people, byId, live, onStatus }: Props) {
  const t = s.ties;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const change = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  const mark = () => {
    const ids = people.filter((p) => selected.has(p.id)).map((p) => p.id);
    if (ids.length < 2) return onStatus(t.groupTooFew);
    const before = $contacts.get().ties;
    knowEachOther(ids);
    if ($contacts.get().ties === before) return onStatus(fill(t.full, { limit: limits.ties }));
    setSelected(new Set());
    onStatus(fill(t.groupDone, { n: ids.length }));
  };
  return (
    <>
      <PeopleChecklist
        strings={s}
        idPrefix="cm-ties-group"
        legend={t.groupLegend}
        people={people}
        byId={byId}
        person={null}
        checked={selected}
        live={live}
        onChange={change}
      />
      <div className="button-row cm-ties__mark">
        <button type="button" disabled={!live} onClick={mark}>
          {t.groupButton}
        </button>
        <span className="cm-muted">{fill(t.groupChosen, { n: selected.size })}</span>
      </div>
    </>
  );
}
