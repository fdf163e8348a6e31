import { useLayoutEffect, useRef } from 'react';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Person } from '../../../lib/contacts/types';
import { PersonHabit } from './followUp/PersonHabit';
import { ContextChoices, FlagChoices, PersonActions, PersonField } from './PersonFields';
import { TiesLine } from './ties/TiesLine';

interface Props {
  person: Person;
  strings: ContactStrings;
  live: boolean;
  onMessage(message: string, undo?: () => void): void;
  onClose(): void;
}

/** A table row's details: the fields the row has no room for. Focus moves to the first one when it opens. */
export function PersonDetails({ person: p, strings: s, live, onMessage, onClose }: Props) {
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  const base = { strings: s, person: p, live };
  return (
    <div className="cm-details">
      <ContextChoices {...base} className="choice" listClass="cm-details__contexts" firstRef={first} />
      <div className="cm-details__fields">
        <FlagChoices {...base} />
        <PersonField {...base} field="lastContact" id={`cm-last-${p.id}`} label={s.col.lastContact} />
        <PersonField {...base} field="organisation" id={`cm-org-${p.id}`} label={s.organisation} />
        <PersonField {...base} field="position" id={`cm-pos-${p.id}`} label={s.position} />
      </div>
      <PersonHabit {...base} idPrefix={`cm-habit-${p.id}`} />
      <PersonField {...base} field="notes" id={`cm-notes-${p.id}`} label={s.notes} />
      <TiesLine strings={s} id={p.id} />
      <PersonActions {...base} onMessage={onMessage}>
        <button type="button" className="link-button" onClick={onClose}>
          {s.closeDetails}
        </button>
      </PersonActions>
    </div>
  );
}
