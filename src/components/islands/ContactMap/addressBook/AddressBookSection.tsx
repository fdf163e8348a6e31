import { lazy, Suspense } from 'react';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { useAfterMapDrawn } from '../firstDrawing';
import { Section } from '../labelled';

/**
 * The address book, loaded after hydration, and after the map for a reader who opened the page at it (it is not in
 * the page's first-load JavaScript, and the server renders only its heading, so nothing depends on stored data before
 * the island runs).
 */
const AddressBook = lazy(() => import('./AddressBook'));

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  live: boolean;
  onMessage(message: string): void;
}

export function AddressBookSection(props: Props) {
  const loaded = useAfterMapDrawn();
  const s = props.strings.addressBook;
  return (
    <Section id="cm-book" className="cm-book no-print" title={s.title}>
      {loaded ? (
        <Suspense fallback={<p className="cm-muted">{s.loading}</p>}>
          <AddressBook {...props} />
        </Suspense>
      ) : (
        <p className="cm-muted">{s.loading}</p>
      )}
    </Section>
  );
}
