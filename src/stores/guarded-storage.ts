import { atom } from 'nanostores';

/**
 * The only code that touches `localStorage`. It wraps it in an object that
 * @nanostores/persistent can use as its engine (`engine[key]`, `key in engine`, `delete engine[key]`),
 * and turns every failure into a reported fault instead of an exception:
 * - storage blocked (SecurityError when cookies are blocked, some private modes): values live in memory;
 * - quota exceeded: the failed value is kept in memory so the screen keeps it, and the fault is reported;
 *   the next successful write of that key clears it.
 */
export type StorageFault = 'blocked' | 'quota';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface GuardedStorage {
  /** The object to hand to `setPersistentEngine`. */
  engine: Record<string, string>;
  /** Faults by key (and `*` for storage as a whole). */
  $faults: ReturnType<typeof atom<Record<string, StorageFault>>>;
  read(key: string): string | undefined;
  write(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
}

/** The browser's storage, or nothing on the server. Reading it can throw (SecurityError): callers guard it. */
export function browserStorage(): StorageLike | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message);
}

export function createGuardedStorage(getBacking: () => StorageLike | undefined): GuardedStorage {
  const memory = new Map<string, string>();
  const $faults = atom<Record<string, StorageFault>>({});
  let backing: StorageLike | undefined;
  try {
    backing = getBacking();
    if (backing) {
      const probe = '__netvaerkskompasset_probe__';
      backing.setItem(probe, '1');
      backing.removeItem(probe);
    }
  } catch (error) {
    // A full storage still lets us read: only a SecurityError (or no storage at all) blocks it.
    if (!isQuotaError(error)) {
      backing = undefined;
      $faults.set({ '*': 'blocked' });
    }
  }

  const setFault = (key: string, fault: StorageFault | undefined) => {
    const current = $faults.get();
    if (current[key] === fault) return;
    const next = { ...current };
    if (fault) next[key] = fault;
    else delete next[key];
    $faults.set(next);
  };

  /**
   * The text last read from or written to the browser's storage, per key: writing it again changes nothing, and with a
   * thousand contacts (300 KB) costs a phone tens of milliseconds when the stored data has only just been checked.
   */
  const known = new Map<string, string>();

  function read(key: string): string | undefined {
    if (memory.has(key)) return memory.get(key);
    if (!backing) return undefined;
    try {
      const value = backing.getItem(key) ?? undefined;
      if (value === undefined) known.delete(key);
      else known.set(key, value);
      return value;
    } catch {
      return undefined;
    }
  }

  function write(key: string, value: string): boolean {
    if (!backing) {
      memory.set(key, value);
      return false;
    }
    if (!memory.has(key) && known.get(key) === value) return true;
    try {
      backing.setItem(key, value);
      known.set(key, value);
      memory.delete(key);
      setFault(key, undefined);
      return true;
    } catch (error) {
      memory.set(key, value);
      setFault(key, isQuotaError(error) ? 'quota' : 'blocked');
      return false;
    }
  }

  function remove(key: string): void {
    memory.delete(key);
    known.delete(key);
    setFault(key, undefined);
    try {
      backing?.removeItem(key);
    } catch {
      // nothing to keep
    }
  }

  function keys(): string[] {
    const all = new Set(memory.keys());
    try {
      if (backing)
        for (let i = 0; i < backing.length; i++) {
          const k = backing.key(i);
          if (k !== null) all.add(k);
        }
    } catch {
      // storage went away: memory is what we have
    }
    return [...all];
  }

  const engine = new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    deleteProperty: (_, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && read(key) !== undefined
        ? { value: read(key), enumerable: true, configurable: true, writable: true }
        : undefined,
  });

  return { engine, $faults, read, write, remove, keys };
}
