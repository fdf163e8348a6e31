import type { DocSpec } from '../../storage/envelope';
import { mergeBooks } from './book';
import { emptyAddressBook, type AddressBook } from './types';

/** How the address book is stored: its own document, beside the map's (`contactMap`). */
export const addressBookSpec: DocSpec<AddressBook> = {
  kind: 'addressBook',
  version: 1,
  loadSchema: () => import('./schema').then((m) => m.addressBookSchema),
  empty: emptyAddressBook,
  count: (b) => b.people.length,
  merge: mergeBooks,
};
