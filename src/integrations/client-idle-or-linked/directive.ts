import type { ClientDirective } from 'astro';
import { hydrateInTwoTasks, linkedInto } from '../hydrateIsland';

/**
 * `client:idleOrLinked`: like `client:idle`, except that an island the reader was linked into (the address's fragment
 * names an element inside it, as `…/netvaerkskort/#cm-map-heading` does) hydrates at once. That reader is looking at
 * the island from the first paint, so waiting for the page to be idle only keeps them waiting; a reader who lands at
 * the top of the page keeps `client:idle`'s first paint and early quiet.
 */
const idleOrLinked: ClientDirective = (load, _options, island) => {
  const hydrate = () => hydrateInTwoTasks(load);
  if (linkedInto(island)) void hydrate();
  else if ('requestIdleCallback' in window) window.requestIdleCallback(() => void hydrate());
  else setTimeout(() => void hydrate(), 200);
};

export default idleOrLinked;
