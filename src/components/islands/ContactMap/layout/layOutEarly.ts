import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { listPeople } from '../../../../lib/contacts/state';
import { contactDoc } from '../../../../stores/contacts';
import { hasLayoutWorker, layoutInWorker } from './layoutWorker';
import { mapLayoutOptions } from './mapOptions';

// Loaded only for a reader who opened the page at the map (`ContactMap`): the worker's own code starts loading now.
hasLayoutWorker();

/**
 * Called for a reader who opened the page at the map, once the island has hydrated: the layout worker is asked for
 * the stored people at once, while the map's code is still loading, instead of when the map is first drawn. The map
 * then asks for the same people with the same options, and gets this answer (`layoutInWorker`), in its first render if
 * it has come (`answeredLayout`). Nothing while the stored people are still being checked: the map asks once they are.
 */
export function layOutEarly(s: ContactStrings): void {
  const doc = contactDoc.$doc.get();
  if (doc.status === 'ok') layoutInWorker(listPeople(doc.data), mapLayoutOptions(s)).catch(() => undefined);
}
