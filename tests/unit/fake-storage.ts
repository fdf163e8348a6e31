import type { PersistentEvents, PersistentListener } from '@nanostores/persistent';
import type { StorageLike } from '../../src/stores/guarded-storage';

/** An in-memory Storage that can be made to fail like real browsers do. */
export class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  /** Throw QuotaExceededError once the stored characters would pass this. */
  quota = Infinity;

  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.data].reduce((n, [key, val]) => (key === k ? n : n + key.length + val.length), 0);
    if (used + k.length + v.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

/** A stand-in for the window's `storage` event: lets a test play "another tab". */
export function createTestEvents() {
  let listeners: PersistentListener[] = [];
  const events: PersistentEvents = {
    addEventListener: (_key, cb) => void listeners.push(cb),
    removeEventListener: (_key, cb) => void (listeners = listeners.filter((l) => l !== cb)),
  };
  return {
    events,
    /** Another tab wrote `value` under `key`. */
    otherTabWrites(storage: FakeStorage, key: string, value: string | null) {
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
      for (const l of listeners) l({ key, newValue: value } as Parameters<PersistentListener>[0]);
    },
  };
}
