import { useEffect, useState } from 'react';
import { useHydrated } from '../shared/useClientValue';
import { hashTarget } from './hashTarget';

let drawn: () => void = () => {};
const mapDrawn = new Promise<void>((resolve) => (drawn = resolve));

/** Called by the map each time it is drawn with people; only the first call counts. */
export const markMapDrawn = () => drawn();

/** Whether the page was opened at the map (`…#cm-map-heading`, or anything else inside it). False on the server. */
export const openedAtMap = () => typeof document !== 'undefined' && !!hashTarget()?.closest('.cm-map-section');

/**
 * For a reader who opened the page at the map: settles once the map is first drawn, or after `limitMs` if it never
 * is. Null for every other reader, and on the server. React renders every pending transition together, so the map's
 * first drawing would otherwise wait for the page's own first render of the stored people (the table, the lists
 * above the map), which that reader cannot see; the page waits for the map instead.
 */
export function mapDrawnFirst(limitMs = 1500): Promise<void> | null {
  if (!openedAtMap()) return null;
  return Promise.race([mapDrawn, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}

/**
 * Whether the parts of the page that load their code after hydration (the address book, the picture, the snapshots,
 * the printed table) may load it now: once hydrated, and for a reader who opened the page at the map, once the map is
 * drawn (or `mapDrawnFirst`'s limit has passed). Their code arrives, compiles and renders on the same main thread as
 * the map's first drawing, which that reader is waiting for; none of them is on the screen that reader sees.
 */
export function useAfterMapDrawn(): boolean {
  const hydrated = useHydrated();
  // Null on the server and for every reader not opened at the map; either way nothing to wait for once hydrated.
  const [waiting] = useState(mapDrawnFirst);
  const [mapDone, setMapDone] = useState(waiting === null);
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    void waiting.then(() => current && setMapDone(true));
    return () => {
      current = false;
    };
  }, [waiting]);
  return hydrated && mapDone;
}
