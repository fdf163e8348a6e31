import { closenessLevels, contexts, type Closeness, type ContactContext, type Person } from './types';

/** What the map's layout reads of a person: the rest (notes, log, dates) never reaches the layout or its worker. */
export type MapPerson = Pick<Person, 'id' | 'name' | 'contexts' | 'closeness' | 'roles' | 'connector'>;

/** A person as the layout needs them: a small copy, quick to send to the layout worker. */
export const mapPerson = ({ id, name, contexts, closeness, roles, connector }: MapPerson): MapPerson => ({
  id,
  name,
  contexts,
  closeness,
  roles,
  connector,
});

/** The contact map layout's types, constants and settings (see `layout.ts` for how the map is laid out). */

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

/**
 * A count for one (sector, ring) cell. In counts mode a badge with the number inside; in mixed mode a
 * small marker with "+n" written beside it (`label`), for the people of the cell who are not named.
 */
export interface CellCount {
  sector: SectorKey;
  ring: RingKey;
  count: number;
  /** The badge's centre and a radius that fits the digits and stays inside the cell. */
  x: number;
  y: number;
  radius: number;
  /** Mixed mode: the "+n" text beside the marker, on the alphabetic baseline. */
  label?: { x: number; y: number; anchor: 'start' | 'end'; text: string };
}

export interface MapLayout {
  /**
   * `labels`: a marker and a label per person. `mixed`: more people than `labelLimit`, so the people
   * with a role or marked connector (and the closest others while there is room) are named, and the
   * rest counted as "+n" per cell (`cells`). `counts` (a fallback never seen in testing): one count
   * badge per non-empty cell and no per-person marks. `blank`: the printed sheet, no people.
   */
  mode: 'labels' | 'mixed' | 'counts' | 'blank';
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
  /**
   * Above this many people only those with a role or marked connector are sure to be named; the rest
   * are named while the total stays within this, and counted per cell beyond it. Default 150.
   */
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
  /** The ring names the island writes at the top of each ring (kept clear of labels); missing: 14 characters. */
  ringNames?: Partial<Record<RingKey, string>>;
}

/** Up to this many people the map has a labelled marker each; above it, counts per cell. */
export const LABEL_LIMIT = 150;

/** No sector is narrower than this, so empty sectors still show and can be labelled. */
export const MIN_SECTOR_DEGREES = 12;

export const DEFAULT_SECTOR_NAME_CHARS = 18;
/** Space kept clear around every box, so rounding to 0.1 cannot make two boxes touch. */
export const CLEARANCE = 1;
/**
 * When someone does not fit, their ring's area grows by at least GROWTH and at most MAX_GROWTH
 * (more when their cell was far from full); after MAX_ATTEMPTS failures in all the map gives up and
 * shows counts (never seen in testing: 150 people need at most about ten).
 */
export const GROWTH = 1.2;
export const MAX_GROWTH = 2;
export const MAX_ATTEMPTS = 100;
/**
 * A ring's first band gives its most crowded cell this many times the area of its labels.
 * Deliberately tight: labels may spill into empty neighbouring cells, and a failed ring costs only
 * placing that ring again.
 */
export const FIRST_PACKING = 0.5;

export interface Settings {
  labelLimit: number;
  fontSize: number;
  maxLabelChars: number;
  markerRadius: number;
  sectorNames: Partial<Record<SectorKey, string>>;
  ringNames: Partial<Record<RingKey, string>>;
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

export function settingsFrom(options: LayoutOptions = {}): Settings {
  const fontSize = options.fontSize ?? 12;
  return {
    labelLimit: options.labelLimit ?? LABEL_LIMIT,
    fontSize,
    maxLabelChars: Math.max(2, options.maxLabelChars ?? 16),
    markerRadius: options.markerRadius ?? 4,
    sectorNames: options.sectorNames ?? {},
    ringNames: options.ringNames ?? {},
    lineHeight: 1.25 * fontSize,
    gap: 0.25 * fontSize,
    centreRadius: Math.round(1.75 * fontSize),
    minBand: 2.5 * fontSize,
    step: 0.5 * fontSize,
    margin: fontSize,
  };
}
