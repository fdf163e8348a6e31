import { useEffect, useRef, type RefObject } from 'react';
import { hashTarget } from './hashTarget';

const READER_MOVES = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * A page opened at the map (a link to its heading) shows the map once it is drawn. The browser scrolls to the heading
 * as the page arrives, but the stored people then fill the sections above it and the map is drawn later, which left a
 * reader with a thousand people looking at the section after the map. Once `drawn` first turns true, the linked
 * element is scrolled back into view, unless the reader has moved (wheel, touch, key, pointer) since the page opened.
 */
export function useLinkedInView(section: RefObject<HTMLElement | null>, drawn: boolean): void {
  const moved = useRef(false);
  const done = useRef(false);
  useEffect(() => {
    const onMove = () => (moved.current = true);
    for (const type of READER_MOVES) addEventListener(type, onMove, { passive: true, once: true });
    return () => {
      for (const type of READER_MOVES) removeEventListener(type, onMove);
    };
  }, []);
  useEffect(() => {
    if (!drawn || done.current) return;
    done.current = true;
    const target = hashTarget();
    if (target && !moved.current && section.current?.contains(target)) target.scrollIntoView({ block: 'start' });
  }, [drawn, section]);
}
