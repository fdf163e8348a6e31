import type { LayoutOptions, MapLayout } from '../../../../lib/contacts/layout';
import type { MapPerson } from '../../../../lib/contacts/map-types';

/** What the page asks the layout worker: lay out these people. `id` tells the answers apart. */
export interface LayoutRequest {
  id: number;
  people: readonly MapPerson[];
  options: LayoutOptions;
}

/** The worker's answer to the request with the same `id`. */
export interface LayoutResponse {
  id: number;
  layout: MapLayout;
}
