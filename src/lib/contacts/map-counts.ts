import { countPeople, finish, placeSectorLabels, sectorAngles } from './map-frame';
import { ringKeys, sectorKeys, type CellCount, type MapLayout, type MapPerson, type MapRing, type Settings } from './map-types';
import { pointAt, RAD } from './svg-paths';

/**
 * The map in counts mode: the rings and sectors, and one badge per non-empty cell, no names. The
 * fallback when not even the people who must be named fit (never seen in testing).
 */

/** Counts mode: the geometry and one badge per non-empty cell, without sorting: O(n). */
export function layoutCounts(people: readonly MapPerson[], s: Settings): MapLayout {
  const counted = countPeople(people);
  const angles = sectorAngles(counted.sectors, counted.perSector);
  const maxCount = Math.max(1, ...counted.perCell);
  const badgeRadius = Math.max(s.fontSize * 0.9, (String(maxCount).length * 0.6 * s.fontSize + 8) / 2);
  const band = Math.max(s.minBand, 2 * badgeRadius + 10);
  // Badges in neighbouring sectors must not touch: at the middle of the innermost ring the narrowest
  // used sector's chord has to hold a badge and a little space.
  let narrowest = 360;
  for (const i of counted.sectors) {
    if (counted.perSector[i]! > 0) {
      const [a, b] = angles.get(i)!;
      narrowest = Math.min(narrowest, b - a);
    }
  }
  const halfAngle = Math.min(90, narrowest / 2) * RAD;
  const firstMid = Math.max(s.centreRadius + band / 2, (badgeRadius + 2) / Math.sin(halfAngle));
  const firstInner = firstMid - band / 2;
  const rings: MapRing[] = counted.rings.map((i, k) => ({
    key: ringKeys[i]!,
    inner: k === 0 ? s.centreRadius : firstInner + k * band,
    outer: firstInner + (k + 1) * band,
    count: counted.perRing[i]!,
  }));
  const cells: CellCount[] = [];
  for (const si of counted.sectors) {
    const [a, b] = angles.get(si)!;
    counted.rings.forEach((ri, k) => {
      const count = counted.perCell[si * ringKeys.length + ri]!;
      if (!count) return;
      const at = pointAt(0, 0, firstInner + (k + 0.5) * band, (a + b) / 2);
      cells.push({ sector: sectorKeys[si]!, ring: ringKeys[ri]!, count, x: at.x, y: at.y, radius: badgeRadius });
    });
  }
  const sectors = counted.sectors.map((i) => {
    const [start, end] = angles.get(i)!;
    return { key: sectorKeys[i]!, start, end, count: counted.perSector[i]! };
  });
  return finish('counts', rings, placeSectorLabels(sectors, rings.at(-1)!.outer, s), [], cells, people.length, s);
}
