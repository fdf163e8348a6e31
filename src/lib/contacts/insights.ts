import { isIsoDate } from '../shared/ids';
import { closenessLevels, contexts, roles, weakLevels, type Closeness, type ContactContext, type ContactRole, type Person } from './types';

/**
 * What the contact map shows, as data: counts, shares, who can help with the goal and how, who has
 * not been in touch for a while, and a short list of suggestions as codes. The island writes the
 * sentences, in Danish or English; nothing here is text for the reader.
 *
 * Dates are `YYYY-MM-DD` strings and all date arithmetic is on whole numbers (year, month, day):
 * no `Date` objects, so the result does not depend on the time zone of the machine. `today` is the
 * reader's local date, which the caller supplies.
 */

/** Someone is due a reconnection when the last contact is this many calendar months ago or more. */
export const RECONNECT_MONTHS = 3;

/**
 * When the suggestions speak up. Documented here so the copy can say the same:
 * - `enoughPeople`: below this the reader is asked to add more people: a map of a handful says little
 *   about a network, and the guided recall usually finds 15–30.
 * - `structureFrom`: the suggestions about the shape of the network (weak ties, contexts, connectors,
 *   peers) wait until this many people are on the map (for weak ties: this many with a closeness).
 * - `weakShare`: fewer weak ties than this share of the rated people triggers `fewWeakTies`. New
 *   information and openings mostly reach us through acquaintances rather than close friends
 *   (Granovetter 1973, "The strength of weak ties"), so a network of mostly close ties is a narrow one.
 * - `fewContexts`: people from fewer contexts than this triggers `fewContexts`: a network from one or
 *   two parts of life mostly knows what the reader knows.
 */
export const insightThresholds = {
  enoughPeople: 10,
  structureFrom: 5,
  weakShare: 1 / 3,
  fewContexts: 3,
} as const;

/**
 * A suggestion, most useful first. In this order, each only when it applies:
 * - `addPeople`: fewer than `enoughPeople` on the map (`count` now, `target` to aim for). When the map
 *   is empty this is the only suggestion.
 * - `rateCloseness`: `count` people have no closeness (the weak-tie reading needs it).
 * - `markRoles`: nobody is marked with a role (knowledge, bridge or door-opener).
 * - `roleGap`: people are marked, but nobody has this role (door-opener first, then bridge, then
 *   knowledge).
 * - `reconnect`: `count` people were last contacted `RECONNECT_MONTHS` months ago or more, and
 *   `withoutNextStep` of them have no next step written down.
 * - `fewWeakTies`: weak ties are less than `weakShare` of the rated people (`share` 0–1, `count`).
 * - `fewContexts`: the people come from only `used` contexts.
 * - `noConnectors`: nobody is marked as a connector (someone who knows many and introduces people).
 * - `noPeers`: nobody is marked as a peer.
 */
export type Suggestion =
  | { code: 'addPeople'; count: number; target: number }
  | { code: 'rateCloseness'; count: number }
  | { code: 'markRoles' }
  | { code: 'roleGap'; role: ContactRole }
  | { code: 'reconnect'; count: number; withoutNextStep: number }
  | { code: 'fewWeakTies'; count: number; share: number }
  | { code: 'fewContexts'; used: number }
  | { code: 'noConnectors' }
  | { code: 'noPeers' };
export type SuggestionCode = Suggestion['code'];

/** Someone to get back in touch with. */
export interface ReconnectEntry {
  id: string;
  lastContact: string;
  /** Whole calendar months since the last contact (at least `RECONNECT_MONTHS`). */
  monthsAgo: number;
  /** Whether a next step is written down. */
  hasNextStep: boolean;
}

export interface Insights {
  /** People on the map. */
  total: number;
  contexts: {
    /** How many of the contexts at least one person comes from (any of their contexts). */
    used: number;
    /** Per context, the people who list it among their contexts (someone can count in several). */
    people: Record<ContactContext, number>;
    /** Per context, the people whose first context it is: the map's sectors. */
    firstContext: Record<ContactContext, number>;
    /** People with no context. */
    none: number;
  };
  /** People per closeness, and `notRated` for those without. Sums to `total`. */
  closeness: Record<Closeness | 'notRated', number>;
  /** People with a closeness. */
  rated: number;
  /** Weak ties: the occasional and the dormant. */
  weakTies: {
    count: number;
    /** Of everyone, 0–1; null when the map is empty. */
    share: number | null;
    /** Of the rated people, 0–1; null when nobody is rated. */
    shareOfRated: number | null;
  };
  /** Per role, the ids of the people who have it, in the order given. */
  roles: Record<ContactRole, string[]>;
  /** The roles nobody has, in the order of `roles` (empty when the map is empty: there is nothing to read yet). */
  gaps: ContactRole[];
  /** Ids of the connectors, in the order given. */
  connectors: string[];
  /** How many are peers. */
  peers: number;
  /** People last contacted `RECONNECT_MONTHS` months ago or more, the longest ago first (ties in the order given). */
  reconnect: ReconnectEntry[];
  /** People with no (valid) date of last contact, in the order given. */
  neverRecorded: { id: string; hasNextStep: boolean }[];
  suggestions: Suggestion[];
}

// ---------------------------------------------------------------------------------------------
// Dates

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseDate(value: string): Ymd | null {
  if (!isIsoDate(value)) return null;
  return { y: Number(value.slice(0, 4)), m: Number(value.slice(5, 7)), d: Number(value.slice(8, 10)) };
}

function requireDate(value: string, name: string): Ymd {
  const date = parseDate(value);
  if (!date) throw new RangeError(`${name} must be a date written YYYY-MM-DD, got "${value}"`);
  return date;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const format = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function minusMonths({ y, m, d }: Ymd, months: number): Ymd {
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { y: year, m: month, d: Math.min(d, daysInMonth(year, month)) };
}

/**
 * The same day `months` calendar months earlier. When that month is shorter, the last day of it:
 * 31 May minus three months is 28 February (29 in a leap year), as in most calendar libraries.
 * Throws a RangeError when `date` is not a `YYYY-MM-DD` date.
 */
export function subtractMonths(date: string, months: number): string {
  return format(minusMonths(requireDate(date, 'date'), months));
}

/**
 * The first date of last contact that is NOT yet due a reconnection: someone last contacted before
 * this date is (`lastContact < overdueCutoff(today)`, comparing the strings). It is the day after
 * `subtractMonths(today, RECONNECT_MONTHS)`: on 31 May 2026 that is 1 March 2026, so a last
 * contact on 28 February is due and one on 1 March is not.
 */
export function overdueCutoff(today: string): string {
  const { y, m, d } = minusMonths(requireDate(today, 'today'), RECONNECT_MONTHS);
  if (d < daysInMonth(y, m)) return format({ y, m, d: d + 1 });
  return m === 12 ? format({ y: y + 1, m: 1, d: 1 }) : format({ y, m: m + 1, d: 1 });
}

/**
 * Whole calendar months from `date` to `today`: the largest n with `date` on or before
 * `subtractMonths(today, n)`. 0 when `date` is less than a month ago or after `today`; null when
 * `date` is not a valid date. So someone is due a reconnection exactly when this is at least
 * `RECONNECT_MONTHS`.
 */
export function monthsSince(date: string, today: string): number | null {
  const from = parseDate(date);
  if (!from) return null;
  const to = requireDate(today, 'today');
  let months = (to.y - from.y) * 12 + (to.m - from.m);
  // In the month of `date`, `subtractMonths(today, months)` falls on min(today's day, that month's length).
  if (from.d > Math.min(to.d, daysInMonth(from.y, from.m))) months--;
  return Math.max(0, months);
}

/**
 * Whether someone is due a reconnection: last contacted `RECONNECT_MONTHS` calendar months ago or
 * more (`lastContact` on or before `subtractMonths(today, 3)`). Someone without a valid date of last
 * contact is not overdue: they are "never recorded", a list of its own.
 */
export function isOverdue(person: Pick<Person, 'lastContact'>, today: string): boolean {
  return person.lastContact !== null && isIsoDate(person.lastContact) && person.lastContact < overdueCutoff(today);
}

// ---------------------------------------------------------------------------------------------
// The reading

// Guards against values the types rule out but a hand-edited file could still hold.
const isContext = (c: string): c is ContactContext => (contexts as readonly string[]).includes(c);
const isCloseness = (c: string): c is Closeness => (closenessLevels as readonly string[]).includes(c);

const countsFor = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Read the map: see `Insights`. Throws a RangeError when `today` is not a `YYYY-MM-DD` date. */
export function readInsights(people: readonly Person[], today: string): Insights {
  const cutoff = overdueCutoff(today);
  const perContext = countsFor(contexts);
  const firstContext = countsFor(contexts);
  const closeness = countsFor<Closeness | 'notRated'>([...closenessLevels, 'notRated']);
  const byRole = Object.fromEntries(roles.map((r) => [r, [] as string[]])) as Record<ContactRole, string[]>;
  const connectors: string[] = [];
  const reconnect: ReconnectEntry[] = [];
  const neverRecorded: { id: string; hasNextStep: boolean }[] = [];
  let noContext = 0;
  let peers = 0;

  for (const p of people) {
    const known = contexts.filter((c) => p.contexts.includes(c));
    for (const c of known) perContext[c]++;
    const first = p.contexts[0];
    if (first !== undefined && isContext(first)) firstContext[first]++;
    else noContext++;
    if (p.closeness !== null && isCloseness(p.closeness)) closeness[p.closeness]++;
    else closeness.notRated++;
    for (const r of roles) if (p.roles.includes(r)) byRole[r].push(p.id);
    if (p.connector) connectors.push(p.id);
    if (p.peer) peers++;
    const hasNextStep = p.nextStep.trim() !== '';
    if (p.lastContact === null || !isIsoDate(p.lastContact)) neverRecorded.push({ id: p.id, hasNextStep });
    else if (p.lastContact < cutoff)
      reconnect.push({ id: p.id, lastContact: p.lastContact, monthsAgo: monthsSince(p.lastContact, today)!, hasNextStep });
  }
  // Array.prototype.sort is stable: equal dates keep the order given.
  reconnect.sort((a, b) => (a.lastContact < b.lastContact ? -1 : a.lastContact > b.lastContact ? 1 : 0));

  const total = people.length;
  const rated = total - closeness.notRated;
  const weak = weakLevels.reduce((sum, level) => sum + closeness[level], 0);
  const used = contexts.filter((c) => perContext[c] > 0).length;
  const anyRole = roles.some((r) => byRole[r].length > 0);
  const gaps = total === 0 ? [] : roles.filter((r) => byRole[r].length === 0);
  const weakTies = { count: weak, share: total ? weak / total : null, shareOfRated: rated ? weak / rated : null };

  const t = insightThresholds;
  const suggestions: Suggestion[] = [];
  if (total < t.enoughPeople) suggestions.push({ code: 'addPeople', count: total, target: t.enoughPeople });
  if (total > 0) {
    if (closeness.notRated > 0) suggestions.push({ code: 'rateCloseness', count: closeness.notRated });
    if (!anyRole) suggestions.push({ code: 'markRoles' });
    else
      for (const role of (['access', 'goBetween', 'information'] as const).filter((r) => gaps.includes(r)))
        suggestions.push({ code: 'roleGap', role });
    if (reconnect.length > 0)
      suggestions.push({ code: 'reconnect', count: reconnect.length, withoutNextStep: reconnect.filter((r) => !r.hasNextStep).length });
    if (rated >= t.structureFrom && weak / rated < t.weakShare) suggestions.push({ code: 'fewWeakTies', count: weak, share: weak / rated });
    if (total >= t.structureFrom) {
      if (used < t.fewContexts) suggestions.push({ code: 'fewContexts', used });
      if (connectors.length === 0) suggestions.push({ code: 'noConnectors' });
      if (peers === 0) suggestions.push({ code: 'noPeers' });
    }
  }

  return {
    total,
    contexts: { used, people: perContext, firstContext, none: noContext },
    closeness,
    rated,
    weakTies,
    roles: byRole,
    gaps,
    connectors,
    peers,
    reconnect,
    neverRecorded,
    suggestions,
  };
}
