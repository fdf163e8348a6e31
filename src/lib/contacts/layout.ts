import { closenessLevels, contexts, type Closeness, type ContactContext, type Person } from './types';

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

/** A ring's key: a closeness level, or `notRated` for the outer band of people without one. */
export type RingKey = Closeness | 'notRated';
/** A sector's key: a context, or `none` for people without any context. */
export type SectorKey = ContactContext | 'none';
export type TextAnchor = 'start' | 'middle' | 'end';

/** Every ring the map can have, inside out. */
export const ringKeys: readonly RingKey[] = [...closenessLevels, 'notRated'];
/** Every sector the map can have, clockwise from 12 o'clock. */
export const sectorKeys: readonly SectorKey[] = [...contexts, 'none'];

/** An axis-aligned box in SVG user units (x, y is the top-left corner). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapRing {
  key: RingKey;
  /** Inner and outer radius of the band; the innermost ring starts at the centre disc. */
  inner: number;
  outer: number;
  /** People in this ring (all of them, also in counts mode; 0 on the blank sheet). */
  count: number;
}

export interface MapSector {
  key: SectorKey;
  /** Degrees clockwise from 12 o'clock; `end` > `start`, the last sector ends at 360. */
  start: number;
  end: number;
  /** People whose first context this is (0 on the blank sheet). */
  count: number;
  /**
   * Where to write the sector's name, outside the outermost ring: `x`, `y` is the text anchor point
   * on the alphabetic baseline (draw with `text-anchor={anchor}`, no `dominant-baseline`), `box` is the
   * estimated extent of the text. The names never overlap each other, the rings or any label.
   */
  label: { x: number; y: number; anchor: TextAnchor; box: Box };
}

export interface PlacedPerson {
  id: string;
  sector: SectorKey;
  ring: RingKey;
  /** The marker's centre (a circle of `MapLayout.markerRadius`). */
  x: number;
  y: number;
  /** The text to write: the name, cut to `maxLabelChars` with "…" when longer. */
  label: string;
  /** The whole name (for a `<title>`, a tooltip or the list beside the map). */
  fullName: string;
  /** Whether `label` is cut. */
  truncated: boolean;
  /** The text anchor point, on the alphabetic baseline. */
  labelX: number;
  labelY: number;
  /** `start` when the label runs to the right of the marker, `end` to the left. */
  anchor: 'start' | 'end';
  /** The estimated box of the label text. */
  box: Box;
}

/** A count badge for one non-empty (sector, ring) cell, in counts mode. */
export interface CellCount {
  sector: SectorKey;
  ring: RingKey;
  count: number;
  /** The badge's centre and a radius that fits the digits and stays inside the cell. */
  x: number;
  y: number;
  radius: number;
}

export interface MapLayout {
  /**
   * `labels`: a marker and a label per person. `counts`: more people than `labelLimit`, so one count
   * badge per non-empty cell and no per-person marks. `blank`: the printed sheet, no people.
   */
  mode: 'labels' | 'counts' | 'blank';
  /** The viewBox is `0 0 width height`. */
  width: number;
  height: number;
  /** The reader: a disc at the centre of the map. */
  centre: { x: number; y: number; radius: number };
  /** The font size the labels were measured for: draw person labels and sector names at this size. */
  fontSize: number;
  markerRadius: number;
  /** Inside out. Four closeness rings, plus `notRated` when someone has no closeness. */
  rings: MapRing[];
  /** Clockwise from 12 o'clock: the ten contexts in their fixed order, plus `none` when someone has no context. */
  sectors: MapSector[];
  /** Labels mode only (else empty), in placing order: ring (inside out), sector, name, id. */
  people: PlacedPerson[];
  /** Counts mode only (else empty): the non-empty cells, sector by sector, inside out. */
  cells: CellCount[];
  /** How many people the map shows. */
  total: number;
}

export interface LayoutOptions {
  /** Above this many people the map shows counts per cell instead of labels. Default 150. */
  labelLimit?: number;
  /** Font size of the labels and sector names, in user units. Default 12. */
  fontSize?: number;
  /** Longer names are cut to this many characters, "…" included. Default 16. */
  maxLabelChars?: number;
  /** Radius of a person's marker. Default 4. */
  markerRadius?: number;
  /**
   * The sector names the island will write (in its language), so their boxes are measured right.
   * A missing name is measured as 18 characters, long enough for the Danish and English names.
   */
  sectorNames?: Partial<Record<SectorKey, string>>;
}

/** Up to this many people the map has a labelled marker each; above it, counts per cell. */
export const LABEL_LIMIT = 150;

/** No sector is narrower than this, so empty sectors still show and can be labelled. */
export const MIN_SECTOR_DEGREES = 12;

const DEFAULT_SECTOR_NAME_CHARS = 18;
/** Space kept clear around every box, so rounding to 0.1 cannot make two boxes touch. */
const CLEARANCE = 1;
/**
 * When someone does not fit, their ring's area grows by at least GROWTH and at most MAX_GROWTH
 * (more when their cell was far from full); after MAX_ATTEMPTS failures in all the map gives up and
 * shows counts (never seen in testing: 150 people need at most about ten).
 */
const GROWTH = 1.2;
const MAX_GROWTH = 2;
const MAX_ATTEMPTS = 100;
/**
 * A ring's first band gives its most crowded cell this many times the area of its labels.
 * Deliberately tight: labels may spill into empty neighbouring cells, and a failed ring costs only
 * placing that ring again.
 */
const FIRST_PACKING = 0.5;

interface Settings {
  labelLimit: number;
  fontSize: number;
  maxLabelChars: number;
  markerRadius: number;
  sectorNames: Partial<Record<SectorKey, string>>;
  /** Height of a label box: 1.25 em, from 0.975 em above the baseline to 0.275 em below it. */
  lineHeight: number;
  /** Space between a marker's edge and its label. */
  gap: number;
  centreRadius: number;
  minBand: number;
  /** Spacing of the candidate points, radially and along the arc. */
  step: number;
  margin: number;
}

function settingsFrom(options: LayoutOptions = {}): Settings {
  const fontSize = options.fontSize ?? 12;
  return {
    labelLimit: options.labelLimit ?? LABEL_LIMIT,
    fontSize,
    maxLabelChars: Math.max(2, options.maxLabelChars ?? 16),
    markerRadius: options.markerRadius ?? 4,
    sectorNames: options.sectorNames ?? {},
    lineHeight: 1.25 * fontSize,
    gap: 0.25 * fontSize,
    centreRadius: Math.round(1.75 * fontSize),
    minBand: 2.5 * fontSize,
    step: 0.5 * fontSize,
    margin: fontSize,
  };
}

// ---------------------------------------------------------------------------------------------
// Text

let graphemeSegmenter: Intl.Segmenter | null | undefined;
/** Text in which every UTF-16 unit is a character of its own (Latin, Danish letters included, Greek, Cyrillic without combining marks). */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: any text is allowed here
const SIMPLE_TEXT = /^[\u0000-\u02ff\u0370-\u0482\u048a-\u058f]*$/u;

/** The user-perceived characters of a text (so "Å", "é" or a flag count as one). */
function graphemes(text: string): string[] {
  if (SIMPLE_TEXT.test(text)) return text.split('');
  if (graphemeSegmenter === undefined) {
    graphemeSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('da', { granularity: 'grapheme' }) : null;
  }
  if (!graphemeSegmenter) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (seg) => seg.segment);
}

const WIDEST = /^[MWÆŒ@%]/u;
const WIDE = /^[mwæœ]/u;
const UPPER = /^\p{Lu}/u;
const FULL_WIDTH =
  /^[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|^\p{Extended_Pictographic}/u;

/** The estimated width of one character, in em. */
function charWidth(ch: string): number {
  if (WIDEST.test(ch) || FULL_WIDTH.test(ch)) return 1;
  if (WIDE.test(ch)) return 0.85;
  if (UPPER.test(ch)) return 0.75;
  return 0.6;
}

/**
 * The estimated width of a line of text, without a DOM to measure it: 0.6 em per character, which
 * is at least the width of every lower-case letter, digit and punctuation mark of common sans-serif
 * fonts (Arial, Helvetica, Roboto, Segoe UI, San Francisco) except m and w (0.85 em); capitals 0.75 em,
 * and M, W, Æ, Œ, @, %, wide East Asian characters and emoji 1 em. A letter with a diacritic (æ, ø, å,
 * é) counts as one character. Generous on purpose: an overestimate wastes a little space, an
 * underestimate makes labels overlap.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of graphemes(text)) em += charWidth(ch);
  return em * fontSize;
}

/**
 * The label for a name: white space tidied, and cut to `maxChars` characters with "…" at the end
 * when longer (so "Christoffer Bøgh-Andersen" becomes "Christoffer Bøg…"). An empty name reads "?".
 */
export function labelFor(name: string, maxChars = 16): { label: string; truncated: boolean } {
  const tidy = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!tidy) return { label: '?', truncated: false };
  const chars = graphemes(tidy);
  if (chars.length <= maxChars) return { label: tidy, truncated: false };
  return {
    label: `${chars
      .slice(0, maxChars - 1)
      .join('')
      .trimEnd()}…`,
    truncated: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers for the island

const RAD = Math.PI / 180;

/** The point at `radius` and `angle` (degrees clockwise from 12 o'clock) around a centre. */
export function pointAt(cx: number, cy: number, radius: number, angle: number): { x: number; y: number } {
  return { x: cx + radius * Math.sin(angle * RAD), y: cy - radius * Math.cos(angle * RAD) };
}

/** A number for an SVG path: at most two decimals, and never "-0". */
function n(value: number): string {
  const r = Math.round(value * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/**
 * An SVG path for an arc of a circle, clockwise from `start` to `end` (degrees from 12 o'clock).
 * A sweep of 360 degrees or more gives the whole circle (as two half arcs, since one SVG arc cannot
 * end where it starts).
 */
export function describeArc(cx: number, cy: number, radius: number, start: number, end: number): string {
  const sweep = end - start;
  if (sweep >= 360) {
    const top = pointAt(cx, cy, radius, start);
    const bottom = pointAt(cx, cy, radius, start + 180);
    const r = n(radius);
    return `M ${n(top.x)} ${n(top.y)} A ${r} ${r} 0 1 1 ${n(bottom.x)} ${n(bottom.y)} A ${r} ${r} 0 1 1 ${n(top.x)} ${n(top.y)}`;
  }
  const from = pointAt(cx, cy, radius, start);
  const to = pointAt(cx, cy, radius, end);
  return `M ${n(from.x)} ${n(from.y)} A ${n(radius)} ${n(radius)} 0 ${sweep > 180 ? 1 : 0} 1 ${n(to.x)} ${n(to.y)}`;
}

/**
 * An SVG path for one (sector, ring) cell: the area between two radii and two angles, closed. With
 * `inner` 0 it is a pie slice; with a sweep of 360 degrees or more, a whole ring (drawn with
 * `fill-rule="evenodd"`).
 */
export function describeCell(cx: number, cy: number, inner: number, outer: number, start: number, end: number): string {
  if (end - start >= 360) {
    const outerPath = `${describeArc(cx, cy, outer, start, start + 360)} Z`;
    return inner > 0 ? `${outerPath} ${describeArc(cx, cy, inner, start, start + 360)} Z` : outerPath;
  }
  const large = end - start > 180 ? 1 : 0;
  const o1 = pointAt(cx, cy, outer, start);
  const o2 = pointAt(cx, cy, outer, end);
  if (inner <= 0) {
    return `M ${n(cx)} ${n(cy)} L ${n(o1.x)} ${n(o1.y)} A ${n(outer)} ${n(outer)} 0 ${large} 1 ${n(o2.x)} ${n(o2.y)} Z`;
  }
  const i2 = pointAt(cx, cy, inner, end);
  const i1 = pointAt(cx, cy, inner, start);
  return (
    `M ${n(o1.x)} ${n(o1.y)} A ${n(outer)} ${n(outer)} 0 ${large} 1 ${n(o2.x)} ${n(o2.y)} ` +
    `L ${n(i2.x)} ${n(i2.y)} A ${n(inner)} ${n(inner)} 0 ${large} 0 ${n(i1.x)} ${n(i1.y)} Z`
  );
}

/** The line of a sector boundary at `angle`, from radius `inner` to `outer`: the attributes of an SVG `<line>`. */
export function sectorBoundary(
  cx: number,
  cy: number,
  inner: number,
  outer: number,
  angle: number,
): { x1: number; y1: number; x2: number; y2: number } {
  const a = pointAt(cx, cy, inner, angle);
  const b = pointAt(cx, cy, outer, angle);
  return { x1: round1(a.x), y1: round1(a.y), x2: round1(b.x), y2: round1(b.y) };
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function round1(value: number): number {
  const r = Math.round(value * 10) / 10;
  return r === 0 ? 0 : r;
}

// ---------------------------------------------------------------------------------------------
// Sectors and rings

function sectorOf(person: Person): number {
  const first = person.contexts[0];
  const index = first === undefined ? -1 : (contexts as readonly string[]).indexOf(first);
  return index < 0 ? contexts.length : index;
}

function ringOf(person: Person): number {
  const index = person.closeness === null ? -1 : (closenessLevels as readonly string[]).indexOf(person.closeness);
  return index < 0 ? closenessLevels.length : index;
}

interface Counted {
  /** People per sector index (0–10) and ring index (0–4), and per cell (sector × 5 + ring). */
  perSector: number[];
  perRing: number[];
  perCell: number[];
  sectors: number[];
  rings: number[];
}

/** Which sectors and rings the map has (the ten contexts and four closeness levels always; `none` and `notRated` when used). */
function countPeople(people: readonly Person[]): Counted {
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
function sectorAngles(present: readonly number[], perSector: readonly number[]): Map<number, [number, number]> {
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
function placeSectorLabels(sectors: readonly SectorLabelInput[], radius: number, s: Settings): MapSector[] {
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
function finish(
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
    cells: cells.map((c) => ({ ...c, x: round1(c.x + cx), y: round1(c.y + cy), radius: round1(c.radius) })),
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
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Placing order (ring, sector, name, id), which makes the result independent of the input order. */
function compareItems(a: Item, b: Item): number {
  return a.ring - b.ring || a.sector - b.sector || compareText(a.person.name, b.person.name) || compareText(a.person.id, b.person.id);
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
  if (people.length > s.labelLimit) return layoutCounts(people, s);
  const labelled = layoutLabels(people, s);
  return labelled ?? layoutCounts(people, s);
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

/**
 * The obstacles placed so far (the centre disc, markers and labels), in a uniform grid so that a
 * check looks only at the boxes nearby. Each grid cell holds a linked list of box ids in typed
 * arrays: no array per cell to allocate on every attempt.
 */
class Obstacles {
  private readonly x0: number[] = [];
  private readonly y0: number[] = [];
  private readonly x1: number[] = [];
  private readonly y1: number[] = [];
  /** Per grid cell, the first entry of its list, or -1. */
  private readonly head: Int32Array;
  /** Per entry, its box id and the next entry of the same cell. */
  private entryBox: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  private readonly size: number;
  private readonly cells: number;
  private readonly origin: number;

  /** A grid over the square [-extent, extent]², cells of `cell` units. */
  constructor(extent: number, cell: number) {
    this.size = cell;
    this.origin = extent;
    this.cells = Math.max(1, Math.ceil((2 * extent) / cell) + 1);
    this.head = new Int32Array(this.cells * this.cells).fill(-1);
    this.entryBox = new Int32Array(1024);
    this.entryNext = new Int32Array(1024);
  }

  private index(v: number): number {
    return Math.min(this.cells - 1, Math.max(0, Math.floor((v + this.origin) / this.size)));
  }

  add(x0: number, y0: number, x1: number, y1: number): void {
    const id = this.x0.length;
    this.x0.push(x0);
    this.y0.push(y0);
    this.x1.push(x1);
    this.y1.push(y1);
    for (let gy = this.index(y0); gy <= this.index(y1); gy++) {
      for (let gx = this.index(x0); gx <= this.index(x1); gx++) {
        if (this.entries === this.entryBox.length) {
          const box = new Int32Array(this.entries * 2);
          const next = new Int32Array(this.entries * 2);
          box.set(this.entryBox);
          next.set(this.entryNext);
          this.entryBox = box;
          this.entryNext = next;
        }
        const cell = gy * this.cells + gx;
        this.entryBox[this.entries] = id;
        this.entryNext[this.entries] = this.head[cell]!;
        this.head[cell] = this.entries++;
      }
    }
  }

  /** Whether the box comes within `CLEARANCE` of anything placed. */
  hits(x0: number, y0: number, x1: number, y1: number): boolean {
    x0 -= CLEARANCE;
    y0 -= CLEARANCE;
    x1 += CLEARANCE;
    y1 += CLEARANCE;
    const gx1 = this.index(x1);
    const gy1 = this.index(y1);
    for (let gy = this.index(y0); gy <= gy1; gy++) {
      for (let gx = this.index(x0); gx <= gx1; gx++) {
        for (let e = this.head[gy * this.cells + gx]!; e >= 0; e = this.entryNext[e]!) {
          const id = this.entryBox[e]!;
          if (x0 < this.x1[id]! && this.x0[id]! < x1 && y0 < this.y1[id]! && this.y0[id]! < y1) return true;
        }
      }
    }
    return false;
  }
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
function layoutLabels(people: readonly Person[], s: Settings): MapLayout | null {
  const counted = countPeople(people);
  const angles = sectorAngles(counted.sectors, counted.perSector);
  const items: Item[] = people
    .map((person) => {
      const { label, truncated } = labelFor(person.name, s.maxLabelChars);
      return { person, sector: sectorOf(person), ring: ringOf(person), label, truncated, width: estimateTextWidth(label, s.fontSize) };
    })
    .sort(compareItems);

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
    const ring = placeRing(items, from, to, bands[k]!, limit, angles, widest, obstacles, s);
    if (Array.isArray(ring)) {
      for (const p of ring) {
        placed.push(p);
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
  return finish('labels', rings, placeSectorLabels(sectors, rings.at(-1)!.outer, s), placed, [], people.length, s);
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
): PlacedPerson[] | { cellCount: number; cellPlaced: number } {
  const limitSq = (limit - CLEARANCE) * (limit - CLEARANCE);
  const half = s.lineHeight / 2;
  const mr = s.markerRadius;
  const edge = mr + 2;
  const offset = mr + s.gap;
  const baseline = 0.35 * s.fontSize;
  const layers = Math.max(0, Math.floor((band.outer - band.inner - 2 * edge) / s.step) + 1);
  const out: PlacedPerson[] = [];

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
        if (farX * farX + farY * farY <= limitSq && !obstacles.hits(lx0, y - half, lx1, y + half)) {
          const bx0 = right ? x + offset : x - offset - it.width;
          obstacles.add(x - mr, y - mr, x + mr, y + mr);
          obstacles.add(bx0, y - half, bx0 + it.width, y + half);
          out.push({
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
          });
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
