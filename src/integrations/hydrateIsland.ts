import type { ClientDirective } from 'astro';
import { hashTarget } from '../components/islands/ContactMap/hashTarget';
import { nextTask } from '../lib/shared/nextTask';

/**
 * Loads an island's modules, then hydrates it in the next task: two tasks instead of one long one (on the contact map
 * with a thousand stored people, one task of 66 ms in Lighthouse's trace on a laptop, which its phone simulation
 * counts four times over). For the site's client directives.
 */
export async function hydrateInTwoTasks(load: Parameters<ClientDirective>[0]): Promise<void> {
  const run = await load();
  await nextTask();
  await run();
}

/** Whether the address's fragment names an element inside `island` (the reader was linked into it). */
export function linkedInto(island: HTMLElement): boolean {
  const linked = hashTarget();
  return !!linked && island.contains(linked);
}
