import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import type { GroupKey } from '../../../../lib/contacts/network/picker';
import type { Person } from '../../../../lib/contacts/types';

/** People, groups and counts in the map's words (the insights and the ties picker). */

export const groupName = (s: ContactStrings, key: GroupKey) => (key === 'none' ? s.noContext : s.contexts[key]);

export const tieCount = (s: ContactStrings, n: number) => (n === 1 ? s.ties.tiesOne : fill(s.ties.tiesMany, { n }));

/** Names for a list of ids: the first few, then "and n more". */
export function nameList(s: ContactStrings, ids: readonly string[], byId: Map<string, Person>, max = 6): string {
  const names = ids.slice(0, max).map((id) => byId.get(id)?.name ?? '');
  const rest = ids.length - max;
  return rest > 0 ? `${names.join(', ')} ${rest === 1 ? s.andOneMore : fill(s.andMore, { n: rest })}` : names.join(', ');
}

export const peopleCount = (s: ContactStrings, n: number) => (n === 1 ? s.peopleOne : fill(s.peopleMany, { n }));

const more = (s: ContactStrings, n: number) => (n === 1 ? s.andOneMore : fill(s.andMore, { n }));

/** Words as a list, "a, b og c"; past `max` of them, the first ones and "og n flere". */
export function wordList(s: ContactStrings, items: readonly string[], max = 6): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} ${more(s, items.length - max)}`;
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${s.netGrouped.and}${items[items.length - 1]}`;
}

/** Clauses that may hold "og" themselves, kept apart by semicolons: "kreds 2 gennem Bo; kreds 3 gennem Eva og Ida". */
export function clauseList(s: ContactStrings, items: readonly string[], max = 6): string {
  const shown = items.slice(0, max).join('; ');
  return items.length > max ? `${shown}; ${more(s, items.length - max)}` : shown;
}
