import { ringOf } from './map-frame';
import type { MapPerson } from './map-types';

/**
 * Whom the map names and whom it counts. Everyone the reader has given a role for the goal, and every
 * connector, is always named, however many people there are: they are the point of the map. The others
 * are named too while there is room (up to `labelLimit` names in all, the closest first); the rest are
 * counted, one "+n" per (sector, ring) cell.
 */
export const alwaysNamed = (p: Pick<MapPerson, 'roles' | 'connector'>): boolean => p.roles.length > 0 || p.connector;

export interface Naming {
  named: MapPerson[];
  counted: MapPerson[];
}

export function chooseNamed(people: readonly MapPerson[], labelLimit: number): Naming {
  if (people.length <= labelLimit) return { named: [...people], counted: [] };
  const named: MapPerson[] = [];
  const others: MapPerson[] = [];
  for (const p of people) (alwaysNamed(p) ? named : others).push(p);
  const room = Math.max(0, labelLimit - named.length);
  if (room === 0) return { named, counted: others };
  // The closest first; ties by name, then id, so the choice does not depend on the input order.
  const ranked = others
    .map((p) => ({ p, ring: ringOf(p) }))
    .sort((a, b) => a.ring - b.ring || cmp(a.p.name, b.p.name) || cmp(a.p.id, b.p.id))
    .map((x) => x.p);
  return { named: named.concat(ranked.slice(0, room)), counted: ranked.slice(room) };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
