import { describe, expect, it } from 'vitest';
import { mapPerson } from '../../src/lib/contacts/map-types';
import { previewMapPeople, sameMapPeople } from '../../src/lib/contacts/mapPreview';
import { contexts, emptyDraft, type Person } from '../../src/lib/contacts/types';

const person = (i: number, patch: Partial<Person> = {}): Person => ({
  ...emptyDraft(`Åse Ørnbøl ${i}`),
  id: `p${i}`,
  contexts: [contexts[i % contexts.length]!],
  closeness: i % 2 ? 'close' : null,
  roles: i % 3 ? [] : ['access'],
  connector: i % 5 === 0,
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...patch,
});

const envelope = (people: Record<string, unknown>, order: unknown[], version = 2, kind = 'contactMap') =>
  JSON.stringify({
    kind,
    version,
    savedAt: '2026-11-01T00:00:00.000Z',
    data: { goal: { kind: 'job', text: '', purpose: null }, people, order },
  });

const stored = (list: Person[], version = 2) =>
  envelope(
    Object.fromEntries(list.map((p) => [p.id, p])),
    list.map((p) => p.id),
    version,
  );

describe('the map preview read from stored text', () => {
  it('reads what the map draws of everyone, in the stored order', () => {
    const list = Array.from({ length: 40 }, (_, i) => person(i)).reverse();
    const read = previewMapPeople(stored(list), 'contactMap', 2);
    expect(read).toEqual(list.map(mapPerson));
  });

  it('reads an older version, and refuses a newer one, another kind and text that is not JSON', () => {
    const list = [person(1), person(2)];
    expect(previewMapPeople(stored(list, 1), 'contactMap', 2)).toHaveLength(list.length);
    expect(previewMapPeople(stored(list, 3), 'contactMap', 2)).toBeNull();
    expect(previewMapPeople(envelope({}, [], 2, 'groupPurpose'), 'contactMap', 2)).toBeNull();
    expect(previewMapPeople('{"kind":"contactMap"', 'contactMap', 2)).toBeNull();
  });

  it('gives up on a person it does not recognise instead of guessing', () => {
    const good = person(1);
    const bad = (patch: Record<string, unknown>) => previewMapPeople(envelope({ p1: { ...good, ...patch } }, ['p1']), 'contactMap', 2);
    expect(bad({ name: 7 })).toBeNull();
    expect(bad({ closeness: 'best friends' })).toBeNull();
    expect(bad({ contexts: ['the moon'] })).toBeNull();
    expect(bad({ roles: 'access' })).toBeNull();
    expect(bad({ id: 'someone else' })).toBeNull();
    // Listed in the order but not stored, or stored under a key the object inherits.
    expect(previewMapPeople(envelope({}, ['p1']), 'contactMap', 2)).toBeNull();
    expect(previewMapPeople(envelope({}, ['constructor']), 'contactMap', 2)).toBeNull();
  });
});

describe('the same people as the map draws them', () => {
  const list = Array.from({ length: 12 }, (_, i) => person(i));
  it('ignores what the map does not draw, and copies of the same people', () => {
    const copies = list.map((p) => ({ ...p, notes: 'changed', organisation: 'Aarhus Kommune' }));
    expect(sameMapPeople(list.map(mapPerson), copies)).toBe(true);
  });
  it('notices a changed name, closeness, context, role or connector, the order and the count', () => {
    const changed = (patch: Partial<Person>) =>
      sameMapPeople(
        list,
        list.map((p, i) => (i === 5 ? { ...p, ...patch } : p)),
      );
    expect(changed({ name: 'Karen Bøgh' })).toBe(false);
    expect(changed({ closeness: 'dormant' })).toBe(false);
    expect(changed({ contexts: ['family'] })).toBe(false);
    expect(changed({ roles: ['information'] })).toBe(false);
    expect(changed({ connector: !list[5]!.connector })).toBe(false);
    expect(sameMapPeople(list, [...list].reverse())).toBe(false);
    expect(sameMapPeople(list, list.slice(1))).toBe(false);
  });
});
