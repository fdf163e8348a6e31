import { own } from '../shared/ordered';
import { isValidId } from '../shared/ids';
import { cleanDraft, uniqueIn } from './clean';
import { hasName, mergeByName, type MergeCounts } from './mergeByName';
import { joinTies, tieOf } from './network/ties';
import { hasGoal, listPeople, nameKey, personFromDraft } from './state';
import { limits, roles as roleOrder, type ContactState, type Person, type PersonDraft, type Tie } from './types';

/** Merging people: a file's drafts into the map, and a whole imported map (a backup, another tab) with the one here. */

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
      rhythm: base.rhythm !== 'none' ? base.rhythm : other.rhythm,
      log: [...base.log, ...other.log],
    },
    now,
  );
}

/** The map after a file's drafts were merged in, and how many were added, merged by name and left out (map full). */
export interface DraftMerge extends MergeCounts {
  state: ContactState;
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
  const counts = mergeByName(drafts.map(cleanDraft).filter(hasName), {
    index: byName,
    key: (draft) => nameKey(draft.name),
    merge: (id, draft) => (people[id] = mergePerson(people[id]!, draft, now)),
    add(draft) {
      if (order.length >= limits.people) return null;
      const id = makeId();
      if (!isValidId(id) || Object.hasOwn(people, id)) throw new Error(`makeId gave an unusable id: ${id}`);
      people[id] = personFromDraft(id, draft, now);
      order.push(id);
      return id;
    },
  });
  return { state: { ...state, people, order }, ...counts };
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
  // Their ties, spelled with the ids here (someone merged by name has the id they have here).
  const idHere = (id: string) => (own(people, id) ? id : byName.get(nameKey(incoming.people[id]?.name ?? '')));
  const theirs: Tie[] = [];
  for (const [a, b] of incoming.ties) {
    const x = idHere(a);
    const y = idHere(b);
    const t = x !== undefined && y !== undefined ? tieOf(x, y) : null;
    if (t) theirs.push(t);
  }
  return {
    goal: hasGoal(current.goal) ? current.goal : incoming.goal,
    people,
    order,
    ties: joinTies(current.ties, theirs).slice(0, limits.ties),
  };
}
