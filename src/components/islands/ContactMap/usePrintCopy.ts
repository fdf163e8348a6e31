import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Up to this many rows a print-only list is kept ready in the page; above it, it is made when printing starts. */
const PRINT_EAGER_LIMIT = 300;

/**
 * The rows of a list that is printed but not shown on screen (the printed table, the printed due list). It follows
 * `items` a moment later, and at once when printing starts, so edits on screen stay quick; a long list is made only
 * for printing, since thousands of hidden rows would make the page slow on a phone (the page holds at most 5,000 DOM
 * elements with 5,000 people). `visible`: the list is on screen too, so it is always current.
 */
export function usePrintCopy<T>(items: T[], visible = false): T[] {
  const [deferred, setDeferred] = useState<T[]>([]);
  useEffect(() => {
    if (visible) return;
    // Before printing, at once: the browser lays the page out for print as soon as the event's handlers return.
    const now = () => flushSync(() => setDeferred(items));
    // In a transition: a few hundred hidden rows are made in slices, never as one long task.
    const timer = items.length <= PRINT_EAGER_LIMIT ? setTimeout(() => startTransition(() => setDeferred(items)), 400) : undefined;
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onPrintMedia = () => {
      if (print?.matches) now();
    };
    addEventListener('beforeprint', now);
    print?.addEventListener('change', onPrintMedia);
    return () => {
      clearTimeout(timer);
      removeEventListener('beforeprint', now);
      print?.removeEventListener('change', onPrintMedia);
    };
  }, [items, visible]);
  return visible ? items : deferred;
}
