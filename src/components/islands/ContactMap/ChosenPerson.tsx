import { useLayoutEffect, useRef } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Person } from '../../../lib/contacts/types';

interface Props {
  strings: ContactStrings;
  person: Person;
  /** The person in words: closeness, context, roles, connector. */
  description: string;
  /** Move focus to the card when it opens (a choice on the map), so the reader is where the card is. */
  takeFocus: boolean;
  onShowInTable(id: string): void;
  onClose(): void;
}

/** The card of the person chosen on the map: beside the map on a wide screen, directly under it on a phone. */
export function ChosenPerson({ strings: s, person, description, takeFocus, onShowInTable, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [person.id, takeFocus]);
  return (
    <section className="cm-selected__card" aria-labelledby="cm-selected-name">
      <h3 id="cm-selected-name" ref={heading} tabIndex={-1}>
        {fill(s.selected, { name: person.name })}
      </h3>
      <p>{description}</p>
      {person.organisation && (
        <p>
          {s.organisation}: {person.organisation}
        </p>
      )}
      {person.lastContact && (
        <p>
          {s.col.lastContact}: {person.lastContact}
        </p>
      )}
      {person.nextStep && (
        <p>
          {s.col.nextStep}: {person.nextStep}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => onShowInTable(person.id)}>
          {s.showInTable}
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          {s.closeCard}
        </button>
      </div>
    </section>
  );
}
