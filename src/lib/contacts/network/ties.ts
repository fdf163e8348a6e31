/**
 * Who knows whom among the people on the contact map: the ties between them, as pairs of ids.
 * The reader is not part of it (the reader knows everyone on their own map). A tie has no direction
 * and no strength: "these two know each other" is what a reader can say about 50 people in a few
 * minutes, and it is all the readings in `reading.ts` need (after Ibarra's network assessment, which
 * asks the same question about one's key contacts).
 *
 * Ties are kept as a sorted list of `[smaller id, larger id]` pairs, so the same network is always the
 * same data (easy to compare between snapshots, and to merge by value).
 */

export type Tie = readonly [string, string];

/** The pair for two people, smaller id first; null for one person with themself. */
export function tieOf(a: string, b: string): Tie | null {
  if (a === b) return null;
  return a < b ? [a, b] : [b, a];
}

const key = ([a, b]: Tie) => `${a}\u0000${b}`;

function fromKeys(keys: Iterable<string>): Tie[] {
  return [...keys].sort().map((k) => k.split('\u0000') as unknown as Tie);
}

/** The ties as a set of keys, for quick membership tests. */
function keySet(ties: readonly Tie[]): Set<string> {
  return new Set(ties.map(key));
}

/** Does `a` know `b`? */
export function knows(ties: readonly Tie[], a: string, b: string): boolean {
  const tie = tieOf(a, b);
  return tie !== null && ties.some((t) => t[0] === tie[0] && t[1] === tie[1]);
}

/** The ids `person` knows, in id order. */
export function tiesOf(ties: readonly Tie[], person: string): string[] {
  const out: string[] = [];
  for (const [a, b] of ties) {
    if (a === person) out.push(b);
    else if (b === person) out.push(a);
  }
  return out.sort();
}

/**
 * "`person` knows exactly these": the picker's answer for one person. Ties of `person` to anyone in
 * `among` who is not in `known` are removed; ties to people outside `among` stay (the picker may show
 * only some people, e.g. one context).
 */
export function setKnown(ties: readonly Tie[], person: string, known: readonly string[], among: readonly string[]): Tie[] {
  const shown = new Set(among);
  const keys = keySet(ties.filter(([a, b]) => !((a === person && shown.has(b)) || (b === person && shown.has(a)))));
  for (const other of known) {
    const tie = tieOf(person, other);
    if (tie && shown.has(other)) keys.add(key(tie));
  }
  return fromKeys(keys);
}

/** "These people all know each other": every pair in the group gets a tie. */
export function markGroup(ties: readonly Tie[], group: readonly string[]): Tie[] {
  const keys = keySet(ties);
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const tie = tieOf(group[i], group[j]);
      if (tie) keys.add(key(tie));
    }
  }
  return fromKeys(keys);
}

/** Two lists of ties as one, each pair once, in order. */
export function joinTies(ties: readonly Tie[], more: readonly Tie[]): Tie[] {
  const keys = keySet(ties);
  for (const tie of more) keys.add(key(tie));
  return fromKeys(keys);
}

/** Only the ties between people still on the map (after someone is removed, or a backup merged). */
export function keepTiesAmong(ties: readonly Tie[], people: readonly string[]): Tie[] {
  const present = new Set(people);
  return fromKeys(keySet(ties.filter(([a, b]) => a !== b && present.has(a) && present.has(b))));
}

/** Everyone's neighbours, for the readings: id → the ids they know. */
export function neighbours(people: readonly string[], ties: readonly Tie[]): Map<string, Set<string>> {
  const map = new Map(people.map((id) => [id, new Set<string>()]));
  for (const [a, b] of ties) {
    map.get(a)?.add(b);
    map.get(b)?.add(a);
  }
  return map;
}

/**
 * The names of the people `person` knows, in alphabetical order: the first `max` of them and how many
 * more there are, for a line that stays short however many ties a person has (the map's chosen-person card).
 * Ties to someone no longer known by `nameOf` are left out.
 */
export function knownNames(
  ties: readonly Tie[],
  person: string,
  nameOf: (id: string) => string | undefined,
  max = Infinity,
): { names: string[]; more: number } {
  const all = tiesOf(ties, person)
    .map(nameOf)
    .filter((name): name is string => name !== undefined)
    .sort((a, b) => a.localeCompare(b, 'da'));
  return { names: all.slice(0, max), more: Math.max(0, all.length - max) };
}
