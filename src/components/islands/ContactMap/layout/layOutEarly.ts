import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { listPeople } from '../../../../lib/contacts/state';
import { contactDoc } from '../../../../stores/contacts';
import { layoutInWorker } from './layoutWorker';
import { mapLayoutOptions } from './mapOptions';

/**
 * Called for a reader who opened the page at the map, as soon as the map's code is here: the layout worker is asked
 * for the stored people at once, instead of when the map is first drawn, after the page has hydrated. The map then
 * asks for the same people with the same options, and gets this answer (`layoutInWorker`). Nothing while the stored
 * people are still being checked: the map asks once they are.
 */
export function layOutEarly(s: ContactStrings): void {
  const doc = contactDoc.$doc.get();
  if (doc.status === 'ok') layoutInWorker(listPeople(doc.data), mapLayoutOptions(s)).catch(() => undefined);
}
