import type { Tie } from '../network/ties';
import type { Person } from '../types';

/**
 * Taking a snapshot: a module of its own, so saving one (and the My data page, which only stores them) does
 * not load the comparison and the network reading (`compare.ts`).
 */

/** What a snapshot keeps of a person: enough to compare and to draw them on the map then, not their notes. */
export type SnapshotPerson = Pick<Person, 'id' | 'name' | 'contexts' | 'closeness' | 'roles' | 'lastContact'>;

export interface Snapshot {
  /** `YYYY-MM-DD`, the reader's local date when it was saved. */
  date: string;
  people: SnapshotPerson[];
  ties: Tie[];
}

export const takeSnapshot = (date: string, people: readonly Person[], ties: readonly Tie[]): Snapshot => ({
  date,
  people: people.map(({ id, name, contexts, closeness, roles: personRoles, lastContact }) => ({
    id,
    name,
    contexts: [...contexts],
    closeness,
    roles: [...personRoles],
    lastContact,
  })),
  ties: [...ties],
});
