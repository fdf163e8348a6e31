import { densityLevels, readNetwork, type NetworkReading } from './reading';
import type { Tie } from './ties';

/**
 * The network reading turned into insights a reader can act on: each names the people it is about
 * and carries one suggested action, as codes; the island words them in Danish or English.
 */

export interface BrokerLink {
  /** The circle (its members, in the map's order) that only these people link to the main one. */
  circle: string[];
  /** The one person every tie into it goes through, or the two ends of the only tie into it. */
  people: string[];
}

export type NetworkInsight =
  /** Most people know each other: the same news comes twice. Action: find someone outside it. */
  | { kind: 'closeKnit'; density: number; people: string[] }
  /** Few know each other: varied news, little backing. Action: introduce two who should meet. */
  | { kind: 'scattered'; density: number; people: string[] }
  /**
   * Every circle with one link into it from the main circle, said once for all of them (with 40 people a
   * sentence per broker read the same many times over). Action: keep in touch with them, ask for an introduction.
   */
  | { kind: 'broker'; main: string[]; links: BrokerLink[] }
  /** The circles only the reader links to the main one, all in one finding. Action: introduce two across them. */
  | { kind: 'ownBridge'; main: string[]; circles: string[][] }
  /** People who know nobody else on the map. Action: check whether someone on the map should meet them. */
  | { kind: 'loners'; people: string[] };

/** Ties are worth reading from this many people on the map and this many ties. */
export const NETWORK_READING_FROM = { people: 5, ties: 1 } as const;

/** The reading's brokers by the circle they lead into, in the order of the circles. */
export function brokerLinks(reading: NetworkReading): BrokerLink[] {
  const byCircle = new Map<number, string[]>();
  for (const { person, cluster } of reading.brokers) byCircle.set(cluster, [...(byCircle.get(cluster) ?? []), person]);
  return [...byCircle.entries()].sort(([a], [b]) => a - b).map(([c, people]) => ({ circle: reading.clusters[c].members, people }));
}

/** The findings of a reading, each kind said at most once and naming everyone it is about. */
export function networkInsights(reading: NetworkReading): NetworkInsight[] {
  if (reading.people < NETWORK_READING_FROM.people || reading.ties < NETWORK_READING_FROM.ties) return [];
  const insights: NetworkInsight[] = [];
  const main = reading.clusters[0]?.members ?? [];
  if (reading.density > densityLevels.high) insights.push({ kind: 'closeKnit', density: reading.density, people: main });
  if (reading.density < densityLevels.low) insights.push({ kind: 'scattered', density: reading.density, people: reading.loners });
  const links = brokerLinks(reading);
  if (links.length > 0) insights.push({ kind: 'broker', main, links });
  if (reading.ownBridges.length > 0)
    insights.push({ kind: 'ownBridge', main, circles: reading.ownBridges.map((c) => reading.clusters[c].members) });
  if (reading.loners.length > 0 && reading.density >= densityLevels.low) insights.push({ kind: 'loners', people: reading.loners });
  return insights;
}

export interface NetworkSummary {
  reading: NetworkReading;
  insights: NetworkInsight[];
}

/**
 * The reading and its insights for the people on the map (ids in the map's order), or null when
 * nobody is marked as knowing anyone. It needs only ids and ties, so an edit to a person's fields
 * does not read the network again.
 */
export function summariseNetwork(people: readonly string[], ties: readonly Tie[]): NetworkSummary | null {
  if (ties.length === 0 || people.length < 2) return null;
  const reading = readNetwork(people, ties);
  return { reading, insights: networkInsights(reading) };
}
