import { mergeDrafts, type DraftMerge } from '../lib/contacts/merge';
import { contactSpec } from '../lib/contacts/spec';
import * as transitions from '../lib/contacts/state';
import type { PersonPatch, RemovedPerson } from '../lib/contacts/state';
import { emptyDraft, type ContactContext, type Goal, type LogEntry, type PersonDraft } from '../lib/contacts/types';
import { newId } from './ids';
import { persistentDoc } from './persist';
import { removeFrom } from './remove';

/** The contact map's stored state and the actions that change it. */
export const contactDoc = persistentDoc(contactSpec);
export const $contacts = contactDoc.$data;
export const $contactStatus = contactDoc.$status;

/** Today as `YYYY-MM-DD` in the reader's own time zone (what "contacted today" means to them). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const setGoal = (patch: Partial<Goal>) => contactDoc.update((s) => transitions.setGoal(s, patch));

/** Add someone recalled in a context; returns their id, or null when nothing was added. */
export function addPerson(name: string, context: ContactContext | null): string | null {
  const id = newId();
  let added = false;
  contactDoc.update((s) => {
    const next = transitions.addPerson(s, id, { ...emptyDraft(name), contexts: context ? [context] : [] }, new Date());
    added = next !== s;
    return next;
  });
  return added ? id : null;
}
export const updatePerson = (id: string, patch: PersonPatch) =>
  contactDoc.update((s) => transitions.updatePerson(s, id, patch, new Date()));
export const removePerson = (id: string): RemovedPerson | null => removeFrom(contactDoc, (s) => transitions.removePerson(s, id));
export const restorePerson = (removed: RemovedPerson) => contactDoc.update((s) => transitions.restorePerson(s, removed));
export const markContacted = (ids: readonly string[]) => contactDoc.update((s) => transitions.markContacted(s, ids, today(), new Date()));
/** A line in someone's contact log (`date` defaults to today). */
export const logContact = (id: string, text: string, date = today()) =>
  contactDoc.update((s) => transitions.logContact(s, id, date, text, new Date()));
export const removeLogEntry = (id: string, entry: LogEntry) =>
  contactDoc.update((s) => transitions.removeLogEntry(s, id, entry, new Date()));

/** `person` knows exactly `known` among the people the picker showed (`among`). */
export const setKnown = (person: string, known: readonly string[], among: readonly string[]) =>
  contactDoc.update((s) => transitions.setKnown(s, person, known, among));
/** Everyone in `ids` knows everyone else in it. */
export const knowEachOther = (ids: readonly string[]) => contactDoc.update((s) => transitions.knowEachOther(s, ids));

/** Merge people read from a file; returns what happened, or null when the map could not be changed. */
export function importDrafts(drafts: readonly PersonDraft[]): Omit<DraftMerge, 'state'> | null {
  let result: Omit<DraftMerge, 'state'> | null = null;
  const ok = contactDoc.update((s) => {
    const { state, ...counts } = mergeDrafts(s, drafts, newId, new Date());
    result = counts;
    return state;
  });
  return ok ? result : null;
}

/** Delete every contact and the goal. */
export const deleteAllContacts = () => contactDoc.clear();
