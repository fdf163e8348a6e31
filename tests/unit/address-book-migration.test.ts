import { describe, expect, it } from 'vitest';
import { unpackBook } from '../../src/lib/contacts/addressBook/book';
import { isUntouchedImport, splitUntouchedImports, upgradeOldBackup } from '../../src/lib/contacts/addressBook/split';
import { mergeDrafts } from '../../src/lib/contacts/merge';
import { emptyContactState, listPeople, type ContactState } from '../../src/lib/contacts/state';
import { emptyDraft, type PersonDraft } from '../../src/lib/contacts/types';
import { createGuardedStorage } from '../../src/stores/guarded-storage';
import { hasRoomFor, usedUnits } from '../../src/stores/storageRoom';
import { FakeStorage } from './fake-storage';

const linkedIn = (name: string, organisation: string): PersonDraft => ({ ...emptyDraft(name), contexts: ['online'], organisation });

/** A map as version-1 backups hold it: typed-in people, rated imports and unrated imports side by side. */
function oldMap(): ContactState {
  let n = 0;
  return mergeDrafts(
    emptyContactState(),
    [
      { ...emptyDraft('Typed In'), contexts: ['colleagues'] },
      { ...linkedIn('Rated Import', 'Firma A/S'), closeness: 'close' },
      { ...linkedIn('Noted Import', 'Firma A/S'), notes: 'met at the fair' },
      linkedIn('Karen Bøgh', 'Aarhus Kommune'),
      { ...emptyDraft('Phone Contact'), position: 'Lektor' },
    ],
    () => `p${n++}`,
    new Date('2026-01-01T00:00:00Z'),
  ).state;
}

describe('moving imports from before the address book', () => {
  it('moves only people from a file the reader never rated, noted or placed', () => {
    const people = listPeople(oldMap());
    expect(people.filter(isUntouchedImport).map((p) => p.name)).toEqual(['Karen Bøgh', 'Phone Contact']);
    const { map, moved } = splitUntouchedImports(oldMap());
    expect(listPeople(map).map((p) => p.name)).toEqual(['Typed In', 'Rated Import', 'Noted Import']);
    expect(moved.map((e) => [e.name, e.organisation, e.position, e.linkedIn])).toEqual([
      ['Karen Bøgh', 'Aarhus Kommune', '', true],
      ['Phone Contact', '', 'Lektor', false],
    ]);
  });

  it('keeps people the caller names (those already put on the map from the address book)', () => {
    const { moved } = splitUntouchedImports(oldMap(), (p) => p.name === 'Karen Bøgh');
    expect(moved.map((e) => e.name)).toEqual(['Phone Contact']);
  });

  it('upgrades a version-1 backup: the map keeps the chosen, the address book gets the rest, merged with any book in the file', () => {
    const up = upgradeOldBackup(1, oldMap(), undefined);
    expect(up.moved).toBe(2);
    expect(up.map && listPeople(up.map)).toHaveLength(3);
    expect(up.book && unpackBook(up.book).map((e) => e.name)).toEqual(['Karen Bøgh', 'Phone Contact']);
    // The goal and everyone's ids stay as they were.
    expect(up.map?.goal).toEqual(oldMap().goal);
    expect(up.map?.order).toEqual(oldMap().order.slice(0, 3));
  });

  it('leaves version-2 backups and maps without imports as they are', () => {
    const map = oldMap();
    expect(upgradeOldBackup(2, map, undefined)).toEqual({ map, book: undefined, moved: 0 });
    const typed = splitUntouchedImports(map).map;
    expect(upgradeOldBackup(1, typed, undefined)).toEqual({ map: typed, book: undefined, moved: 0 });
  });
});

describe('room in the browser’s storage', () => {
  it('measures what is stored and probes for room without keeping the probe', () => {
    const backing = new FakeStorage();
    const storage = createGuardedStorage(() => backing);
    storage.write('a', 'xxxx');
    expect(usedUnits(storage)).toBe(5);
    backing.quota = 100;
    expect(hasRoomFor(storage, 50)).toBe(true);
    expect(hasRoomFor(storage, 200)).toBe(false);
    expect(backing.data.size).toBe(1);
    expect(storage.$faults.get()).toEqual({});
  });
});
