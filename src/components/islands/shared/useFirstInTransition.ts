import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, except that its first change away from `initial` (stored data arriving after hydration) is rendered in a
 * transition: React then renders it in slices of a few milliseconds and the page stays responsive while a thousand
 * people are laid out, instead of one long task. Until that render is done the island keeps showing `initial`; every
 * later change is passed on at once, so an edit still shows in the next frame. With `after`, that first transition
 * starts only once `after` settles (something the reader is looking at goes first).
 */
export function useFirstInTransition<T>(value: T, initial: T, after: PromiseLike<unknown> | null = null): T {
  const [arrived, setArrived] = useState(false);
  useEffect(() => {
    if (arrived || value === initial) return;
    const arrive = () => startTransition(() => setArrived(true));
    if (!after) return arrive();
    let current = true;
    void after.then(() => current && arrive());
    return () => {
      current = false;
    };
  }, [arrived, value, initial, after]);
  return arrived ? value : initial;
}
