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
