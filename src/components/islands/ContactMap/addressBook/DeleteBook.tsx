import { useState } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { clearAddressBook } from '../../../../stores/addressBook';
import { useConfirmFocus } from '../../shared/useConfirmFocus';
import { ConfirmNotice } from '../ConfirmNotice';

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
    <ConfirmNotice
      id="cm-book-delete-question"
      question={fill(s.deleteBookConfirm, { n: count })}
      yes={s.deleteBookYes}
      no={s.deleteBookNo}
      confirmRef={confirm}
      onYes={() => {
        clearAddressBook();
        setAsking(false);
        onMessage(s.deletedBook);
      }}
      onNo={() => setAsking(false)}
    />
  ) : (
    <button type="button" className="secondary" ref={start} disabled={!live} onClick={() => setAsking(true)}>
      {s.deleteBook}
    </button>
  );
}
