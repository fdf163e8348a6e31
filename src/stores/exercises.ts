import { computed } from 'nanostores';
import type { DocStatus, PersistentDoc } from './persist';
import { addressBookDoc } from './addressBook';
import { contactDoc } from './contacts';
import { snapshotsDoc } from './contactSnapshots';
import { groupDoc } from './group';
import { quizDoc } from './quiz';
import { roomDoc } from './room';

/** Every exercise's stored data, in the order the "My data" page lists them. Add new exercises here. */
export const exerciseDocs: {
  id: 'quiz' | 'groupPurpose' | 'contactMap' | 'contactSnapshots' | 'addressBook' | 'room';
  doc: PersistentDoc<unknown>;
}[] = [
  { id: 'quiz', doc: quizDoc as PersistentDoc<unknown> },
  { id: 'groupPurpose', doc: groupDoc as PersistentDoc<unknown> },
  { id: 'contactMap', doc: contactDoc as PersistentDoc<unknown> },
  // The contact map's saved snapshots (the map on a date, to see change over time).
  { id: 'contactSnapshots', doc: snapshotsDoc as PersistentDoc<unknown> },
  // The contact map's address book: everyone imported from files (the map holds the people chosen).
  { id: 'addressBook', doc: addressBookDoc as PersistentDoc<unknown> },
  // The workshop facilitator's scanned results: kept, exported and deleted with the rest.
  { id: 'room', doc: roomDoc as PersistentDoc<unknown> },
];

/** Each exercise's save status and stored data, in `exerciseDocs` order (one store for the My data page). */
export const $exerciseDocStates = computed(
  exerciseDocs.flatMap(({ doc }) => [doc.$status, doc.$data]),
  (...values) => exerciseDocs.map((_, i) => ({ status: values[2 * i] as DocStatus, data: values[2 * i + 1] })),
);

/** What the server renders for `$exerciseDocStates`: every exercise still being checked, with no data. */
export const serverExerciseDocStates = (status: DocStatus) =>
  exerciseDocs.map(({ doc }) => ({ status, data: doc.spec.empty() as unknown }));
