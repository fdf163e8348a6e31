import { closenessLevels, roles, type Closeness, type ContactRole } from '../types';
import type { Snapshot } from './take';
import { readNetwork, type NetworkReading } from '../network/reading';

/**
 * Change over time: the map saved on a date, and what changed between two such snapshots. A network
 * is not a list but something one tends, and seeing it move (who came closer, who drifted, which old
 * ties were revived) is what makes the tending visible (Ibarra 2015, "Act like a leader, think like a
 * leader", on building a network on purpose).
 */

export { takeSnapshot, type Snapshot, type SnapshotPerson } from './take';

export interface Moved {
  id: string;
  from: Closeness | null;
  to: Closeness | null;
}

export interface RoleChange {
  id: string;
  gained: ContactRole[];
  lost: ContactRole[];
}

export interface SnapshotChanges {
  added: string[];
  removed: string[];
  closer: Moved[];
  further: Moved[];
  roles: RoleChange[];
  /** Dormant in the earlier snapshot and closer in the later one. */
  revived: string[];
  /** The network readings then and now, for the insights that changed. */
  before: NetworkReading;
  after: NetworkReading;
}

/** Inner rings have the lower rank; no closeness counts as outside every ring. */
const rank = (closeness: Closeness | null) => (closeness === null ? closenessLevels.length : closenessLevels.indexOf(closeness));

/** What changed from `earlier` to `later` (ids in the later map's order; removed ones in the earlier's). */
export function compareSnapshots(earlier: Snapshot, later: Snapshot): SnapshotChanges {
  const before = new Map(earlier.people.map((p) => [p.id, p]));
  const after = new Set(later.people.map((p) => p.id));
  const changes: SnapshotChanges = {
    added: [],
    removed: earlier.people.filter((p) => !after.has(p.id)).map((p) => p.id),
    closer: [],
    further: [],
    roles: [],
    revived: [],
    before: readNetwork(
      earlier.people.map((p) => p.id),
      earlier.ties,
    ),
    after: readNetwork(
      later.people.map((p) => p.id),
      later.ties,
    ),
  };
  for (const now of later.people) {
    const then = before.get(now.id);
    if (!then) {
      changes.added.push(now.id);
      continue;
    }
    const move = { id: now.id, from: then.closeness, to: now.closeness };
    if (rank(now.closeness) < rank(then.closeness)) changes.closer.push(move);
    if (rank(now.closeness) > rank(then.closeness) && now.closeness !== null) changes.further.push(move);
    if (then.closeness === 'dormant' && now.closeness !== null && now.closeness !== 'dormant') changes.revived.push(now.id);
    const gained = roles.filter((r) => now.roles.includes(r) && !then.roles.includes(r));
    const lost = roles.filter((r) => then.roles.includes(r) && !now.roles.includes(r));
    if (gained.length || lost.length) changes.roles.push({ id: now.id, gained, lost });
  }
  return changes;
}
