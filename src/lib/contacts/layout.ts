import { countPeople, finish, placeSectorLabels, ringNameBox, ringOf, sectorAngles, sectorOf } from './map-frame';
import { layoutCounts } from './map-counts';
import { alwaysNamed, chooseNamed } from './map-naming';
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
  type MapPerson,
  type MapRing,
  type PlacedPerson,
  type Settings,
} from './map-types';
import { Obstacles } from './obstacles';
import { placeRing, type Band, type Item } from './place-ring';
import { RAD } from './svg-paths';
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
export function layoutMap(people: readonly MapPerson[], options: LayoutOptions = {}): MapLayout {
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

/** How much larger than the map the obstacles' grid is made, so that a ring or two can grow before it is built anew. */
const GRID_ROOM = 1.5;

/**
 * Labels mode, or null if even the largest map tried cannot hold everyone (never seen in testing;
 * the caller then falls back to counts).
 *
 * Rings are placed inside out. Each ring's band starts tight (its most crowded cell gets
 * `FIRST_PACKING` times the area of its labels) and grows by `GROWTH` whenever someone in it does not
 * fit; the rings outside it move out, and only that ring is placed again: the rings inside it keep
 * their places, since growing an outer ring only gives them more room.
 */
function layoutLabels(
  people: readonly MapPerson[],
  named: readonly MapPerson[],
  uncounted: readonly MapPerson[],
  s: Settings,
): MapLayout | null {
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
  let obstacles = new Obstacles(GRID_ROOM * bands.at(-1)!.outer, 2 * s.lineHeight);
  obstacles.add(-s.centreRadius, -s.centreRadius, s.centreRadius, s.centreRadius);
  let from = 0;
  let attempts = 0;
  for (let k = 0; k < bands.length;) {
    let to = from;
    while (to < items.length && items[to]!.ring === bands[k]!.index) to++;
    const limit = bands.at(-1)!.outer;
    // One grid for as long as the map fits it (a grid is only quicker, never different: a box outside it counts in
    // its edge cells). A ring that does not fit is taken back out of it, not the grid built anew.
    if (obstacles.extent < limit) obstacles = obstacles.regrid(GRID_ROOM * limit);
    const before = obstacles.mark();
    // The rings' names, at the top of each band, are written on the map: nobody's label may cover them.
    const name = ringNameBox(bands[k]!.outer, s.ringNames[ringKeys[bands[k]!.index]!], s.fontSize);
    obstacles.add(name.x, name.y, name.x + name.width, name.y + name.height);
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
      }
      from = to;
      k++;
      continue;
    }
    obstacles.rollback(before);
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
