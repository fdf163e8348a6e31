/** Small number helpers shared by the benchmark and the budget test. */

/** 1 KB = 1,024 bytes, everywhere in the benchmark and the budgets. */
export const KB = 1024;

/** The median of the numbers that are not null; null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "12.3 KB", "980 B", "1.24 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${Math.round(bytes)} B`;
  if (bytes < KB * KB) return `${(bytes / KB).toFixed(bytes < 100 * KB ? 1 : 0)} KB`;
  return `${(bytes / KB / KB).toFixed(2)} MB`;
}

/** "7 min 12 s", "42.1 s". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
