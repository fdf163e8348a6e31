import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** When the map may be drawn: once the page is idle after hydration and the map is near the screen (or printed). */

/**
 * Lay out the map only once the page is idle after hydration (the map is below the first screen, and a
 * thousand people take a while on a phone); after that, at once on every change.
 */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
    if (w.requestIdleCallback) w.requestIdleCallback(() => setIdle(true), { timeout: 300 });
    else setTimeout(() => setIdle(true), 50);
  }, []);
  return idle;
}

/**
 * Whether the map's section is near the screen (within a screen's height), or the page is being
 * printed: the map is drawn only then, so a page with a thousand people draws its first screen first
 * and the map when the reader gets to it. Stays true once true.
 */
export function useNearScreen(target: RefObject<HTMLElement | null>): boolean {
  // Without IntersectionObserver (old browsers, tests) the map is drawn as soon as the page is idle.
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver !== 'function');
  useEffect(() => {
    const el = target.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const now = () => flushSync(() => setNear(true));
    const onPrintMedia = () => {
      if (print?.matches) now();
    };
    addEventListener('beforeprint', now);
    print?.addEventListener('change', onPrintMedia);
    return () => {
      observer.disconnect();
      removeEventListener('beforeprint', now);
      print?.removeEventListener('change', onPrintMedia);
    };
  }, [near, target]);
  return near;
}
