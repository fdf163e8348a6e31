import { useEffect, useState } from 'react';
import { nextTask } from '../../../lib/shared/nextTask';

/**
 * A module in a chunk of its own whose download starts as soon as the island's code has run in the browser (in the
 * task after it, not when it is first rendered), for code below the first screen that should be there by the time the
 * reader is. The returned hook gives the module once it has loaded, and null on the server and while hydrating, so
 * both render the same placeholder; `loading` gives the module to code outside React (null on the server). Not
 * `React.lazy`: React holds a Suspense boundary's content back for a while after its fallback.
 */
export function earlyModule<M>(load: () => Promise<M>): (() => M | null) & { loading: Promise<M> | null } {
  let loaded: M | null = null;
  const loading =
    typeof window !== 'undefined'
      ? nextTask()
          .then(load)
          .then((m) => (loaded = m))
      : null;
  return Object.assign(useEarlyModule, { loading });
  function useEarlyModule(): M | null {
    const [ready, setReady] = useState(false);
    useEffect(() => {
      let current = true;
      void loading?.then(() => current && setReady(true));
      return () => {
        current = false;
      };
    }, []);
    return ready ? loaded : null;
  }
}
