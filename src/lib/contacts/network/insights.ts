import { densityLevels, readNetwork, type NetworkReading } from './reading';
import type { Tie } from './ties';

/**
 * The network reading turned into insights a reader can act on: each names the people it is about
 * and carries one suggested action, as codes; the island words them in Danish or English.
 */

export type NetworkInsight =
  /** Most people know each other: the same news comes twice. Action: find someone outside it. */
  | { kind: 'closeKnit'; density: number; people: string[] }
  /** Few know each other: varied news, little backing. Action: introduce two who should meet. */
  | { kind: 'scattered'; density: number; people: string[] }
  /** The one link into another circle. Action: keep in touch, ask them for an introduction. */
  | { kind: 'broker'; person: string; circle: string[] }
  /** A circle only the reader links to the rest. Action: introduce someone from it to the main circle. */
  | { kind: 'ownBridge'; circle: string[]; main: string[] }
  /** People who know nobody else on the map. Action: check whether someone on the map should meet them. */
  | { kind: 'loners'; people: string[] };

/** Ties are worth reading from this many people on the map and this many ties. */
export const NETWORK_READING_FROM = { people: 5, ties: 1 } as const;

export function networkInsights(reading: NetworkReading): NetworkInsight[] {
  if (reading.people < NETWORK_READING_FROM.people || reading.ties < NETWORK_READING_FROM.ties) return [];
  const insights: NetworkInsight[] = [];
  const main = reading.clusters[0]?.members ?? [];
  if (reading.density > densityLevels.high) insights.push({ kind: 'closeKnit', density: reading.density, people: main });
  if (reading.density < densityLevels.low) insights.push({ kind: 'scattered', density: reading.density, people: reading.loners });
  for (const broker of reading.brokers)
    insights.push({ kind: 'broker', person: broker.person, circle: reading.clusters[broker.cluster].members });
  for (const c of reading.ownBridges) insights.push({ kind: 'ownBridge', circle: reading.clusters[c].members, main });
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
