import { closenessLevels, contexts } from './types';
import {
  CLEARANCE,
  DEFAULT_SECTOR_NAME_CHARS,
  MIN_SECTOR_DEGREES,
  ringKeys,
  sectorKeys,
  settingsFrom,
  type Box,
  type CellCount,
  type LayoutOptions,
  type MapLayout,
  type MapPerson,
  type MapRing,
  type MapSector,
  type PlacedPerson,
  type SectorKey,
  type Settings,
  type TextAnchor,
} from './map-types';
import { boxesOverlap, pointAt, RAD, round1 } from './svg-paths';
import { estimateTextWidth } from './text-measure';

/** The map's frame: which sectors and rings it has, their angles, the sector names, and the final viewBox. */

/** Where a ring's name is written: at the top of its band, just inside the outer edge, right of the 12 o'clock line (origin-centred; the baseline point). */
export function ringNamePoint(outer: number, fontSize: number): { x: number; y: number } {
  return { x: fontSize * 0.4, y: -outer + fontSize * 1.05 };
}

/** The box a ring's name takes (its font is 0.8 of the labels'); a missing name is measured as 14 characters. */
export function ringNameBox(outer: number, name: string | undefined, fontSize: number): Box {
  const size = fontSize * 0.8;
  const { x, y } = ringNamePoint(outer, fontSize);
  const width = name ? estimateTextWidth(name, size) : 14 * 0.6 * size;
  return { x, y: y - 0.975 * size, width, height: 1.25 * size };
}

export function sectorOf(person: MapPerson): number {
  const first = person.contexts[0];
  const index = first === undefined ? -1 : (contexts as readonly string[]).indexOf(first);
  return index < 0 ? contexts.length : index;
}

export function ringOf(person: MapPerson): number {
  const index = person.closeness === null ? -1 : (closenessLevels as readonly string[]).indexOf(person.closeness);
  return index < 0 ? closenessLevels.length : index;
}

export interface Counted {
  /** People per sector index (0–10) and ring index (0–4), and per cell (sector × 5 + ring). */
  perSector: number[];
  perRing: number[];
  perCell: number[];
  sectors: number[];
  rings: number[];
}

/** Which sectors and rings the map has (the ten contexts and four closeness levels always; `none` and `notRated` when used). */
export function countPeople(people: readonly MapPerson[]): Counted {
  const perSector = new Array<number>(sectorKeys.length).fill(0);
  const perRing = new Array<number>(ringKeys.length).fill(0);
  const perCell = new Array<number>(sectorKeys.length * ringKeys.length).fill(0);
  for (const p of people) {
    const s = sectorOf(p);
    const r = ringOf(p);
    perSector[s]!++;
    perRing[r]!++;
    perCell[s * ringKeys.length + r]!++;
  }
  const sectors = sectorKeys.map((_, i) => i).filter((i) => i < contexts.length || perSector[i]! > 0);
  const rings = ringKeys.map((_, i) => i).filter((i) => i < closenessLevels.length || perRing[i]! > 0);
  return { perSector, perRing, perCell, sectors, rings };
}

/**
 * Sector angles: `MIN_SECTOR_DEGREES` each, and the rest of the circle shared in proportion to the
 * number of people (equally when there is nobody). Returns [start, end] per sector index present.
 */
export function sectorAngles(present: readonly number[], perSector: readonly number[]): Map<number, [number, number]> {
  const total = present.reduce((sum, i) => sum + perSector[i]!, 0);
  const spare = 360 - present.length * MIN_SECTOR_DEGREES;
  const angles = new Map<number, [number, number]>();
  let at = 0;
  present.forEach((i, k) => {
    const size = total > 0 ? MIN_SECTOR_DEGREES + (spare * perSector[i]!) / total : 360 / present.length;
    const end = k === present.length - 1 ? 360 : at + size;
    angles.set(i, [at, end]);
    at = end;
  });
  return angles;
}

interface SectorLabelInput {
  key: SectorKey;
  start: number;
  end: number;
  count: number;
}

/**
 * Place the sector names just outside `radius` (origin-centred), each at its sector's middle angle,
 * pushed outwards until it clears the circle and the names placed before it.
 */
export function placeSectorLabels(sectors: readonly SectorLabelInput[], radius: number, s: Settings): MapSector[] {
  const placed: Box[] = [];
  const h = s.lineHeight;
  return sectors.map((sector) => {
    const name = s.sectorNames[sector.key];
    const width = name ? estimateTextWidth(name, s.fontSize) : DEFAULT_SECTOR_NAME_CHARS * 0.6 * s.fontSize;
    const mid = (sector.start + sector.end) / 2;
    const sin = Math.sin(mid * RAD);
    const anchor: TextAnchor = Math.abs(sin) < 0.26 ? 'middle' : sin > 0 ? 'start' : 'end';
    let box: Box = { x: 0, y: 0, width, height: h };
    let point = { x: 0, y: 0 };
    for (let r = radius + s.gap; ; r += 2) {
      point = pointAt(0, 0, r, mid);
      const x = anchor === 'start' ? point.x : anchor === 'end' ? point.x - width : point.x - width / 2;
      box = { x, y: point.y - h / 2, width, height: h };
      const nearX = Math.max(box.x, Math.min(0, box.x + width));
      const nearY = Math.max(box.y, Math.min(0, box.y + h));
      const clearOfCircle = Math.hypot(nearX, nearY) >= radius + s.gap;
      const padded = inflate(box, CLEARANCE);
      if (clearOfCircle && !placed.some((b) => boxesOverlap(b, padded))) break;
      if (r > radius + 40 * h) break; // cannot happen with eleven sectors; a bound for safety
    }
    placed.push(box);
    return { ...sector, label: { x: point.x, y: point.y + 0.35 * s.fontSize, anchor, box } };
  });
}

function inflate(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

/**
 * Shift an origin-centred map so the viewBox starts at 0, 0, with a margin, and round to 0.1.
 * Width and height are the tightest box around the rings and the sector names.
 */
export function finish(
  mode: MapLayout['mode'],
  rings: MapRing[],
  sectors: MapSector[],
  people: PlacedPerson[],
  cells: CellCount[],
  total: number,
  s: Settings,
): MapLayout {
  const outer = rings.at(-1)?.outer ?? s.centreRadius;
  let halfW = outer;
  let halfH = outer;
  for (const { label } of sectors) {
    halfW = Math.max(halfW, -label.box.x, label.box.x + label.box.width);
    halfH = Math.max(halfH, -label.box.y, label.box.y + label.box.height);
  }
  const cx = Math.ceil(halfW + s.margin);
  const cy = Math.ceil(halfH + s.margin);
  const moveBox = (b: Box): Box => ({ x: round1(b.x + cx), y: round1(b.y + cy), width: round1(b.width), height: round1(b.height) });
  return {
    mode,
    width: 2 * cx,
    height: 2 * cy,
    centre: { x: cx, y: cy, radius: s.centreRadius },
    fontSize: s.fontSize,
    markerRadius: s.markerRadius,
    rings: rings.map((r) => ({ ...r, inner: round1(r.inner), outer: round1(r.outer) })),
    sectors: sectors.map(({ key, start, end, count, label }) => ({
      key,
      start: round1(start),
      end: round1(end),
      count,
      label: { x: round1(label.x + cx), y: round1(label.y + cy), anchor: label.anchor, box: moveBox(label.box) },
    })),
    people: people.map((p) => ({
      ...p,
      x: round1(p.x + cx),
      y: round1(p.y + cy),
      labelX: round1(p.labelX + cx),
      labelY: round1(p.labelY + cy),
      box: moveBox(p.box),
    })),
    cells: cells.map((c) => ({
      ...c,
      x: round1(c.x + cx),
      y: round1(c.y + cy),
      radius: round1(c.radius),
      ...(c.label ? { label: { ...c.label, x: round1(c.label.x + cx), y: round1(c.label.y + cy) } } : {}),
    })),
    total,
  };
}

// ---------------------------------------------------------------------------------------------
// The blank sheet

/**
 * The printed blank sheet: the centre, the four closeness rings in equal bands wide enough to write
 * in by hand (five lines of text each), and the ten contexts in equal sectors. No "not rated" band and
 * no "no context" sector: on paper the reader places everyone.
 */
export function layoutBlankMap(options: Pick<LayoutOptions, 'fontSize' | 'sectorNames'> = {}): MapLayout {
  const s = settingsFrom(options);
  const band = 5 * s.lineHeight;
  const rings: MapRing[] = closenessLevels.map((key, i) => ({
    key,
    inner: i === 0 ? s.centreRadius : s.centreRadius + i * band,
    outer: s.centreRadius + (i + 1) * band,
    count: 0,
  }));
  const sectors = contexts.map((key, i) => ({ key, start: (i * 360) / contexts.length, end: ((i + 1) * 360) / contexts.length, count: 0 }));
  return finish('blank', rings, placeSectorLabels(sectors, rings.at(-1)!.outer, s), [], [], 0, s);
}
