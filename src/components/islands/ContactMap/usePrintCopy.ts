import { startTransition, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Up to this many rows a print-only list is kept ready in the page; above it, it is made when printing starts. */
const PRINT_EAGER_LIMIT = 300;
/** Rows added to the page per step while a list is kept ready: each step is a short task, not one long commit. */
const ROWS_PER_STEP = 40;
/** How long after a change the ready copy starts to follow it, so that edits on screen come first. */
const FOLLOW_DELAY_MS = 400;

/**
 * The rows of a list that is printed but not shown on screen (the printed table, the printed due list). It follows
 * `items` a moment later, and at once when printing starts, so edits on screen stay quick; a long list is made only
 * for printing, since thousands of hidden rows would make the page slow on a phone (the page holds at most 5,000 DOM
 * elements with 5,000 people). `visible`: the list is on screen too, so it is always current.
 */
export function usePrintCopy<T>(items: T[], visible = false): T[] {
  const [copy, setCopy] = useState<T[]>([]);
  // How many rows the ready copy holds, for the next change to start from.
  const made = useRef(0);
  useEffect(() => {
    made.current = copy.length;
  }, [copy]);
  useEffect(() => {
    if (visible) return;
    // Before printing, at once: the browser lays the page out for print as soon as the event's handlers return.
    const now = () => flushSync(() => setCopy(items));
    // A few hundred hidden rows, added some at a time in transitions: the rows already made are brought up to date
    // in the first step, then the rest follow a step per task.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = (rows: number) => {
      const next = rows >= items.length ? items : items.slice(0, rows);
      startTransition(() => setCopy(next));
      if (rows < items.length) timer = setTimeout(() => step(rows + ROWS_PER_STEP), 0);
    };
    if (items.length <= PRINT_EAGER_LIMIT) timer = setTimeout(() => step(Math.max(made.current, ROWS_PER_STEP)), FOLLOW_DELAY_MS);
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
  return visible ? items : copy;
}
