import { requireDate } from './followUp/calendar';
import { dueList, type Due } from './followUp/rhythm';
import { closenessLevels, contexts, roles, weakLevels, type Closeness, type ContactContext, type ContactRole, type Person } from './types';

/**
 * What the contact map shows, as data: counts, shares, who can help with the goal and how, who has
 * is due a contact (`followUp/rhythm.ts`), and a short list of suggestions as codes. The island writes the
 * sentences, in Danish or English; nothing here is text for the reader.
 *
 * Dates are `YYYY-MM-DD` strings, counted so that the machine's time zone never moves them. `today`
 * is the reader's local date, which the caller supplies.
 */

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
 * - `reconnect`: `count` people are due a contact (`followUp/rhythm.ts`: their rhythm ran out, or they
 *   have a role and no date), and `withoutNextStep` of them have no next step written down.
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
  /** Who is due a contact, most important first (`dueList`). */
  due: Due[];
  suggestions: Suggestion[];
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
  requireDate(today, 'today');
  const perContext = countsFor(contexts);
  const firstContext = countsFor(contexts);
  const closeness = countsFor<Closeness | 'notRated'>([...closenessLevels, 'notRated']);
  const byRole = Object.fromEntries(roles.map((r) => [r, [] as string[]])) as Record<ContactRole, string[]>;
  const connectors: string[] = [];
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
  }
  const due = dueList(people, today);
  const noStep = new Set(people.filter((p) => p.nextStep.trim() === '').map((p) => p.id));
  const withoutNextStep = due.filter((d) => noStep.has(d.id)).length;

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
    if (due.length > 0) suggestions.push({ code: 'reconnect', count: due.length, withoutNextStep });
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
    due,
    suggestions,
  };
}
