import type { Person } from './types';
import { countPeople, finish, placeSectorLabels, ringNameBox, ringOf, sectorAngles, sectorOf } from './map-frame';
import { alwaysNamed, chooseNamed } from './map-naming';
import { boxInSector } from './sector-fit';
import {
  CLEARANCE,
  FIRST_PACKING,
  GROWTH,
  MAX_ATTEMPTS,
  MAX_GROWTH,
  ringKeys,
  sectorKeys,
  settingsFrom,
  type CellCount,
  type LayoutOptions,
  type MapLayout,
  type MapRing,
  type PlacedPerson,
  type Settings,
} from './map-types';
import { Obstacles } from './obstacles';
import { pointAt, RAD } from './svg-paths';
import { estimateTextWidth, labelFor } from './text-measure';

export * from './map-types';
export { estimateTextWidth, labelFor } from './text-measure';
export { boxesOverlap, describeArc, describeCell, pointAt, sectorBoundary } from './svg-paths';
export { layoutBlankMap, ringNamePoint } from './map-frame';
export { alwaysNamed, chooseNamed } from './map-naming';

/**
 * The contact map's geometry: the reader at the centre, rings by closeness (close innermost), sectors
 * by context (a person's first context), and a marker and a label per person. Pure numbers in SVG
 * user units; the island draws them. Deterministic: no randomness, no clock, and the order of the
 * input array does not matter (people are placed in a fixed order: ring, sector, name, id).
 *
 * Why it works this way:
 * - Labels are horizontal text, so the layout estimates each label's box from its characters (see
 *   `estimateTextWidth`) and places people one by one at candidate points inside their own
 *   (sector, ring) cell, keeping a point only when its marker and label box clear every marker and
 *   label placed so far. When someone does not fit, their ring grows and is laid out again (the
 *   rings outside it move out): the viewBox grows instead of labels overlapping.
 * - A sector's angle grows with its number of people, but every sector keeps at least
 *   `MIN_SECTOR_DEGREES`, so the empty ones still show (the legend and the blank sheet need all ten).
 * - A ring's band starts as wide as its most crowded cell needs, and never narrower than two lines
 *   of text, so a small map stays small (ten people with ordinary names: about 600–700 units across).
 * - Above `labelLimit` people a label per person stops being readable (and drawing a thousand text
 *   nodes is slow), so the map shows one count badge per non-empty cell instead: O(n).
 *
 * Angles are degrees clockwise from 12 o'clock, as on a compass; y grows downwards as in SVG.
 */

// ---------------------------------------------------------------------------------------------
// The map with people

/** A person ready to be placed: the cell and the measured label. */
interface Item {
  person: Person;
  sector: number;
  ring: number;
  label: string;
  truncated: boolean;
  width: number;
  /** 0 for a person; for the "+n" of a cell's counted people, n. */
  count: number;
}

/** A placed person, or a placed "+n" when `count` is above 0. */
interface Placed {
  at: PlacedPerson;
  count: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Placing order (ring, sector, name, id), which makes the result independent of the input order. */
function compareItems(a: Item, b: Item): number {
  return (
    a.ring - b.ring ||
    a.sector - b.sector ||
    a.count - b.count ||
    compareText(a.person.name, b.person.name) ||
    compareText(a.person.id, b.person.id)
  );
}

/**
 * Lay out the contact map. Up to `labelLimit` people (default 150): a marker and a label each, with
 * no label overlapping another label or any marker, and every label inside the viewBox. More than
 * that: one count badge per non-empty cell (`mode: 'counts'`). The same people give the same layout,
 * whatever their order in the array.
 *
 * Size, measured with the default sector-name widths: 1 person about 570–630 units across; 10
 * people 600–740 (870 when all ten names are 40 characters of wide letters); 30 people 780–1,070;
 * 150 people 1,200–1,650 for most distributions, and up to about 1,990 × 1,760 in the worst found
 * (each ring's people in a single sector, every name 40 characters of wide letters). The unit tests
 * check 2,100 as the bound. Time at 150 people: a few milliseconds.
 */
export function layoutMap(people: readonly Person[], options: LayoutOptions = {}): MapLayout {
  const s = settingsFrom(options);
  const { named, counted } = chooseNamed(people, s.labelLimit);
  const labelled = layoutLabels(people, named, counted, s);
  if (labelled) return labelled;
  // Never seen in testing: the map could not hold everyone chosen. Name only those who must be named.
  const must = people.filter(alwaysNamed);
  if (must.length < named.length) {
    const fewer = layoutLabels(
      people,
      must,
      people.filter((p) => !alwaysNamed(p)),
      s,
    );
    if (fewer) return fewer;
  }
  return layoutCounts(people, s);
}

/** Counts mode: the geometry and one badge per non-empty cell, without sorting: O(n). */
function layoutCounts(people: readonly Person[], s: Settings): MapLayout {
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
/** The k-th index when walking 0…count-1 from the middle outwards: middle, one after, one before, … */
function middleOut(k: number, count: number): number {
  const mid = (count - 1) >> 1;
  const d = (k + 1) >> 1;
  return k % 2 === 1 ? mid + d : mid - d;
}

interface Band {
  /** Index into `ringKeys`. */
  index: number;
  inner: number;
  outer: number;
}

/** A committed marker or label box, kept to rebuild the obstacles when the map grows. */
type Rect = [x0: number, y0: number, x1: number, y1: number];

/**
 * Labels mode, or null if even the largest map tried cannot hold everyone (never seen in testing;
 * the caller then falls back to counts).
 *
 * Rings are placed inside out. Each ring's band starts tight (its most crowded cell gets
 * `FIRST_PACKING` times the area of its labels) and grows by `GROWTH` whenever someone in it does not
 * fit; the rings outside it move out, and only that ring is placed again: the rings inside it keep
 * their places, since growing an outer ring only gives them more room.
 */
function layoutLabels(people: readonly Person[], named: readonly Person[], uncounted: readonly Person[], s: Settings): MapLayout | null {
  const counted = countPeople(people);
  const angles = sectorAngles(counted.sectors, counted.perSector);
  const items: Item[] = named.map((person) => {
    const { label, truncated } = labelFor(person.name, s.maxLabelChars);
    const width = estimateTextWidth(label, s.fontSize);
    return { person, sector: sectorOf(person), ring: ringOf(person), label, truncated, width, count: 0 };
  });
  // One "+n" per cell for the people who are counted, placed like a person after the cell's names.
  const perCell = new Map<number, { sector: number; ring: number; n: number }>();
  for (const p of uncounted) {
    const sector = sectorOf(p);
    const ring = ringOf(p);
    const c = sector * ringKeys.length + ring;
    const cell = perCell.get(c) ?? { sector, ring, n: 0 };
    cell.n++;
    perCell.set(c, cell);
  }
  for (const { sector, ring, n } of perCell.values()) {
    const label = `+${n}`;
    const id = `+${sectorKeys[sector]}:${ringKeys[ring]}`;
    const person = { ...people[0]!, id, name: label };
    items.push({ person, sector, ring, label, truncated: false, width: estimateTextWidth(label, s.fontSize), count: n });
  }
  items.sort(compareItems);

  // The room a person takes: the label, the marker and the space around them.
  const footprint = (it: Item) => (it.width + 2 * s.markerRadius + s.gap + 2 * CLEARANCE) * (s.lineHeight + 2 * CLEARANCE);
  const need = new Array<number>(sectorKeys.length * ringKeys.length).fill(0);
  const widest = new Array<number>(sectorKeys.length * ringKeys.length).fill(0);
  for (const it of items) {
    const c = it.sector * ringKeys.length + it.ring;
    need[c]! += footprint(it);
    widest[c] = Math.max(widest[c]!, it.width);
  }
  const edge = s.markerRadius + 2;

  /** The first guess at a ring's band from its inner radius: room for its most crowded cell, at least `minBand`. */
  const firstOuter = (ri: number, inner: number): number => {
    let area = 0;
    let radiusForMarker = 0;
    for (const si of counted.sectors) {
      const c = si * ringKeys.length + ri;
      if (!need[c]) continue;
      const [a, b] = angles.get(si)!;
      area = Math.max(area, (FIRST_PACKING * need[c]! * 360) / (b - a));
      // The narrowest cell with people must hold a marker well inside the band.
      radiusForMarker = Math.max(radiusForMarker, (2 * edge + 1) / ((b - a) * RAD) + 2 * edge);
    }
    return Math.max(Math.sqrt(inner * inner + area / Math.PI), inner + s.minBand, radiusForMarker);
  };

  const bands: Band[] = [];
  const layOutFrom = (k: number): void => {
    for (let j = k; j < counted.rings.length; j++) {
      const inner = j === 0 ? s.centreRadius : bands[j - 1]!.outer;
      bands[j] = { index: counted.rings[j]!, inner, outer: firstOuter(counted.rings[j]!, inner) };
    }
  };
  layOutFrom(0);

  const placed: PlacedPerson[] = [];
  const cells: CellCount[] = [];
  const committed: Rect[] = [];
  let from = 0;
  let attempts = 0;
  for (let k = 0; k < bands.length;) {
    let to = from;
    while (to < items.length && items[to]!.ring === bands[k]!.index) to++;
    const limit = bands.at(-1)!.outer;
    const obstacles = new Obstacles(limit, 2 * s.lineHeight);
    obstacles.add(-s.centreRadius, -s.centreRadius, s.centreRadius, s.centreRadius);
    for (const r of committed) obstacles.add(r[0], r[1], r[2], r[3]);
    // The rings' names, at the top of each band, are written on the map: nobody's label may cover them.
    for (let j = 0; j <= k; j++) {
      const name = ringNameBox(bands[j]!.outer, s.ringNames[ringKeys[bands[j]!.index]!], s.fontSize);
      obstacles.add(name.x, name.y, name.x + name.width, name.y + name.height);
    }
    const ring = placeRing(items, from, to, bands[k]!, limit, angles, widest, obstacles, s);
    if (Array.isArray(ring)) {
      for (const { at: p, count } of ring) {
        if (count > 0) {
          cells.push({
            sector: p.sector,
            ring: p.ring,
            count,
            x: p.x,
            y: p.y,
            radius: s.markerRadius,
            label: { x: p.labelX, y: p.labelY, anchor: p.anchor, text: p.label },
          });
        } else placed.push(p);
        committed.push([p.x - s.markerRadius, p.y - s.markerRadius, p.x + s.markerRadius, p.y + s.markerRadius]);
        committed.push([p.box.x, p.box.y, p.box.x + p.box.width, p.box.y + p.box.height]);
      }
      from = to;
      k++;
      continue;
    }
    if (++attempts >= MAX_ATTEMPTS) return null;
    // Grow the band's area by at least GROWTH, more when the cell that failed was far from full.
    const band = bands[k]!;
    const factor = Math.min(MAX_GROWTH, Math.max(GROWTH, (1.1 * ring.cellCount) / Math.max(1, ring.cellPlaced)));
    const area = (band.outer * band.outer - band.inner * band.inner) * factor;
    band.outer = Math.max(Math.sqrt(band.inner * band.inner + area), band.outer + s.step);
    layOutFrom(k + 1);
  }

  const rings: MapRing[] = bands.map((b) => ({
    key: ringKeys[b.index]!,
    inner: b.inner,
    outer: b.outer,
    count: counted.perRing[b.index]!,
  }));
  const sectors = counted.sectors.map((i) => {
    const [start, end] = angles.get(i)!;
    return { key: sectorKeys[i]!, start, end, count: counted.perSector[i]! };
  });
  const mode = cells.length ? 'mixed' : 'labels';
  return finish(mode, rings, placeSectorLabels(sectors, rings.at(-1)!.outer, s), placed, cells, people.length, s);
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
function placeRing(
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
          boxInSector(lx0, y - half, lx1, y + half, a0, a1, CLEARANCE) &&
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
