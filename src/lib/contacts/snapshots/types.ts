import type { Snapshot } from './take';

/** A snapshot as it is kept: the map on a date, under an id of its own (two can share a date). */
export interface SavedSnapshot extends Snapshot {
  id: string;
}

/** The saved snapshots of the contact map, oldest first: their own stored document, beside the map's. */
export interface ContactSnapshots {
  snapshots: SavedSnapshot[];
}

/**
 * At most this many snapshots are kept. A snapshot holds every person's name, ring and roles and the ties:
 * a map of 150 people with ties is about 20 kB, so twelve fit well in the browser's storage; one a month
 * is a year of change. When full, the reader deletes an old one to save a new one.
 */
export const SNAPSHOT_LIMIT = 12;

export const emptySnapshots = (): ContactSnapshots => ({ snapshots: [] });
