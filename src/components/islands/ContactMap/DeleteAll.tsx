import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { deleteAllContacts } from '../../../stores/contacts';
import { useConfirmFocus } from '../shared/useConfirmFocus';
import { ConfirmNotice } from './ConfirmNotice';
import { Section } from './labelled';

/** Delete all contacts, the map's and the address book's, after a confirmation that says how many. */
export function DeleteAll({
  strings: s,
  count,
  live,
  onMessage,
}: {
  strings: ContactStrings;
  count: number;
  live: boolean;
  onMessage(m: string): void;
}) {
  const [asking, setAsking] = useState(false);
  const [inBook, setInBook] = useState(0);
  const ask = async () => {
    const { $addressBook, addressBookDoc } = await import('../../../stores/addressBook');
    await addressBookDoc.ready;
    setInBook($addressBook.get().people.length);
    setAsking(true);
  };
  const { start, confirm } = useConfirmFocus(asking);
  return (
    <Section id="cm-delete" className="no-print" title={s.deleteTitle}>
      <p>{s.deleteIntro}</p>
      {asking ? (
        <ConfirmNotice
          id="cm-delete-question"
          question={
            <>
              {fill(s.deleteConfirmText, { n: count })} {inBook > 0 && fill(s.addressBook.deleteAlso, { n: inBook })}
            </>
          }
          yes={s.deleteConfirm}
          no={s.deleteCancel}
          confirmRef={confirm}
          onYes={() => {
            deleteAllContacts();
            void import('../../../stores/addressBook').then((b) => b.clearAddressBook());
            setAsking(false);
            onMessage(s.deleted);
          }}
          onNo={() => setAsking(false)}
        />
      ) : (
        <button type="button" className="secondary" ref={start} disabled={!live || count === 0} onClick={() => void ask()}>
          {s.deleteAll}
        </button>
      )}
    </Section>
  );
}
