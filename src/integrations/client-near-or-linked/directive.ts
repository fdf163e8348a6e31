import type { ClientDirective } from 'astro';
import { hydrateInTwoTasks, linkedInto } from '../hydrateIsland';

/** Events that show the reader is using the page: the island's code then loads, wherever they are on it. */
const USING = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin', 'beforeprint'] as const;

/**
 * `client:nearOrLinked`: an island below the page's first screen hydrates when it is within a screen of the viewport
 * and the browser is idle, at once when the reader starts using the page (a tap, a key, a scroll), and at once when the
 * reader was linked into it. A reader who only looks at the first screen does not pay for the code and rendering of
 * the rest.
 */
const nearOrLinked: ClientDirective = (load, _options, island) => {
  let started = false;
  // Near the screen while the page still loads (a short page, a wide screen): once the browser is idle, as
  // `client:idle` would, so that its code does not join the first screen's.
  const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(() => void hydrate()) : void hydrate());
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && whenIdle(), {
    rootMargin: '100% 0px',
  });
  const hydrate = async () => {
    if (started) return;
    started = true;
    observer.disconnect();
    for (const type of USING) window.removeEventListener(type, onUse, true);
    await hydrateInTwoTasks(load);
  };
  const onUse = () => void hydrate();
  if (linkedInto(island)) return void hydrate();
  for (const type of USING) window.addEventListener(type, onUse, { capture: true, passive: true });
  // An island of `display: contents` has no box: its children are watched instead.
  for (const child of island.children) observer.observe(child);
};

export default nearOrLinked;
