import type { ContactState } from '../state';
import type { Person } from '../types';
import { mergeIntoBook } from './book';
import { emptyAddressBook, type AddressBook, type BookEntry } from './types';

/**
 * Before the address book, imports went straight onto the map: a LinkedIn export put hundreds of
 * unrated people there. `splitUntouchedImports` moves such people to the address book: people who came
 * with a company or position from a file (context "online" or none) and whom the reader never rated,
 * noted or planned anything with. Everyone the reader touched stays on the map, and nobody is lost:
 * the moved are in the address book, one click from the map again.
 */
export function isUntouchedImport(p: Person): boolean {
  return (
    (p.organisation !== '' || p.position !== '') &&
    p.contexts.every((c) => c === 'online') &&
    p.closeness === null &&
    p.roles.length === 0 &&
    !p.connector &&
    !p.peer &&
    p.lastContact === null &&
    p.nextStep.trim() === '' &&
    p.notes.trim() === ''
  );
}

export const entryFromPerson = (p: Person): BookEntry => ({
  name: p.name,
  organisation: p.organisation,
  position: p.position,
  connectedOn: null,
  email: '',
  linkedIn: p.contexts.includes('online'),
});

/** `stays` keeps someone on the map although they look like an untouched import (e.g. already in the address book). */
export function splitUntouchedImports(
  state: ContactState,
  stays: (p: Person) => boolean = () => false,
): { map: ContactState; moved: BookEntry[] } {
  const moved: BookEntry[] = [];
  const people: Record<string, Person> = {};
  const order: string[] = [];
  for (const id of state.order) {
    const p = state.people[id];
    if (!p) continue;
    if (isUntouchedImport(p) && !stays(p)) moved.push(entryFromPerson(p));
    else {
      people[id] = p;
      order.push(id);
    }
  }
  return moved.length
    ? {
        map: { goal: state.goal, people, order, ties: state.ties.filter(([a, b]) => Object.hasOwn(people, a) && Object.hasOwn(people, b)) },
        moved,
      }
    : { map: state, moved };
}

/**
 * A backup written before the address book (format version 1): its map's unrated imports go to the
 * address book, merged with any book in the file. Files of version 2 or later come back as they are.
 */
export function upgradeOldBackup(
  formatVersion: number,
  map: ContactState | undefined,
  book: AddressBook | undefined,
): { map: ContactState | undefined; book: AddressBook | undefined; moved: number } {
  if (formatVersion >= 2 || !map) return { map, book, moved: 0 };
  const split = splitUntouchedImports(map);
  if (!split.moved.length) return { map, book, moved: 0 };
  return { map: split.map, book: mergeIntoBook(book ?? emptyAddressBook(), split.moved).book, moved: split.moved.length };
}
