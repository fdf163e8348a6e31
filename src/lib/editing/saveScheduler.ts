/** The clock the scheduler uses: the browser's timers in the app, a fake one in tests. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SaveScheduler {
  /** Save later: run `save` `delayMs` after the last call for this key (an earlier one for the key is replaced). */
  schedule(key: string, save: () => void): void;
  /** Forget the waiting save for this key (the reader must choose first, or the field went away after saving). */
  cancel(key: string): void;
  /** Run one waiting save now. */
  flushKey(key: string): void;
  /** Run every waiting save now (the page is being hidden or closed). */
  flush(): void;
  /** How many saves are waiting. */
  readonly size: number;
  /** Called with the number of waiting saves whenever it changes. */
  onChange(listener: (size: number) => void): () => void;
}

/**
 * Debounced saving for text fields (DESIGN.md trap 15): a field is saved `delayMs` after the reader's
 * last key press, and at once when the page is hidden. Saving on every key press would re-read and
 * re-write a whole exercise each time (at 1,000 contacts, more than a frame).
 */
export function createSaveScheduler(delayMs: number, timers: Timers): SaveScheduler {
  const waiting = new Map<string, { save: () => void; handle: unknown }>();
  const listeners = new Set<(size: number) => void>();
  const changed = () => listeners.forEach((l) => l(waiting.size));

  const cancel = (key: string) => {
    const entry = waiting.get(key);
    if (!entry) return;
    timers.clear(entry.handle);
    waiting.delete(key);
    changed();
  };
  const flushKey = (key: string) => {
    const entry = waiting.get(key);
    if (!entry) return;
    cancel(key);
    entry.save();
  };

  return {
    schedule(key, save) {
      const had = waiting.get(key);
      if (had) timers.clear(had.handle);
      waiting.set(key, { save, handle: timers.set(() => flushKey(key), delayMs) });
      if (!had) changed();
    },
    cancel,
    flushKey,
    flush() {
      for (const key of [...waiting.keys()]) flushKey(key);
    },
    get size() {
      return waiting.size;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
