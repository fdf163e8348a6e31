import type { Box } from './map-types';

/** Geometry helpers for drawing the map: points, arcs, cells and sector lines as SVG numbers and paths. */

// Geometry helpers for the island

export const RAD = Math.PI / 180;

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

export function round1(value: number): number {
  const r = Math.round(value * 10) / 10;
  return r === 0 ? 0 : r;
}
