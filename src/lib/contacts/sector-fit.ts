import { RAD } from './svg-paths';

/**
 * A sector between two angles (degrees clockwise from 12 o'clock), with what every test against it needs worked out
 * once: the layout tests tens of thousands of candidate labels against the same few sectors, and working out each
 * boundary's sine and cosine for every one of them was a good part of a cold layout's time.
 */
export interface Wedge {
  /** Whether the sector is the whole circle (it then holds anything). */
  whole: boolean;
  /** The start angle in [0, 360) and the sweep, for the test of a point's angle. */
  from: number;
  sweep: number;
  /** The directions of the two boundary rays (x, y with y down). */
  startX: number;
  startY: number;
  endX: number;
  endY: number;
}

export function wedge(start: number, end: number): Wedge {
  return {
    whole: end - start >= 360,
    from: ((start % 360) + 360) % 360,
    sweep: end - start,
    startX: Math.sin(start * RAD),
    startY: -Math.cos(start * RAD),
    endX: Math.sin(end * RAD),
    endY: -Math.cos(end * RAD),
  };
}

/**
 * Whether a box (origin-centred map coordinates, y down) lies wholly inside the sector between two
 * angles (degrees clockwise from 12 o'clock), so that a label never crosses a sector line. A whole
 * circle holds anything. The box is inside when its centre is within the angles and neither boundary
 * ray (from the centre outwards) passes through it; `slack` keeps that much space from the rays.
 */
export function boxInSector(x0: number, y0: number, x1: number, y1: number, start: number, end: number, slack = 0): boolean {
  return boxInWedge(x0, y0, x1, y1, wedge(start, end), slack);
}

/** `boxInSector` for a sector whose numbers are worked out (`wedge`). Allocates nothing: it runs for every candidate point. */
export function boxInWedge(x0: number, y0: number, x1: number, y1: number, w: Wedge, slack = 0): boolean {
  if (w.whole) return true;
  const d = (((angleOf((x0 + x1) / 2, (y0 + y1) / 2) - w.from) % 360) + 360) % 360;
  if (d > w.sweep) return false;
  x0 -= slack;
  y0 -= slack;
  x1 += slack;
  y1 += slack;
  return !rayHitsBox(w.startX, w.startY, x0, y0, x1, y1) && !rayHitsBox(w.endX, w.endY, x0, y0, x1, y1);
}

/** The angle of a point, degrees clockwise from 12 o'clock, in [0, 360). */
export function angleOf(x: number, y: number): number {
  const a = Math.atan2(x, -y) / RAD;
  return a < 0 ? a + 360 : a;
}

/**
 * Whether the ray from the origin in direction (dx, dy) meets the box: the slab method, the part of the ray (t ≥ 0)
 * inside the box's x range cut down by its y range. Allocates nothing.
 */
function rayHitsBox(dx: number, dy: number, x0: number, y0: number, x1: number, y1: number): boolean {
  let tMin = 0;
  let tMax = Infinity;
  if (Math.abs(dx) < 1e-12) {
    if (x0 > 0 || x1 < 0) return false;
  } else {
    const t1 = x0 / dx;
    const t2 = x1 / dx;
    tMin = Math.max(tMin, Math.min(t1, t2));
    tMax = Math.min(tMax, Math.max(t1, t2));
    if (tMin > tMax) return false;
  }
  if (Math.abs(dy) < 1e-12) return !(y0 > 0 || y1 < 0);
  const t1 = y0 / dy;
  const t2 = y1 / dy;
  return Math.max(tMin, Math.min(t1, t2)) <= Math.min(tMax, Math.max(t1, t2));
}
