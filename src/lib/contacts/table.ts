import { isDue } from './followUp/rhythm';
import { closenessLevels, contexts, type Closeness, type ContactContext, type ContactRole, type Person } from './types';

/**
 * Filtering and sorting the people, for the table, the cards and the map alike. Pure, so the table and its tests agree on what
 * "sorted by closeness" means.
 */
export const sortKeys = ['added', 'name', 'context', 'closeness', 'lastContact'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface TableFilter {
  /** Matched against name, organisation, position, notes and next step, ignoring case. */
  text: string;
  context: ContactContext | 'all';
  closeness: Closeness | 'unrated' | 'all';
  role: ContactRole | 'none' | 'all';
  /** Only the people due a contact (the follow-up's list: their rhythm ran out, or a role and no date). */
  overdueOnly: boolean;
  /** Only people with a role for the goal, or marked connector (the ones the map always names). */
  withRoleOnly: boolean;
}

export const noFilter = (): TableFilter => ({
  text: '',
  context: 'all',
  closeness: 'all',
  role: 'all',
  overdueOnly: false,
  withRoleOnly: false,
});

export const isFiltered = (f: TableFilter): boolean =>
  f.text.trim() !== '' || f.context !== 'all' || f.closeness !== 'all' || f.role !== 'all' || f.overdueOnly || f.withRoleOnly;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('da');

/** The people that pass the filter, in their given order. `today` (`YYYY-MM-DD`) says who is due a contact. */
export function filterPeople(people: readonly Person[], filter: TableFilter, today: string): Person[] {
  const needle = fold(filter.text.trim());
  return people.filter((p) => {
    if (filter.context !== 'all' && !p.contexts.includes(filter.context)) return false;
    if (filter.closeness === 'unrated' ? p.closeness !== null : filter.closeness !== 'all' && p.closeness !== filter.closeness)
      return false;
    if (filter.role === 'none' ? p.roles.length > 0 : filter.role !== 'all' && !p.roles.includes(filter.role)) return false;
    if (filter.withRoleOnly && p.roles.length === 0 && !p.connector) return false;
    if (filter.overdueOnly && !isDue(p, today)) return false;
    if (needle === '') return true;
    return [p.name, p.organisation, p.position, p.notes, p.nextStep].some((field) => fold(field).includes(needle));
  });
}

/* Made on first use: creating a collator loads locale data, which cost the page 30 ms or more while it hydrated. */
let collator: Intl.Collator | undefined;
const compareNames = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('da', { sensitivity: 'base', numeric: true })).compare(a, b);
const rank = <T>(list: readonly T[], value: T | null): number => (value === null ? list.length : list.indexOf(value));

/**
 * Sorted copy. Unknown values (no context, not rated, no date) always come last; ties keep the order
 * people were added in, so the table does not jump around while the reader edits.
 */
export function sortPeople(people: readonly Person[], key: SortKey): Person[] {
  const indexed = people.map((p, i) => ({ p, i }));
  const compare = (a: Person, b: Person): number => {
    switch (key) {
      case 'name':
        return compareNames(a.name, b.name);
      case 'context':
        return rank(contexts, a.contexts[0] ?? null) - rank(contexts, b.contexts[0] ?? null);
      case 'closeness':
        return rank(closenessLevels, a.closeness) - rank(closenessLevels, b.closeness);
      case 'lastContact':
        // Longest ago first: those are the ones to follow up. Never recorded counts as longest ago.
        if (a.lastContact === b.lastContact) return 0;
        if (a.lastContact === null) return -1;
        if (b.lastContact === null) return 1;
        return a.lastContact < b.lastContact ? -1 : 1;
      default:
        return 0;
    }
  };
  indexed.sort((x, y) => compare(x.p, y.p) || x.i - y.i);
  return indexed.map((x) => x.p);
}
