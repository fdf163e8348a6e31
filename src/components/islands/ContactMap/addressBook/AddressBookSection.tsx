import { lazy, Suspense } from 'react';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { useHydrated } from '../../shared/useClientValue';
import { Section } from '../labelled';

/**
 * The address book, loaded after hydration (it is not in the page's first-load JavaScript, and the
 * server renders only its heading, so nothing depends on stored data before the island runs).
 */
const AddressBook = lazy(() => import('./AddressBook'));

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  live: boolean;
  onMessage(message: string): void;
}

export function AddressBookSection(props: Props) {
  const hydrated = useHydrated();
  const s = props.strings.addressBook;
  return (
    <Section id="cm-book" className="cm-book no-print" title={s.title}>
      {hydrated ? (
        <Suspense fallback={<p className="cm-muted">{s.loading}</p>}>
          <AddressBook {...props} />
        </Suspense>
      ) : (
        <p className="cm-muted">{s.loading}</p>
      )}
    </Section>
  );
}
