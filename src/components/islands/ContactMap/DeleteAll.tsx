import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { deleteAllContacts } from '../../../stores/contacts';
import { useConfirmFocus } from '../shared/useConfirmFocus';

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
    <section className="cm-section no-print" aria-labelledby="cm-delete-heading">
      <h2 id="cm-delete-heading">{s.deleteTitle}</h2>
      <p>{s.deleteIntro}</p>
      {asking ? (
        <div className="notice" role="alertdialog" aria-labelledby="cm-delete-question">
          <p id="cm-delete-question">
            {fill(s.deleteConfirmText, { n: count })} {inBook > 0 && fill(s.addressBook.deleteAlso, { n: inBook })}
          </p>
          <div className="notice__actions">
            <button
              type="button"
              className="danger"
              ref={confirm}
              onClick={() => {
                deleteAllContacts();
                void import('../../../stores/addressBook').then((b) => b.clearAddressBook());
                setAsking(false);
                onMessage(s.deleted);
              }}
            >
              {s.deleteConfirm}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {s.deleteCancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="secondary" ref={start} disabled={!live || count === 0} onClick={() => void ask()}>
          {s.deleteAll}
        </button>
      )}
    </section>
  );
}
