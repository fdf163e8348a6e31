import type { ContactStrings } from '../../../../i18n/islands/contacts';
import type { Person } from '../../../../lib/contacts/types';
import { ContactLog } from './ContactLog';
import { RhythmField } from './RhythmField';

import '../followUp.css';

/** Staying in touch with one person: their rhythm and their contact log (the table's details row and the phone's sheet). */
export function PersonHabit(props: { strings: ContactStrings; person: Person; live: boolean; idPrefix: string }) {
  const { idPrefix, ...base } = props;
  return (
    <div className="cm-habit">
      <RhythmField {...base} id={`${idPrefix}-rhythm`} />
      <ContactLog {...base} id={`${idPrefix}-log`} />
    </div>
  );
}
