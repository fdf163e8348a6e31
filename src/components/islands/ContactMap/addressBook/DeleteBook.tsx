import { useState } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { clearAddressBook } from '../../../../stores/addressBook';
import { useConfirmFocus } from '../../shared/useConfirmFocus';

/** Delete the address book (the map keeps everyone on it), after a confirmation that says how many. */
export function DeleteBook({
  strings,
  count,
  live,
  onMessage,
}: {
  strings: ContactStrings;
  count: string;
  live: boolean;
  onMessage(m: string): void;
}) {
  const s = strings.addressBook;
  const [asking, setAsking] = useState(false);
  const { start, confirm } = useConfirmFocus(asking);
  return asking ? (
    <div className="notice" role="alertdialog" aria-labelledby="cm-book-delete-question">
      <p id="cm-book-delete-question">{fill(s.deleteBookConfirm, { n: count })}</p>
      <div className="notice__actions">
        <button
          type="button"
          className="danger"
          ref={confirm}
          onClick={() => {
            clearAddressBook();
            setAsking(false);
            onMessage(s.deletedBook);
          }}
        >
          {s.deleteBookYes}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {s.deleteBookNo}
        </button>
      </div>
    </div>
  ) : (
    <button type="button" className="secondary" ref={start} disabled={!live} onClick={() => setAsking(true)}>
      {s.deleteBook}
    </button>
  );
}
