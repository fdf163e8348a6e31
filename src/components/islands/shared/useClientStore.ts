import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'react';

/**
 * A store's value, but the server's value until the island has hydrated (DESIGN.md trap 1).
 * The first client render then matches the server HTML exactly, and stored data appears right after.
 * Preact's hydrate() does not correct differing DOM and ignores getServerSnapshot, so islands
 * must not read stored data in their first render.
 */
export function useClientStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  const value = useStore(store);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated ? value : serverValue;
}
