import { useEffect, useState, type RefObject } from 'react';
import { openedAtMap } from './firstDrawing';
import { onPrintStart } from './onPrintStart';

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (deadline: { didTimeout: boolean }) => void, o?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * When the map may be drawn: `later`, not yet; `ready`, not yet, but the page is idle, so its layout may be made (off
 * the page's thread) for when the reader gets to it; `soon`, as soon as its layout is ready; `now`, at once, even if
 * the page must lay it out itself (printing, and pages that are not `deferred`).
 */
export type DrawWhen = 'later' | 'ready' | 'soon' | 'now';

/**
 * When the map may be drawn. Not `deferred` (my results): now. Otherwise: ready once the page is idle after
 * hydration; soon, once it is idle and the map is near the screen (within a screen's height); now when the page is
 * being printed. So a page with a thousand people draws its first screen first and the map when the reader
 * gets to it, or soon at once when the page was opened at the map (a link into it): its layout is made in a worker
 * and drawn in a transition, so it does not join hydration's work on the page's thread. Never goes back.
 */
export function useDrawWhenNear(target: RefObject<HTMLElement | null>, deferred: boolean): DrawWhen {
  // Opened at the map (a link into it): soon from the first render, not after an effect has checked. The map is only
  // ever drawn on the client (its code loads after hydration), so the server never renders this state.
  const [draw, setDraw] = useState<DrawWhen>(() => (!deferred ? 'now' : openedAtMap() ? 'soon' : 'later'));
  // Idle: ready. Idle and near the screen: soon.
  useEffect(() => {
    const el = target.current;
    if ((draw !== 'later' && draw !== 'ready') || !el) return;
    // Linked to the map since the first render (a link on the page, followed while it was later or ready): the reader
    // is looking at it, so soon, without waiting for the page to be idle or measuring where the map is now (the list
    // above it may still be growing). A page opened at the map starts at soon and never gets here.
    const linked = openedAtMap();
    let idle = linked || draw === 'ready';
    // Measured when asked, not remembered from the observer's first report: the page above the map
    // (the people list, the address book) can still be growing then, and the map moves down with it.
    const near = () => {
      if (linked || typeof IntersectionObserver !== 'function') return true;
      const box = el.getBoundingClientRect();
      return box.top < 2 * innerHeight && box.bottom > -innerHeight;
    };
    const check = () => {
      if (idle && near()) setDraw((d) => (d === 'later' || d === 'ready' ? 'soon' : d));
    };
    if (linked) queueMicrotask(check);
    const w = window as IdleWindow;
    const ready = () => setDraw((d) => (d === 'later' ? 'ready' : d));
    let readyId: number | undefined;
    const onIdle = (deadline?: { didTimeout: boolean }) => {
      idle = true;
      if (near()) return check();
      // Not near: the layout is made when the page is really idle, not when the wait ran out while it was busy
      // (its answer would join the render of the stored people).
      if (deadline?.didTimeout && w.requestIdleCallback) readyId = w.requestIdleCallback(ready);
      else ready();
    };
    const waiting = draw === 'later';
    const idleId = waiting && w.requestIdleCallback ? w.requestIdleCallback(onIdle, { timeout: 300 }) : undefined;
    const timer = waiting && idleId === undefined ? setTimeout(onIdle, 50) : undefined;
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              if (entries.some((e) => e.isIntersecting)) check();
            },
            { rootMargin: '100% 0px' },
          )
        : null;
    observer?.observe(el);
    return () => {
      for (const id of [idleId, readyId]) if (id !== undefined) w.cancelIdleCallback?.(id);
      clearTimeout(timer);
      observer?.disconnect();
    };
  }, [draw, target]);
  // Printing: now, before the browser lays the page out for print.
  const printed = draw === 'now';
  useEffect(() => (printed ? undefined : onPrintStart(() => setDraw('now'))), [printed]);
  return draw;
}
