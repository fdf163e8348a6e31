import { useState } from 'react';
import { fill } from '../../../../i18n/fill';
import { limits } from '../../../../lib/contacts/types';
import { $contacts, knowEachOther } from '../../../../stores/contacts';
import { PeopleChecklist, type Roster } from './PeopleChecklist';

interface Props {
  roster: Roster;
  onStatus(text: string): void;
}

/** Tick several people, then one button: they all know each other. */
export function GroupTies({ roster, onStatus }: Props) {
  const { people, live } = roster;
  const t = roster.strings.ties;
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
      <PeopleChecklist {...roster} idPrefix="cm-ties-group" legend={t.groupLegend} person={null} checked={selected} onChange={change} />
      <div className="button-row cm-ties__mark">
        <button type="button" disabled={!live} onClick={mark}>
          {t.groupButton}
        </button>
        <span className="cm-muted">{fill(t.groupChosen, { n: selected.size })}</span>
      </div>
    </>
  );
}
