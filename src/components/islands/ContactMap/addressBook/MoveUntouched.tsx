import { useStore } from '@nanostores/react';
import { useMemo, useState } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { isUntouchedImport } from '../../../../lib/contacts/addressBook/split';
import { personKey } from '../../../../lib/contacts/addressBook/fold';
import { $bookIndex, moveUntouchedToBook } from '../../../../stores/addressBook';
import { $contacts } from '../../../../stores/contacts';

/**
 * Offered when the map still holds unrated people imported before the address book existed: one
 * button moves them to the address book, so the map shows the people the reader chose.
 */
export function MoveUntouched({ strings, live, onMessage }: { strings: ContactStrings; live: boolean; onMessage(m: string): void }) {
  const s = strings.addressBook;
  const state = useStore($contacts);
  const index = useStore($bookIndex);
  const [busy, setBusy] = useState(false);
  // Only imports from before the address book: people put on the map from the book are in it.
  const count = useMemo(() => {
    const inBook = new Set(index.names);
    return state.order.filter((id) => {
      const p = state.people[id];
      return p !== undefined && isUntouchedImport(p) && !inBook.has(personKey(p.name));
    }).length;
  }, [state, index]);
  if (count === 0) return null;
  const move = async () => {
    setBusy(true);
    const done = await moveUntouchedToBook();
    setBusy(false);
    onMessage(
      done.ok
        ? fill(s.movedUntouched, { n: done.moved })
        : done.reason === 'full'
          ? fill(s.storageFull, { needed: done.needed, free: done.free })
          : s.locked,
    );
  };
  return (
    <div className="notice">
      <p>{fill(s.moveUntouched, { n: count })}</p>
      <button type="button" className="secondary" disabled={!live || busy} onClick={() => void move()}>
        {fill(s.moveUntouchedButton, { n: count })}
      </button>
    </div>
  );
}
