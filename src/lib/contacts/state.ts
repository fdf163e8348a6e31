import { isIsoDate, isValidId } from '../shared/ids';
import { inOrder, own } from '../shared/ordered';
import { goalKinds } from './types';
import { purposes } from '../shared/purposes';
import { cleanDraft, cut } from './clean';
import { joinTies, markGroup, setKnown as setKnownAmong } from './network/ties';
import { limits, type ContactState, type Goal, type LogEntry, type Person, type PersonDraft, type Tie } from './types';

export type { ContactState } from './types';

/**
 * The contact map's transitions: pure functions from one state to the next (the store in
 * `stores/contacts.ts` applies them). Merging lives in `merge.ts`, the stored format in `spec.ts`.
 */

export const emptyGoal = (): Goal => ({ kind: null, text: '', purpose: null });
export const emptyContactState = (): ContactState => ({ goal: emptyGoal(), people: {}, order: [], ties: [] });

/* Reading */

export const getPerson = (state: ContactState, id: string): Person | undefined => own(state.people, id);

/** The people in the order they were added. */
export const listPeople = (state: ContactState): Person[] => inOrder(state.people, state.order);

export const canAddPeople = (state: ContactState, n = 1): boolean => state.order.length + n <= limits.people;

/** The goal is set when a kind is chosen (and, for "own words", the words are written). */
export const hasGoal = (goal: Goal): boolean => goal.kind !== null && (goal.kind !== 'own' || goal.text.trim() !== '');

/** How two names are compared when merging duplicates: case, accents' composition and spacing do not count. */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();

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
  /** Their ties, so undo brings them back too. */
  ties: Tie[];
}

export function removePerson(state: ContactState, id: string): { state: ContactState; removed: RemovedPerson | null } {
  const person = own(state.people, id);
  if (!person) return { state, removed: null };
  const { [id]: _gone, ...people } = state.people;
  const index = state.order.indexOf(id);
  const theirs = (t: Tie) => t[0] === id || t[1] === id;
  const ties = state.ties.filter(theirs);
  return {
    state: { ...state, people, order: state.order.filter((x) => x !== id), ties: state.ties.filter((t) => !theirs(t)) },
    removed: { person, index, ties },
  };
}

/** Undo a removal, at the place the person had, with the ties they had to people still on the map. */
export function restorePerson(state: ContactState, removed: RemovedPerson): ContactState {
  if (own(state.people, removed.person.id) || !canAddPeople(state)) return state;
  const order = [...state.order];
  order.splice(Math.min(removed.index, order.length), 0, removed.person.id);
  const people = { ...state.people, [removed.person.id]: removed.person };
  const back = removed.ties.filter(([a, b]) => own(people, a) && own(people, b));
  return { ...state, people, order, ties: joinTies(state.ties, back).slice(0, limits.ties) };
}

/** A contact on `date` (`YYYY-MM-DD`): a log entry (`text` may be empty), and the last contact moves up to it. */
export function logContact(state: ContactState, id: string, date: string, text: string, now: Date): ContactState {
  const person = own(state.people, id);
  if (!person || !isIsoDate(date)) return state;
  return updatePerson(
    state,
    id,
    {
      log: [{ date, text }, ...person.log],
      lastContact: person.lastContact !== null && person.lastContact > date ? person.lastContact : date,
    },
    now,
  );
}

/** Remove one entry from a person's log (the last contact date stays as it is). */
export function removeLogEntry(state: ContactState, id: string, entry: LogEntry, now: Date): ContactState {
  const person = own(state.people, id);
  if (!person) return state;
  const log = person.log.filter((e) => !(e.date === entry.date && e.text === entry.text));
  return log.length === person.log.length ? state : updatePerson(state, id, { log }, now);
}

/** Everyone in `ids` was contacted on `today` (`YYYY-MM-DD`): each gets a log entry. */
export function markContacted(state: ContactState, ids: readonly string[], today: string, now: Date): ContactState {
  if (!isIsoDate(today)) return state;
  let next = state;
  for (const id of ids) next = logContact(next, id, today, '', now);
  return next;
}

/* Who knows whom */

/** A change to the ties that would pass the limit is refused whole. */
const fits = (state: ContactState, ties: Tie[]): ContactState => (ties.length > limits.ties ? state : { ...state, ties });
const onMap = (state: ContactState, ids: readonly string[]) => ids.filter((id) => own(state.people, id));

/** `person` knows exactly `known` among `among` (the people the picker showed); other ties stay. */
export function setKnown(state: ContactState, person: string, known: readonly string[], among: readonly string[]): ContactState {
  if (!own(state.people, person)) return state;
  return fits(state, setKnownAmong(state.ties, person, onMap(state, known), onMap(state, among)));
}

/** Everyone in `ids` knows everyone else in it. */
export function knowEachOther(state: ContactState, ids: readonly string[]): ContactState {
  return fits(state, markGroup(state.ties, onMap(state, ids)));
}
