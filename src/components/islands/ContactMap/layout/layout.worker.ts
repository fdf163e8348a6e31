/// <reference lib="webworker" />
/**
 * Lays out the contact map off the page's main thread: with a thousand people the layout takes a few hundred
 * milliseconds on a phone, which the page would otherwise spend unable to answer a tap.
 */
import { layoutMap } from '../../../../lib/contacts/layout';
import type { LayoutRequest, LayoutResponse } from './messages';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, people, options } = event.data;
  const response: LayoutResponse = { id, layout: layoutMap(people, options) };
  self.postMessage(response);
};
