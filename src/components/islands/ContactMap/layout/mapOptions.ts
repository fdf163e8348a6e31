import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { ringKeys, type LayoutOptions, type RingKey, type SectorKey } from '../../../../lib/contacts/map-types';
import { contexts } from '../../../../lib/contacts/types';

/** The radius of a person's marker on the map, in the SVG's user units. */
export const MARKER_RADIUS = 6;

export function sectorName(s: ContactStrings, key: SectorKey): string {
  return key === 'none' ? s.noContext : s.contextsShort[key];
}
export function ringName(s: ContactStrings, key: RingKey): string {
  return key === 'notRated' ? s.notRated : s.closeness[key];
}

const made = new WeakMap<ContactStrings, LayoutOptions>();

/**
 * The map's layout options in the language of `s`: one object per language, so that every map asking the layout worker
 * for the same people finds the answer already asked for (`layoutInWorker` compares options by identity).
 */
export function mapLayoutOptions(s: ContactStrings): LayoutOptions {
  let options = made.get(s);
  if (!options) {
    options = {
      markerRadius: MARKER_RADIUS,
      sectorNames: Object.fromEntries([...contexts.map((c) => [c, sectorName(s, c)]), ['none', sectorName(s, 'none')]]),
      ringNames: Object.fromEntries(ringKeys.map((k) => [k, ringName(s, k)])),
    };
    made.set(s, options);
  }
  return options;
}
