import type { ClientDirective } from 'astro';
import { hashTarget } from '../../components/islands/ContactMap/hashTarget';
import { nextTask } from '../../lib/shared/nextTask';

/**
 * `client:idleOrLinked`: like `client:idle`, except that an island the reader was linked into (the address's fragment
 * names an element inside it, as `…/netvaerkskort/#cm-map-heading` does) hydrates at once. That reader is looking at
 * the island from the first paint, so waiting for the page to be idle only keeps them waiting; a reader who lands at
 * the top of the page keeps `client:idle`'s first paint and early quiet.
 */
const idleOrLinked: ClientDirective = (load, _options, island) => {
  const hydrate = async () => {
    const run = await load();
    // Running the island's modules and hydrating it are two tasks instead of one long one (on the contact map with a
    // thousand stored people, one task of 66 ms in Lighthouse's trace on a laptop, which its phone simulation counts
    // four times over).
    await nextTask();
    await run();
  };
  const linked = hashTarget();
  if (linked && island.contains(linked)) void hydrate();
  else if ('requestIdleCallback' in window) window.requestIdleCallback(() => void hydrate());
  else setTimeout(() => void hydrate(), 200);
};

export default idleOrLinked;
