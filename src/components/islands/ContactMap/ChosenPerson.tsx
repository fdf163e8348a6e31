import { useLayoutEffect, useRef } from 'react';
import { formatDay } from '../../../i18n/dates';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Person } from '../../../lib/contacts/types';
import { useLang } from './followUp/useLang';
import { TiesLine } from './ties/TiesLine';

/** The card names this many of the people the chosen person knows, then "and n more". */
const CARD_TIES = 5;

interface Props {
  strings: ContactStrings;
  person: Person;
  /** The person in words: closeness, context, roles, connector. */
  description: string;
  /** Move focus to the card when it opens (a choice on the map), so the reader is where the card is. */
  takeFocus: boolean;
  /** Say whom the person knows (the exercise page, where ties are entered; not My data's copy of the map). */
  withTies: boolean;
  onShowInTable(id: string): void;
  onClose(): void;
}

/** The card of the person chosen on the map: beside the map on a wide screen, directly under it on a phone. */
export function ChosenPerson({ strings: s, person, description, takeFocus, withTies, onShowInTable, onClose }: Props) {
  const lang = useLang();
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
          {s.col.lastContact}: {formatDay(person.lastContact, lang)}
        </p>
      )}
      {person.nextStep && (
        <p>
          {s.col.nextStep}: {person.nextStep}
        </p>
      )}
      {withTies && <TiesLine strings={s} id={person.id} max={CARD_TIES} />}
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
