import type { LayoutOptions, MapLayout } from '../../../../lib/contacts/layout';
import type { Person } from '../../../../lib/contacts/types';

/** What the page asks the layout worker: lay out these people. `id` tells the answers apart. */
export interface LayoutRequest {
  id: number;
  people: readonly Person[];
  options: LayoutOptions;
}

/** The worker's answer to the request with the same `id`. */
export interface LayoutResponse {
  id: number;
  layout: MapLayout;
}
