import { computed } from 'nanostores';
import { entryFromImport, mergeIntoBook, unpackEntry, type BookMerge } from '../lib/contacts/addressBook/book';
import { checkRoom, unitsToMegabytes } from '../lib/contacts/addressBook/capacity';
import { personKey } from '../lib/contacts/addressBook/fold';
import { indexBook } from '../lib/contacts/addressBook/search';
import { addressBookSpec } from '../lib/contacts/addressBook/spec';
import type { AddressBook, BookEntry } from '../lib/contacts/addressBook/types';
import type { ImportedPerson } from '../lib/contacts/formats/result';
import { emptyDraft, type ContactContext } from '../lib/contacts/types';
import { encodeEnvelope } from '../lib/storage/envelope';
import { $contacts, contactDoc, importDrafts } from './contacts';
import { persistentDoc, storage } from './persist';
import { hasRoomFor, usedUnits } from './storageRoom';

/**
 * The address book (everyone imported, not drawn) and its actions. Loaded only when the contact map
 * needs it (a file is read, the address book is opened, a name is typed in recall), so the page's
 * first-load JavaScript does not grow.
 */
export const addressBookDoc = persistentDoc(addressBookSpec);
export const $addressBook = addressBookDoc.$data;
export const $addressBookStatus = addressBookDoc.$status;
/** The search index, rebuilt only when the book changes. */
export const $bookIndex = computed($addressBook, indexBook);
/** The map's people by the address book's key, to mark who is on the map already. */
export const $onMap = computed($contacts, (s) => new Set(s.order.map((id) => personKey(s.people[id]?.name ?? ''))));

export const entryAt = (book: AddressBook, i: number): BookEntry | undefined => {
  const packed = book.people[i];
  return packed ? unpackEntry(book, packed) : undefined;
};

export interface BookImportPlan extends BookMerge {
  /** The book the merge was worked out from (a change since then means working it out again). */
  base: AddressBook;
}

/** What importing these people would do; nothing is written. */
export function planBookImport(people: readonly ImportedPerson[], keepEmail: boolean, linkedIn: boolean): BookImportPlan {
  const base = $addressBook.get();
  const entries = people.map((p) => entryFromImport(p, keepEmail, linkedIn));
  return { base, ...mergeIntoBook(base, entries) };
}

export type BookWrite =
  | { ok: true }
  /** The browser's storage cannot hold it; `needed` and `free` in megabytes. Nothing was written. */
  | { ok: false; reason: 'full'; needed: number; free: number }
  /** The stored book is being checked or was written by a newer version: nothing was written. */
  | { ok: false; reason: 'locked' };

/** `next`'s size as it will be stored, and what a write of it needs and has. */
function measureBook(next: AddressBook) {
  const current = storage.read(addressBookDoc.key)?.length ?? 0;
  const size = encodeEnvelope(addressBookSpec, next, new Date().toISOString()).length;
  const room = checkRoom(usedUnits(storage), current, size);
  const full = { ok: false, reason: 'full', needed: unitsToMegabytes(size), free: unitsToMegabytes(room.free + current) } as const;
  return { room, full };
}

const writable = () => {
  const status = addressBookDoc.$doc.get().status;
  return status === 'ok' || status === 'empty';
};

/**
 * Whether the browser's storage can hold `next` in place of the stored book: its size worked out as
 * it will be stored, checked against an estimate and then by a probe of the real storage. Nothing of
 * the reader's is written. Used before any write of a whole book (an import here, a backup on My data).
 */
export function roomForBook(next: AddressBook): BookWrite {
  if (!writable()) return { ok: false, reason: 'locked' };
  const { room, full } = measureBook(next);
  return room.fits && hasRoomFor(storage, room.extra) ? { ok: true } : full;
}

/**
 * Write a new book, after checking that the browser's storage can hold it (`roomForBook`). Should the
 * write still fail for lack of room, the book as it was is put back.
 */
export function writeBook(next: AddressBook): BookWrite {
  if (!writable()) return { ok: false, reason: 'locked' };
  const before = addressBookDoc.$doc.get();
  const { room, full } = measureBook(next);
  if (!room.fits || !hasRoomFor(storage, room.extra)) return full;
  if (!addressBookDoc.replace(next)) return { ok: false, reason: 'locked' };
  // Written now, not a moment later as edits are: whether the browser could hold it is the answer.
  if (!addressBookDoc.flush()) {
    if (before.status === 'ok') addressBookDoc.replace(before.data);
    else {
      addressBookDoc.clear();
      storage.remove(addressBookDoc.key);
    }
    return full;
  }
  return { ok: true };
}

/** Carry out an import plan (worked out again if the book changed in the meantime). */
export function applyBookImport(plan: BookImportPlan, people: readonly ImportedPerson[], keepEmail: boolean, linkedIn: boolean) {
  const fresh = plan.base === $addressBook.get() ? plan : planBookImport(people, keepEmail, linkedIn);
  const written = writeBook(fresh.book);
  return written.ok ? { ...written, added: fresh.added, merged: fresh.merged, skipped: fresh.skipped } : written;
}

/**
 * Put address book people on the map: LinkedIn's under "online" unless a context is given (recall),
 * with their company and position. Someone on the map already is not added twice.
 */
/** Put people on the map (a file's own notes come along when a short file goes on the map whole). */
export function addToMap(entries: readonly (BookEntry & { notes?: string })[], context: ContactContext | null = null) {
  const onMap = $onMap.get();
  const fresh = entries.filter((e) => !onMap.has(personKey(e.name)));
  const drafts = fresh.map((e) => ({
    ...emptyDraft(e.name),
    contexts: context ? [context] : e.linkedIn ? (['online'] as ContactContext[]) : [],
    organisation: e.organisation,
    position: e.position,
    notes: e.notes ?? '',
  }));
  const done = drafts.length ? importDrafts(drafts) : { added: 0, merged: 0, skipped: 0 };
  return done ? { added: done.added, already: entries.length - fresh.length + done.merged, skipped: done.skipped } : null;
}

/** Empty the address book (the map keeps everyone on it). */
export const clearAddressBook = () => addressBookDoc.clear();

/**
 * Move the map's unrated imports (from before the address book) to the address book; the map keeps
 * everyone the reader rated or noted anything about. Returns how many moved, or why nothing did.
 */
export async function moveUntouchedToBook(): Promise<BookWrite & { moved: number }> {
  const { splitUntouchedImports } = await import('../lib/contacts/addressBook/split');
  // People already in the address book were put on the map by the reader: they stay.
  const inBook = new Set($bookIndex.get().names);
  const stays = (p: { name: string }) => inBook.has(personKey(p.name));
  const { moved } = splitUntouchedImports($contacts.get(), stays);
  if (!moved.length) return { ok: true, moved: 0 };
  const written = writeBook(mergeIntoBook($addressBook.get(), moved).book);
  if (!written.ok) return { ...written, moved: 0 };
  contactDoc.update((s) => splitUntouchedImports(s, stays).map);
  return { ok: true, moved: moved.length };
}
