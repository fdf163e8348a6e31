import { boxInWedge, wedge } from './sector-fit';
import { CLEARANCE, ringKeys, sectorKeys, type MapPerson, type PlacedPerson, type Settings } from './map-types';
import type { Obstacles } from './obstacles';
import { RAD } from './svg-paths';

/** Placing the people of one ring of the contact map (see layout.ts for the whole). */

/** A person ready to be placed: the cell and the measured label. */
export interface Item {
  person: MapPerson;
  sector: number;
  ring: number;
  label: string;
  truncated: boolean;
  width: number;
  /** 0 for a person; for the "+n" of a cell's counted people, n. */
  count: number;
}

/** A placed person, or a placed "+n" when `count` is above 0. */
export interface Placed {
  at: PlacedPerson;
  count: number;
}

/** The k-th index when walking 0…count-1 from the middle outwards: middle, one after, one before, … */
function middleOut(k: number, count: number): number {
  const mid = (count - 1) >> 1;
  const d = (k + 1) >> 1;
  return k % 2 === 1 ? mid + d : mid - d;
}

export interface Band {
  /** Index into `ringKeys`. */
  index: number;
  inner: number;
  outer: number;
}

/**
 * Place the people of one ring (`items[from…to)`, cell by cell) on top of `obstacles`. Candidate
 * points lie on arcs `step` apart inside the cell, tried from the middle of the cell outwards, the
 * label first on the side away from the centre, then on the other side. A point is kept when the
 * marker and the label clear everything placed so far and the label stays inside `limit`, the
 * outermost ring.
 *
 * Within a cell every candidate is tested with the cell's widest label, so a point that fails once
 * fails for everyone after (obstacles only grow): each cell keeps a cursor and never tests a point
 * twice, which makes placing linear in the number of candidate points. When someone does not fit,
 * returns how many people the failing cell has and how many of them were placed.
 */
export function placeRing(
  items: readonly Item[],
  from: number,
  to: number,
  band: Band,
  limit: number,
  angles: ReadonlyMap<number, [number, number]>,
  widest: readonly number[],
  obstacles: Obstacles,
  s: Settings,
): Placed[] | { cellCount: number; cellPlaced: number } {
  const limitSq = (limit - CLEARANCE) * (limit - CLEARANCE);
  const half = s.lineHeight / 2;
  const mr = s.markerRadius;
  const edge = mr + 2;
  const offset = mr + s.gap;
  const baseline = 0.35 * s.fontSize;
  const layers = Math.max(0, Math.floor((band.outer - band.inner - 2 * edge) / s.step) + 1);
  const out: Placed[] = [];

  let i = from;
  while (i < to) {
    const sector = items[i]!.sector;
    const [a0, a1] = angles.get(sector)!;
    const sectorWedge = wedge(a0, a1);
    const testWidth = widest[sector * ringKeys.length + band.index]!;
    // Cursor: layer (in middle-out order), point within the layer (middle-out), side (0 preferred, 1 other).
    let layerK = 0;
    let pointK = 0;
    let side = 0;
    let radius = 0;
    let start = 0;
    let spacing = 0;
    let points = -1;

    const cellFrom = i;
    for (; i < to && items[i]!.sector === sector; i++) {
      const it = items[i]!;
      for (;;) {
        if (layerK >= layers) {
          let cellTo = i;
          while (cellTo < to && items[cellTo]!.sector === sector) cellTo++;
          return { cellCount: cellTo - cellFrom, cellPlaced: i - cellFrom };
        }
        if (points < 0) {
          radius = band.inner + edge + middleOut(layerK, layers) * s.step;
          const margin = Math.asin(Math.min(1, edge / radius)) / RAD;
          const span = a1 - a0 - 2 * margin;
          points = span < 0 ? 0 : Math.floor((span * RAD * radius) / s.step) + 1;
          start = points === 1 ? (a0 + a1) / 2 : a0 + margin;
          spacing = points > 1 ? span / (points - 1) : 0;
        }
        if (pointK >= points) {
          layerK++;
          pointK = 0;
          side = 0;
          points = -1;
          continue;
        }
        const angle = start + middleOut(pointK, points) * spacing;
        const x = radius * Math.sin(angle * RAD);
        const y = -radius * Math.cos(angle * RAD);
        if (side === 0 && obstacles.hits(x - mr, y - mr, x + mr, y + mr)) {
          pointK++;
          continue;
        }
        const right = x >= 0 === (side === 0);
        const lx0 = right ? x + offset : x - offset - testWidth;
        const lx1 = lx0 + testWidth;
        const farX = Math.max(Math.abs(lx0), Math.abs(lx1));
        const farY = Math.abs(y) + half;
        if (
          farX * farX + farY * farY <= limitSq &&
          boxInWedge(lx0, y - half, lx1, y + half, sectorWedge, CLEARANCE) &&
          !obstacles.hits(lx0, y - half, lx1, y + half)
        ) {
          const bx0 = right ? x + offset : x - offset - it.width;
          obstacles.add(x - mr, y - mr, x + mr, y + mr);
          obstacles.add(bx0, y - half, bx0 + it.width, y + half);
          const at: PlacedPerson = {
            id: it.person.id,
            sector: sectorKeys[it.sector]!,
            ring: ringKeys[it.ring]!,
            x,
            y,
            label: it.label,
            fullName: it.person.name,
            truncated: it.truncated,
            labelX: right ? x + offset : x - offset,
            labelY: y + baseline,
            anchor: right ? 'start' : 'end',
            box: { x: bx0, y: y - half, width: it.width, height: s.lineHeight },
          };
          out.push({ at, count: it.count });
          pointK++;
          side = 0;
          break;
        }
        if (side === 0) {
          side = 1;
        } else {
          side = 0;
          pointK++;
        }
      }
    }
  }
  return out;
}
