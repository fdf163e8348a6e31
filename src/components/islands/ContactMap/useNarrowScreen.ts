import { useSyncExternalStore } from 'react';

/** Under this width the people are a list of cards with a person sheet instead of a table. */
const NARROW = '(max-width: 37.4375rem)'; // under 600 px

const canMatch = () => typeof window.matchMedia === 'function';

const subscribe = (onChange: () => void) => {
  if (!canMatch()) return () => undefined;
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** Whether the screen is a phone's; false on the server and while hydrating, so the server HTML matches. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => canMatch() && window.matchMedia(NARROW).matches,
    () => false,
  );
}
