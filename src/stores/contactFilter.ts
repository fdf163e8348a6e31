import { atom } from 'nanostores';
import { noFilter, type TableFilter } from '../lib/contacts/table';

/**
 * Which people the contact map page shows: one filter for the map, the table and the cards alike.
 * Not stored: a filter is a view for now, and a reload shows everyone again.
 */
export const $peopleFilter = atom<TableFilter>(noFilter());

export const patchPeopleFilter = (patch: Partial<TableFilter>) => $peopleFilter.set({ ...$peopleFilter.get(), ...patch });
export const clearPeopleFilter = () => $peopleFilter.set(noFilter());
