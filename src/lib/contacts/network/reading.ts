import { communities } from './communities';
import { neighbours, type Tie } from './ties';

/**
 * What the ties between the people on the map say, as data for the island to word. The ideas:
 * - A network where everyone knows everyone brings the same news twice; openings and new information
 *   come through people who reach other circles (Granovetter 1973, "The strength of weak ties";
 *   Burt 1992, "Structural Holes").
 * - Someone who is the only link between the reader's main circle and another one is a broker: worth
 *   keeping in touch with, and the way into that circle (Burt 1992).
 * - A circle that knows nobody else on the map is one the reader alone connects: the reader is the
 *   broker there (Ibarra & Hunter 2007, "How leaders create and use networks").
 */

/** When the share of pairs who know each other counts as low or high. */
export const densityLevels = { low: 0.15, high: 0.5 } as const;
/** A cluster is a group of at least this many people who mostly know each other. */
export const CLUSTER_MIN = 3;

export interface Cluster {
  /** The people in it, in the map's order. */
  members: string[];
  /** The share of pairs inside it who know each other. */
  density: number;
}

export interface Broker {
  /** The one person every tie between the main cluster and `cluster` goes through. */
  person: string;
  /** Index into `clusters` of the circle they lead to. */
  cluster: number;
}

export interface NetworkReading {
  /** People on the map (the reader not counted). */
  people: number;
  ties: number;
  /** The share of all pairs who know each other: 0 to 1 (0 with fewer than two people). */
  density: number;
  densityLevel: 'low' | 'medium' | 'high';
  /** Groups that mostly know each other, largest first; the first is the main cluster. */
  clusters: Cluster[];
  brokers: Broker[];
  /** Indices into `clusters` of the circles nobody on the map links to the main cluster: only the reader does. */
  ownBridges: number[];
  /** People who know nobody else on the map. */
  loners: string[];
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function densityOf(members: readonly string[], near: Map<string, Set<string>>): number {
  if (members.length < 2) return 0;
  const inside = new Set(members);
  let count = 0;
  for (const id of members) for (const other of near.get(id) ?? []) if (inside.has(other)) count++;
  return count / 2 / pairs(members.length);
}

/** The connected parts of the network: id → the index of its part. */
function parts(people: readonly string[], near: Map<string, Set<string>>): Map<string, number> {
  const part = new Map<string, number>();
  let index = 0;
  for (const start of people) {
    if (part.has(start)) continue;
    const queue = [start];
    part.set(start, index);
    while (queue.length) {
      for (const next of near.get(queue.pop()!) ?? []) {
        if (!part.has(next)) {
          part.set(next, index);
          queue.push(next);
        }
      }
    }
    index++;
  }
  return part;
}

/** The people every one of these ties includes: one person, both ends of a single tie, or none. */
function soleLink(ties: readonly Tie[]): string[] {
  if (ties.length === 0) return [];
  return ties[0].filter((id) => ties.every((tie) => tie.includes(id)));
}

/** Read the network of the people on the map (`people` in the map's order) and the ties between them. */
export function readNetwork(people: readonly string[], ties: readonly Tie[]): NetworkReading {
  const near = neighbours(people, ties);
  const tieCount = [...near.values()].reduce((sum, set) => sum + set.size, 0) / 2;
  const density = people.length < 2 ? 0 : tieCount / pairs(people.length);
  const densityLevel = density < densityLevels.low ? 'low' : density > densityLevels.high ? 'high' : 'medium';

  const index = new Map(people.map((id, i) => [id, i]));
  const adjacency = people.map((id) => [...(near.get(id) ?? [])].map((other) => index.get(other)!));
  const clusters: Cluster[] = communities(adjacency)
    .filter((group) => group.length >= CLUSTER_MIN)
    .map((group) => group.map((i) => people[i]))
    .map((members) => ({ members, density: densityOf(members, near) }));

  const clusterOf = new Map<string, number>();
  clusters.forEach((cluster, c) => cluster.members.forEach((id) => clusterOf.set(id, c)));
  const brokers: Broker[] = [];
  const ownBridges: number[] = [];
  if (clusters.length > 0) {
    const part = parts(people, near);
    const mainPart = part.get(clusters[0].members[0]);
    const crossing = clusters.map(() => [] as Tie[]);
    for (const tie of ties) {
      const [a, b] = [clusterOf.get(tie[0]), clusterOf.get(tie[1])];
      if (a === 0 && b !== undefined && b > 0) crossing[b].push(tie);
      else if (b === 0 && a !== undefined && a > 0) crossing[a].push(tie);
    }
    clusters.forEach((cluster, c) => {
      if (c === 0) return;
      if (part.get(cluster.members[0]) !== mainPart) ownBridges.push(c);
      else for (const person of soleLink(crossing[c])) brokers.push({ person, cluster: c });
    });
  }
  const loners = people.filter((id) => (near.get(id)?.size ?? 0) === 0);
  return { people: people.length, ties: tieCount, density, densityLevel, clusters, brokers, ownBridges, loners };
}
