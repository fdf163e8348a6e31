import { describe, expect, it } from 'vitest';
import { summariseNetwork } from '../../src/lib/contacts/network/insights';
import { tieLines } from '../../src/lib/contacts/network/lines';
import {
  CHOOSER_ALL_UP_TO,
  CHOOSER_MAX,
  chooserPeople,
  compareNames,
  firstByName,
  GROUP_PAGE,
  nameMatches,
  OPEN_ALL_UP_TO,
  pickerGroups,
} from '../../src/lib/contacts/network/picker';
import { markGroup } from '../../src/lib/contacts/network/ties';
import { emptyDraft, type ContactContext, type Person } from '../../src/lib/contacts/types';

const person = (id: string, name: string, contexts: ContactContext[] = []): Person => ({
  ...emptyDraft(name),
  id,
  contexts,
  updatedAt: '2026-11-01T12:00:00.000Z',
});
const many = (n: number, context: ContactContext, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => person(`${prefix}${i}`, `${prefix.toUpperCase()} ${String(i).padStart(4, '0')}`, [context]));

describe('the ties picker', () => {
  const anna = person('a', 'Anna', ['friends', 'colleagues']);
  const people = [
    person('b', 'Bo', ['colleagues']),
    anna,
    person('c', 'Carl', ['family']),
    person('d', 'Ditte', ['friends']),
    person('e', 'Åse', ['friends']),
    person('f', 'Erik'),
  ];

  it("lists everyone else by first context, the chosen person's contexts first and names in order", () => {
    const groups = pickerGroups(people, { person: anna, query: '', shown: new Map() });
    expect(groups.map((g) => [g.key, g.members])).toEqual([
      ['friends', ['d', 'e']],
      ['colleagues', ['b']],
      ['family', ['c']],
      ['none', ['f']],
    ]);
    expect(groups.every((g) => g.open)).toBe(true);
  });

  it('filters by name, ignoring case and accents', () => {
    expect(nameMatches('Åse', 'ase')).toBe(true);
    expect(nameMatches('Bo', 'x')).toBe(false);
    const groups = pickerGroups(people, { person: null, query: 'ER', shown: new Map() });
    expect(groups.flatMap((g) => g.members)).toEqual(['f']);
  });

  it('on a large map opens only the chosen person’s context, and the others on demand, a page at a time', () => {
    const large = [...many(OPEN_ALL_UP_TO, 'online', 'o'), ...many(3, 'family', 'f'), person('me', 'Me', ['family'])];
    const me = large.at(-1)!;
    let groups = pickerGroups(large, { person: me, query: '', shown: new Map() });
    expect(groups.map((g) => [g.key, g.open])).toEqual([
      ['family', true],
      ['online', false],
    ]);
    const online = groups[1]!;
    expect(online.members).toHaveLength(OPEN_ALL_UP_TO);
    expect(online.limit).toBe(GROUP_PAGE);
    groups = pickerGroups(large, { person: me, query: '', shown: new Map([['online', GROUP_PAGE * 2]]) });
    expect(groups[1]!.open).toBe(true);
    expect(groups[1]!.limit).toBe(GROUP_PAGE * 2);
    // A search opens every group with a match.
    groups = pickerGroups(large, { person: me, query: 'O 0001', shown: new Map() });
    expect(groups.map((g) => [g.key, g.members, g.open])).toEqual([['online', ['o1'], true]]);
  });

  it('offers everyone by name on a small map, and the first matches on a large one', () => {
    expect(chooserPeople(people, '', null).list.map((p) => p.name)).toEqual(['Anna', 'Bo', 'Carl', 'Ditte', 'Erik', 'Åse']);
    const large = many(CHOOSER_ALL_UP_TO + 1, 'online');
    const all = chooserPeople(large, '', null);
    expect(all.list).toHaveLength(CHOOSER_MAX);
    expect(all.more).toBe(large.length - CHOOSER_MAX);
    const found = chooserPeople(large, 'P 0100', null);
    expect(found.list.map((p) => p.id)).toEqual(['p100']);
    // The chosen person stays in the list when the search no longer matches them.
    expect(chooserPeople(large, 'P 0100', 'p7').list.map((p) => p.id)).toEqual(['p7', 'p100']);
  });

  it('offers the first names of a large map in order, whatever order they were added in', () => {
    // Names out of order, some the same (then by id), with Danish letters that sort last.
    const names = ['Åse', 'Bo', 'Anna', 'Øjvind', 'Carl', 'Bo', 'Ærø', 'anna', 'Dorte', 'Erik'];
    const shuffled = Array.from({ length: CHOOSER_ALL_UP_TO * 3 }, (_, i) =>
      person(`id${(i * 7919) % 1000}`, `${names[(i * 31) % names.length]} ${(i * 13) % 97}`),
    );
    const sorted = [...shuffled].sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1));
    expect(chooserPeople(shuffled, '', null).list.map((p) => p.id)).toEqual(sorted.slice(0, CHOOSER_MAX).map((p) => p.id));
    expect(firstByName(shuffled, 5)).toEqual(sorted.slice(0, 5));
    expect(firstByName(shuffled.slice(0, 3), 5)).toEqual(
      [...shuffled.slice(0, 3)].sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1)),
    );
    const found = chooserPeople(shuffled, 'bo', null);
    expect(found.list.every((p) => p.name.startsWith('Bo'))).toBe(true);
    expect(found.list.length + found.more).toBe(shuffled.filter((p) => p.name.startsWith('Bo')).length);
  });
});

describe('ties on the map', () => {
  const placed = [
    { id: 'a', x: 10, y: 20 },
    { id: 'b', x: 30.04, y: 40 },
    { id: 'c', x: 50, y: 60 },
  ];

  it('draws a line for each tie between two people drawn, and none to someone not drawn', () => {
    const ties = markGroup([], ['a', 'b', 'x']);
    expect(tieLines(placed, ties)).toEqual({ d: 'M10 20L30 40', drawn: 1 });
    expect(tieLines(placed, markGroup([], ['a', 'b', 'c'])).drawn).toBe(3);
    expect(tieLines(placed, [])).toEqual({ d: '', drawn: 0 });
  });
});

describe('the network summary', () => {
  it('is nothing without ties, and names the one link between two circles as broker', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(summariseNetwork(ids, [])).toBeNull();
    // Two circles of three; c alone knows two of the other circle.
    const ties = markGroup(markGroup(markGroup(markGroup([], ['a', 'b', 'c']), ['d', 'e', 'f']), ['c', 'd']), ['c', 'e']);
    const summary = summariseNetwork(ids, ties)!;
    expect(summary.insights.filter((i) => i.kind === 'broker')).toEqual([
      { kind: 'broker', main: ['a', 'b', 'c'], links: [{ circle: ['d', 'e', 'f'], people: ['c'] }] },
    ]);
  });
});
