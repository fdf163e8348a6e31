/**
 * Changes on screen that are not yet written to storage, one writer per document (`persist.ts`). A change is shown at
 * once and written in a task of its own just after: encoding and writing a thousand contacts (300 KB) took a phone
 * about 35 ms, which the reader otherwise waited for before the page could even start to show the change.
 */
const unwritten = new Set<() => void>();

/** Writes every change not yet written, now: when the page is hidden or left (its last sure moment), and for tests. */
export function flushWrites(): void {
  for (const writeNow of unwritten) writeNow();
  unwritten.clear();
}

/** Calls `writeNow` in a task of its own, once however often it is asked before then. */
export function writeSoon(writeNow: () => void): void {
  if (unwritten.size === 0) setTimeout(flushWrites, 0);
  unwritten.add(writeNow);
}

/** Takes `writeNow` out of the waiting ones: true if it was waiting (its caller then writes, or drops the change). */
export const stopWaiting = (writeNow: () => void): boolean => unwritten.delete(writeNow);

if (typeof document !== 'undefined')
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushWrites();
  });
