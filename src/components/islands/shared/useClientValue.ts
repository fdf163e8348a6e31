import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * A value only the browser knows (today's date, the page's address), with the value the server
 * rendered until the island has hydrated. React renders `serverValue` while hydrating, so the first
 * render matches the server HTML, then renders again with `read()`. `read` must return the same
 * value each time it is called for the same state of the world (a string, number or null).
 */
export function useClientValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(neverChanges, read, () => serverValue);
}

/** False on the server and while hydrating, true once the island runs: controls stay disabled until then. */
export function useHydrated(): boolean {
  return useClientValue(() => true, false);
}

/** The purpose the quiz sent the reader here with (`?purpose=access`), or null. */
export function useQuizPurposeInUrl<P extends string>(purposes: readonly P[]): P | null {
  return useClientValue(() => {
    const p = new URLSearchParams(location.search).get('purpose');
    return p && (purposes as readonly string[]).includes(p) ? (p as P) : null;
  }, null);
}
