import { isIsoDate, isValidId } from '../shared/ids';
import { inOrder, own } from '../shared/ordered';
import { purposes } from '../shared/purposes';
import type { DocSpec } from '../storage/envelope';
import {
  closenessLevels,
  contexts as contextOrder,
  goalKinds,
  limits,
  roles as roleOrder,
  type ContactContext,
  type ContactState,
  type Goal,
  type Person,
  type PersonDraft,
} from './types';

export type { ContactState } from './types';

export const emptyGoal = (): Goal => ({ kind: null, text: '', purpose: null });
export const emptyContactState = (): ContactState => ({ goal: emptyGoal(), people: {}, order: [] });

export const contactSpec: DocSpec<ContactState> = {
  kind: 'contactMap',
  version: 1,
  loadSchema: () => import('./schema').then((m) => m.contactStateSchema),
  empty: emptyContactState,
  count: (s) => s.order.length,
  merge: (current, incoming) => mergeContactStates(current, incoming),
};

/* Reading */

export const getPerson = (state: ContactState, id: string): Person | undefined => own(state.people, id);

/** The people in the order they were added. */
export const listPeople = (state: ContactState): Person[] => inOrder(state.people, state.order);

export const canAddPeople = (state: ContactState, n = 1): boolean => state.order.length + n <= limits.people;

/** The goal is set when a kind is chosen (and, for "own words", the words are written). */
export const hasGoal = (goal: Goal): boolean => goal.kind !== null && (goal.kind !== 'own' || goal.text.trim() !== '');

/** How two names are compared when merging duplicates: case, accents' composition and spacing do not count. */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();

/* Cleaning input */

const cut = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);
const clean = (text: string, max: number): string => cut(text.replace(/\s+/g, ' ').trim(), max);

const uniqueIn = <T extends string>(values: readonly T[], order: readonly T[]): T[] => order.filter((v) => values.includes(v));

function cleanDraft(draft: PersonDraft): PersonDraft {
  return {
    name: clean(draft.name, limits.name),
    // The first context is the person's sector on the map, so the reader's order is kept.
    contexts: [...new Set(draft.contexts)].filter((c): c is ContactContext => (contextOrder as readonly string[]).includes(c)),
    closeness: draft.closeness !== null && closenessLevels.includes(draft.closeness) ? draft.closeness : null,
    roles: uniqueIn(draft.roles, roleOrder),
    connector: draft.connector === true,
    peer: draft.peer === true,
    lastContact: draft.lastContact !== null && isIsoDate(draft.lastContact) ? draft.lastContact : null,
    nextStep: cut(draft.nextStep, limits.nextStep),
    notes: cut(draft.notes, limits.notes),
    organisation: clean(draft.organisation, limits.organisation),
    position: clean(draft.position, limits.position),
  };
}

/* Goal */

export function setGoal(state: ContactState, patch: Partial<Goal>): ContactState {
  const goal = { ...state.goal };
  if (patch.kind !== undefined) goal.kind = patch.kind === null || goalKinds.includes(patch.kind) ? patch.kind : goal.kind;
  if (patch.text !== undefined) goal.text = cut(patch.text, limits.goalText);
  if (patch.purpose !== undefined) goal.purpose = patch.purpose === null || purposes.includes(patch.purpose) ? patch.purpose : goal.purpose;
  return { ...state, goal };
}

/* People */

/** A new person from a draft; the caller makes the id (e.g. `crypto.randomUUID()`). */
export function personFromDraft(id: string, draft: PersonDraft, now: Date): Person {
  return { id, ...cleanDraft(draft), updatedAt: now.toISOString() };
}

/**
 * Add a person. Empty names, invalid or used ids and a full map change nothing
 * (the caller can tell by comparing `order.length`).
 */
export function addPerson(state: ContactState, id: string, draft: PersonDraft, now: Date): ContactState {
  const person = personFromDraft(id, draft, now);
  if (person.name === '' || !isValidId(id) || own(state.people, id) || !canAddPeople(state)) return state;
  return { ...state, people: { ...state.people, [id]: person }, order: [...state.order, id] };
}

export type PersonPatch = Partial<PersonDraft>;

/** Change some of a person's fields. An empty name is refused (the old one stays). */
export function updatePerson(state: ContactState, id: string, patch: PersonPatch, now: Date): ContactState {
  const current = own(state.people, id);
  if (!current) return state;
  const { id: _id, updatedAt: _at, ...draft } = current;
  const next = cleanDraft({ ...draft, ...patch });
  if (next.name === '') next.name = current.name;
  return { ...state, people: { ...state.people, [id]: { id, ...next, updatedAt: now.toISOString() } } };
}

/** Toggle one value in a person's list of contexts or roles. */
export function toggleIn<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}

export interface RemovedPerson {
  person: Person;
  index: number;
}

export function removePerson(state: ContactState, id: string): { state: ContactState; removed: RemovedPerson | null } {
  const person = own(state.people, id);
  if (!person) return { state, removed: null };
  const { [id]: _gone, ...people } = state.people;
  const index = state.order.indexOf(id);
  return { state: { ...state, people, order: state.order.filter((x) => x !== id) }, removed: { person, index } };
}

/** Undo a removal, at the place the person had. */
export function restorePerson(state: ContactState, removed: RemovedPerson): ContactState {
  if (own(state.people, removed.person.id) || !canAddPeople(state)) return state;
  const order = [...state.order];
  order.splice(Math.min(removed.index, order.length), 0, removed.person.id);
  return { ...state, people: { ...state.people, [removed.person.id]: removed.person }, order };
}

/** Everyone in `ids` was contacted on `today` (`YYYY-MM-DD`). */
export function markContacted(state: ContactState, ids: readonly string[], today: string, now: Date): ContactState {
  if (!isIsoDate(today)) return state;
  let next = state;
  for (const id of ids) next = updatePerson(next, id, { lastContact: today }, now);
  return next;
}

/* Merging: imports and two tabs */

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a >= b ? a : b);
const pick = (mine: string, theirs: string): string => (mine.trim() !== '' ? mine : theirs);

/**
 * One person from two records of the same person: lists are joined, the newer last contact is kept,
 * and a field empty on one side is filled from the other. Where both have a value, `base` wins.
 */
export function mergePerson(base: Person, other: PersonDraft, now: Date): Person {
  return personFromDraft(
    base.id,
    {
      name: base.name,
      contexts: [...base.contexts, ...other.contexts.filter((c) => !base.contexts.includes(c))],
      closeness: base.closeness ?? other.closeness,
      roles: uniqueIn([...base.roles, ...other.roles], roleOrder),
      connector: base.connector || other.connector,
      peer: base.peer || other.peer,
      lastContact: later(base.lastContact, other.lastContact),
      nextStep: pick(base.nextStep, other.nextStep),
      notes: pick(base.notes, other.notes),
      organisation: pick(base.organisation, other.organisation),
      position: pick(base.position, other.position),
    },
    now,
  );
}

export interface DraftMerge {
  state: ContactState;
  /** New people. */
  added: number;
  /** Drafts that matched someone already on the map (or an earlier draft) by name. */
  merged: number;
  /** Drafts left out because the map is full. */
  skipped: number;
}

/**
 * Add people read from a file. A draft whose name matches someone already there (see `nameKey`) is
 * merged into that person instead of added; so are duplicates within the file. `makeId` gives new ids.
 */
export function mergeDrafts(state: ContactState, drafts: readonly PersonDraft[], makeId: () => string, now: Date): DraftMerge {
  const people = { ...state.people };
  const order = [...state.order];
  const byName = new Map<string, string>();
  for (const id of order) {
    const p = own(people, id);
    if (p) byName.set(nameKey(p.name), id);
  }
  let added = 0;
  let merged = 0;
  let skipped = 0;
  for (const raw of drafts) {
    const draft = cleanDraft(raw);
    if (draft.name === '') continue;
    const key = nameKey(draft.name);
    const existing = byName.get(key);
    if (existing !== undefined) {
      people[existing] = mergePerson(people[existing]!, draft, now);
      merged++;
      continue;
    }
    if (order.length >= limits.people) {
      skipped++;
      continue;
    }
    const id = makeId();
    if (!isValidId(id) || Object.hasOwn(people, id)) throw new Error(`makeId gave an unusable id: ${id}`);
    people[id] = personFromDraft(id, draft, now);
    order.push(id);
    byName.set(key, id);
    added++;
  }
  return { state: { ...state, people, order }, added, merged, skipped };
}

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/**
 * Combine a whole imported contact map with the one here: the same id keeps the newer record; a new id
 * whose name matches someone here is merged into that person; the goal here is kept unless it is empty.
 */
export function mergeContactStates(current: ContactState, incoming: ContactState): ContactState {
  const people = { ...current.people };
  const order = [...current.order];
  const byName = new Map(listPeople(current).map((p) => [nameKey(p.name), p.id]));
  for (const person of listPeople(incoming)) {
    const mine = own(people, person.id);
    if (mine) {
      if (time(person.updatedAt) > time(mine.updatedAt)) people[person.id] = person;
      continue;
    }
    const same = byName.get(nameKey(person.name));
    if (same !== undefined) {
      const { id: _id, updatedAt, ...draft } = person;
      people[same] = mergePerson(people[same]!, draft, new Date(Math.max(time(updatedAt), time(people[same]!.updatedAt))));
      continue;
    }
    if (order.length >= limits.people) break;
    people[person.id] = person;
    order.push(person.id);
    byName.set(nameKey(person.name), person.id);
  }
  return { goal: hasGoal(current.goal) ? current.goal : incoming.goal, people, order };
}
