import { useStore } from '@nanostores/react';
import { useMemo } from 'react';
import { emptyContactState, listPeople } from '../../../lib/contacts/state';
import type { ContactState, Person } from '../../../lib/contacts/types';
import { $contacts, $contactStatus } from '../../../stores/contacts';
import { CHECKING_STATUS } from '../../../stores/persist';
import { useFirstInTransition } from '../shared/useFirstInTransition';

/** What the server renders: no people. */
export const SERVER_STATE: ContactState = emptyContactState();
const NO_PEOPLE: Person[] = [];

/**
 * The stored contact map as each of the page's two islands shows it. A thousand stored people arrive after hydration,
 * rendered in a transition (in slices, so the page never blocks for long), only once they are read (not the store's
 * empty state before that), and, given `after` (a reader who opened the page at the map), only once that settles.
 */
export function useStoredContacts(after: PromiseLike<unknown> | null) {
  const stored = useStore($contacts, { ssr: () => SERVER_STATE });
  const status = useStore($contactStatus, { ssr: () => CHECKING_STATUS });
  const loaded = status.save === 'checking' ? SERVER_STATE : stored;
  const state = useFirstInTransition(loaded, SERVER_STATE, loaded.order.length > 0 ? after : null);
  // Not before the stored people are on screen: an edit to a field still showing the empty form would overwrite them.
  const live = status.save !== 'checking' && status.save !== 'readonly' && state === stored;
  // Not on `state`: marking who knows whom changes only the ties, and must not draw every person again.
  const { people: record, order } = stored;
  const storedPeople = useMemo(() => listPeople({ ...SERVER_STATE, people: record, order }), [record, order]);
  // The map has the stored people at once, while the rest of the page still renders them: its layout worker starts then.
  const people = state === stored ? storedPeople : NO_PEOPLE;
  return { stored, state, live, storedPeople, people };
}
