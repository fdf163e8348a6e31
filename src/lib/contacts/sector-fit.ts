import { RAD } from './svg-paths';

/**
 * Whether a box (origin-centred map coordinates, y down) lies wholly inside the sector between two
 * angles (degrees clockwise from 12 o'clock), so that a label never crosses a sector line. A whole
 * circle holds anything. The box is inside when its centre is within the angles and neither boundary
 * ray (from the centre outwards) passes through it; `slack` keeps that much space from the rays.
 */
export function boxInSector(x0: number, y0: number, x1: number, y1: number, start: number, end: number, slack = 0): boolean {
  if (end - start >= 360) return true;
  const angle = angleOf((x0 + x1) / 2, (y0 + y1) / 2);
  if (!angleWithin(angle, start, end)) return false;
  return (
    !rayHitsBox(start, x0 - slack, y0 - slack, x1 + slack, y1 + slack) && !rayHitsBox(end, x0 - slack, y0 - slack, x1 + slack, y1 + slack)
  );
}

/** The angle of a point, degrees clockwise from 12 o'clock, in [0, 360). */
export function angleOf(x: number, y: number): number {
  const a = Math.atan2(x, -y) / RAD;
  return a < 0 ? a + 360 : a;
}

function angleWithin(angle: number, start: number, end: number): boolean {
  const from = ((start % 360) + 360) % 360;
  const sweep = end - start;
  const d = (((angle - from) % 360) + 360) % 360;
  return d <= sweep;
}

/** Whether the ray from the origin at `angle` meets the box (slab method). Allocates nothing: it runs for every candidate point. */
export function rayHitsBox(angle: number, x0: number, y0: number, x1: number, y1: number): boolean {
  const dx = Math.sin(angle * RAD);
  const dy = -Math.cos(angle * RAD);
  const x = slab(dx, x0, x1, 0, Infinity);
  if (x === null) return false;
  return slab(dy, y0, y1, x[0], x[1]) !== null;
}

const span: [number, number] = [0, 0];
/** The part of [tMin, tMax] where the ray's coordinate (direction d) lies between lo and hi, or null when empty. Reuses one pair. */
function slab(d: number, lo: number, hi: number, tMin: number, tMax: number): readonly [number, number] | null {
  if (Math.abs(d) < 1e-12) {
    if (lo > 0 || hi < 0) return null;
  } else {
    const t1 = lo / d;
    const t2 = hi / d;
    tMin = Math.max(tMin, Math.min(t1, t2));
    tMax = Math.min(tMax, Math.max(t1, t2));
    if (tMin > tMax) return null;
  }
  span[0] = tMin;
  span[1] = tMax;
  return span;
}
