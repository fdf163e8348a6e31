/// <reference lib="webworker" />
/**
 * Lays out the contact map off the page's main thread: with a thousand people the layout takes a few hundred
 * milliseconds on a phone, which the page would otherwise spend unable to answer a tap. A preview request brings the
 * stored text itself, so reading it (300 KB of JSON for a thousand people) happens here too.
 */
import { layoutMap } from '../../../../lib/contacts/layout';
import { previewMapPeople } from '../../../../lib/contacts/mapPreview';
import type { LayoutRequest, LayoutResponse } from './messages';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  let response: LayoutResponse;
  if ('stored' in request) {
    const { raw, kind, version } = request.stored;
    const people = previewMapPeople(raw, kind, version);
    response =
      people && people.length > 0
        ? { id: request.id, layout: layoutMap(people, request.options), people }
        : { id: request.id, layout: null };
  } else response = { id: request.id, layout: layoutMap(request.people, request.options) };
  self.postMessage(response);
};
