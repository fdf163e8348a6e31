/**
 * Which of `count` evenly spaced points along a chart's axis get a label, when at most `most` labels fit: every point
 * when they all fit; otherwise the last (the latest check-in) and every `step`-th one before it, the same distance
 * apart, so no two labels are closer than `step` points and the last is never squeezed against the one before it.
 */
export function labelledPoints(count: number, most: number): number[] {
  if (count <= most) return Array.from({ length: count }, (_, i) => i);
  const step = Math.ceil((count - 1) / (most - 1));
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) out.unshift(i);
  return out;
}
