import type { ClientDirective } from 'astro';

/** The element the address's fragment (`#id`) names, if any. */
function linkedElement(): Element | null {
  try {
    return location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null; // not a valid escape: no element has that id
  }
}

/**
 * `client:idleOrLinked`: like `client:idle`, except that an island the reader was linked into (the address's fragment
 * names an element inside it, as `…/netvaerkskort/#cm-map-heading` does) hydrates at once. That reader is looking at
 * the island from the first paint, so waiting for the page to be idle only keeps them waiting; a reader who lands at
 * the top of the page keeps `client:idle`'s first paint and early quiet.
 */
const idleOrLinked: ClientDirective = (load, _options, island) => {
  const hydrate = async () => {
    const run = await load();
    await run();
  };
  const linked = linkedElement();
  if (linked && island.contains(linked)) void hydrate();
  else if ('requestIdleCallback' in window) window.requestIdleCallback(() => void hydrate());
  else setTimeout(() => void hydrate(), 200);
};

export default idleOrLinked;
