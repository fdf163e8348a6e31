import type { Closeness, ContactRole } from '../types';
import type { NetworkReading } from '../network/reading';
import type { SnapshotChanges } from './compare';
import type { Snapshot } from './take';

/** One thing that changed for one person between two snapshots. */
export type PersonChange =
  | { kind: 'added' }
  | { kind: 'removed' }
  | { kind: 'closer' | 'further'; from: Closeness | null; to: Closeness | null }
  | { kind: 'revived' }
  | { kind: 'gained' | 'lost'; roles: ContactRole[] };

export interface PersonChanges {
  id: string;
  name: string;
  changes: PersonChange[];
}

/**
 * The comparison per person: everyone something changed for, in the later map's order, then those who
 * left (in the earlier one's), each with what changed. Their name is the later one (or the last known).
 */
export function changesByPerson(earlier: Snapshot, later: Snapshot, changes: SnapshotChanges): PersonChanges[] {
  const names = new Map([...earlier.people, ...later.people].map((p) => [p.id, p.name]));
  const found = new Map<string, PersonChange[]>();
  const add = (id: string, change: PersonChange) => {
    const list = found.get(id) ?? [];
    list.push(change);
    found.set(id, list);
  };
  for (const id of changes.added) add(id, { kind: 'added' });
  for (const m of changes.closer) add(m.id, { kind: 'closer', from: m.from, to: m.to });
  for (const m of changes.further) add(m.id, { kind: 'further', from: m.from, to: m.to });
  for (const id of changes.revived) add(id, { kind: 'revived' });
  for (const r of changes.roles) {
    if (r.gained.length) add(r.id, { kind: 'gained', roles: r.gained });
    if (r.lost.length) add(r.id, { kind: 'lost', roles: r.lost });
  }
  for (const id of changes.removed) add(id, { kind: 'removed' });
  const order = [...later.people.map((p) => p.id), ...changes.removed];
  return order.flatMap((id) => {
    const list = found.get(id);
    return list ? [{ id, name: names.get(id) ?? id, changes: list }] : [];
  });
}

/** A reading of the ties that differs between the two snapshots. */
export type InsightChange =
  | { kind: 'ties' | 'clusters' | 'ownBridges'; from: number; to: number }
  | { kind: 'density'; from: NetworkReading['densityLevel']; to: NetworkReading['densityLevel'] }
  /** Everyone who became (or stopped being) a broker, in one change: a sentence each read the same many times over. */
  | { kind: 'brokerNew' | 'brokerGone'; people: string[] };

/**
 * What the ties said then and say now, where it differs: how many pairs know each other, how dense the
 * network is, how many clusters, who became or stopped being a broker, and the circles only the reader links.
 */
export function insightChanges(before: NetworkReading, after: NetworkReading): InsightChange[] {
  const out: InsightChange[] = [];
  if (before.ties !== after.ties) out.push({ kind: 'ties', from: before.ties, to: after.ties });
  if (before.densityLevel !== after.densityLevel && after.people > 1)
    out.push({ kind: 'density', from: before.densityLevel, to: after.densityLevel });
  if (before.clusters.length !== after.clusters.length)
    out.push({ kind: 'clusters', from: before.clusters.length, to: after.clusters.length });
  const brokersThen = new Set(before.brokers.map((b) => b.person));
  const brokersNow = new Set(after.brokers.map((b) => b.person));
  const became = [...brokersNow].filter((person) => !brokersThen.has(person));
  const stopped = [...brokersThen].filter((person) => !brokersNow.has(person));
  if (became.length > 0) out.push({ kind: 'brokerNew', people: became });
  if (stopped.length > 0) out.push({ kind: 'brokerGone', people: stopped });
  if (before.ownBridges.length !== after.ownBridges.length)
    out.push({ kind: 'ownBridges', from: before.ownBridges.length, to: after.ownBridges.length });
  return out;
}
