import type { LayoutOptions, MapLayout } from '../../../../lib/contacts/layout';
import type { MapPerson } from '../../../../lib/contacts/map-types';

/**
 * What the page asks the layout worker: lay out these people, or the people in this stored text (a preview, read
 * before the page has checked it; see `previewMapPeople`). `id` tells the answers apart.
 */
export type LayoutRequest =
  | { id: number; people: readonly MapPerson[]; options: LayoutOptions }
  | { id: number; stored: { raw: string; kind: string; version: number }; options: LayoutOptions };

/** The worker's answer to the request with the same `id`; for a preview, also the people it read (null: none). */
export interface LayoutResponse {
  id: number;
  layout: MapLayout | null;
  people?: MapPerson[];
}
