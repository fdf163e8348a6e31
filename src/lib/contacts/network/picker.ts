import { contexts, type ContactContext, type Person } from '../types';

/**
 * The "who knows whom" picker's list: the people grouped by their first context (their sector on the
 * map), the chosen person's own contexts first, so the people they most likely know come first. A map
 * of a thousand people must not put a thousand checkboxes on the page: groups open on demand, a text
 * box filters, and each open group shows a page of people at a time.
 */

export type GroupKey = ContactContext | 'none';

export interface PickerGroup {
  key: GroupKey;
  /** Everyone in the group who matches the text filter, by name. */
  members: string[];
  /** Open: its checkboxes are shown (the first `limit` of them). */
  open: boolean;
  /** How many of `members` to show now. */
  limit: number;
}

/** Up to this many others, every group is open from the start. */
export const OPEN_ALL_UP_TO = 60;
/** An open group shows this many people, then "show more" adds as many again. */
export const GROUP_PAGE = 40;

export interface PickerOptions {
  /** The chosen person (left out of the list), or null for the "know each other" list of everyone. */
  person: Person | null;
  /** Text to filter names by (case and accents as typed are ignored); empty shows everyone. */
  query: string;
  /** Groups the reader opened, and how many of each they asked to see. */
  shown: ReadonlyMap<GroupKey, number>;
  /** How names are ordered (default `compareNames`). */
  compare?(a: string, b: string): number;
}

/* Made on first use: creating a collator loads locale data, which costs a page time while it hydrates. */
let collator: Intl.Collator | undefined;
/** Names in alphabetical order (Danish rules put æ, ø, å last; English names sort the same way). */
export const compareNames = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('da', { sensitivity: 'base', numeric: true })).compare(a, b);

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** A test for names containing `query` (case and accents ignored): the query is folded once, not once a name. */
function namesMatching(query: string): (name: string) => boolean {
  const q = fold(query.trim());
  return q === '' ? () => true : (name) => fold(name).includes(q);
}

/** Does `name` contain `query` (case and accents ignored)? */
export function nameMatches(name: string, query: string): boolean {
  return namesMatching(query)(name);
}

/** People by name, the same names by id. */
const byNameThenId = (a: Person, b: Person) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1);

/**
 * The first `count` of `list` by name, in order, without sorting the rest: a thousand people take about a thousand
 * comparisons and a few hundred insertions instead of the ten thousand comparisons of a full sort.
 */
export function firstByName(list: readonly Person[], count: number): Person[] {
  const first: Person[] = [];
  for (const p of list) {
    if (first.length === count && byNameThenId(p, first[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = first.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byNameThenId(first[mid]!, p) < 0) lo = mid + 1;
      else hi = mid;
    }
    first.splice(lo, 0, p);
    if (first.length > count) first.pop();
  }
  return first;
}

const groupOf = (p: Person): GroupKey => p.contexts[0] ?? 'none';

/** The groups in the picker's order (the chosen person's contexts first), only those with someone in them. */
export function pickerGroups(people: readonly Person[], options: PickerOptions): PickerGroup[] {
  const { person, query, shown, compare = compareNames } = options;
  const others = people.filter((p) => p.id !== person?.id);
  const first: GroupKey[] = person?.contexts.length ? person.contexts : person ? ['none'] : [];
  const order: GroupKey[] = [...first, ...[...contexts, 'none' as const].filter((k) => !first.includes(k))];
  const byGroup = new Map<GroupKey, Person[]>(order.map((k) => [k, []]));
  const matches = namesMatching(query);
  for (const p of others) if (matches(p.name)) byGroup.get(groupOf(p))!.push(p);
  const openAll = others.length <= OPEN_ALL_UP_TO || query.trim() !== '';
  return order
    .filter((key) => byGroup.get(key)!.length > 0)
    .map((key) => {
      const members = byGroup
        .get(key)!
        .sort((a, b) => compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
        .map((p) => p.id);
      const asked = shown.get(key);
      const open = asked !== undefined || openAll || first.includes(key);
      return { key, members, open, limit: Math.max(asked ?? 0, GROUP_PAGE) };
    });
}

/** Up to this many people, the person picker lists everyone; above it, only those matching its text box. */
export const CHOOSER_ALL_UP_TO = 150;
/** The most people the person picker lists at once on a large map. */
export const CHOOSER_MAX = 40;

/** The people the person picker offers, by name: everyone on a small map; on a large one, the first matches of `query`. */
export function chooserPeople(people: readonly Person[], query: string, chosen: string | null): { list: Person[]; more: number } {
  if (people.length <= CHOOSER_ALL_UP_TO) return { list: [...people].sort(byNameThenId), more: 0 };
  const matches = namesMatching(query);
  const matching = people.filter((p) => matches(p.name));
  const list = firstByName(matching, CHOOSER_MAX);
  // The chosen person stays in the list, so the select keeps showing them.
  const current = chosen !== null && !list.some((p) => p.id === chosen) ? people.find((p) => p.id === chosen) : undefined;
  return { list: current ? [current, ...list] : list, more: matching.length - list.length };
}
