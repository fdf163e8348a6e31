import { useEffect, useState } from 'react';
import { onPrintStart } from './onPrintStart';

/**
 * The rows of a list that is printed but not shown on screen (the printed table, the printed due list). They are made
 * when printing starts (`beforeprint`, or the page switching to print media) and not before: hidden rows made while
 * the page loads would be work on a phone's main thread for a list nobody sees yet (with 1,000 people the printed due
 * list alone is about a thousand elements), and thousands of them would break the page's limit of 5,000 DOM elements
 * with 5,000 people. `visible`: the list is on screen too, so it is always current.
 */
export function usePrintCopy<T>(items: T[], visible = false): T[] {
  const [copy, setCopy] = useState<T[]>([]);
  useEffect(() => (visible ? undefined : onPrintStart(() => setCopy(items))), [items, visible]);
  return visible ? items : copy;
}
