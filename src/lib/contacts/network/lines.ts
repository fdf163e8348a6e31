import type { Tie } from './ties';

/**
 * Which ties the map draws, as one SVG path: a straight line between the markers of two people who
 * know each other, for the ties where both people are drawn with a marker (a filter, or a large map's
 * counted people, leaves some out). One path element however many ties: the map stays light.
 */
export function tieLines(placed: readonly { id: string; x: number; y: number }[], ties: readonly Tie[]): { d: string; drawn: number } {
  if (ties.length === 0 || placed.length < 2) return { d: '', drawn: 0 };
  const at = new Map(placed.map((p) => [p.id, p]));
  const parts: string[] = [];
  const r = (n: number) => Math.round(n * 10) / 10;
  for (const [a, b] of ties) {
    const from = at.get(a);
    const to = at.get(b);
    if (from && to) parts.push(`M${r(from.x)} ${r(from.y)}L${r(to.x)} ${r(to.y)}`);
  }
  return { d: parts.join(''), drawn: parts.length };
}
