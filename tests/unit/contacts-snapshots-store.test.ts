import { describe, expect, it } from 'vitest';
import { changesByPerson, insightChanges } from '../../src/lib/contacts/snapshots/changes';
import { compareSnapshots, takeSnapshot } from '../../src/lib/contacts/snapshots/compare';
import { addSnapshot, distinctLabels, mergeSnapshots, removeSnapshot } from '../../src/lib/contacts/snapshots/list';
import { snapshotsSpec } from '../../src/lib/contacts/snapshots/spec';
import { emptySnapshots, SNAPSHOT_LIMIT, type SavedSnapshot } from '../../src/lib/contacts/snapshots/types';
import { readNetwork } from '../../src/lib/contacts/network/reading';
import { markGroup } from '../../src/lib/contacts/network/ties';
import { emptyDraft, type Person } from '../../src/lib/contacts/types';

const person = (id: string, patch: Partial<Person> = {}): Person => ({
  ...emptyDraft(`Name ${id}`),
  id,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...patch,
});
const saved = (id: string, date: string, people: Person[] = [person('a')]): SavedSnapshot => ({ id, ...takeSnapshot(date, people, []) });
const day = (i: number) => `2026-${String((i % 12) + 1).padStart(2, '0')}-01`;

describe('the list of saved snapshots', () => {
  it('keeps them oldest first, whatever order they are saved in', () => {
    let list = emptySnapshots();
    for (const [id, date] of [
      ['x', '2026-05-01'],
      ['y', '2026-02-01'],
      ['z', '2026-05-01'],
    ] as const) {
      const added = addSnapshot(list, saved(id, date));
      if (!added.ok) throw new Error('not added');
      list = added.list;
    }
    expect(list.snapshots.map((s) => s.id)).toEqual(['y', 'x', 'z']);
  });

  it(`saves at most ${SNAPSHOT_LIMIT} and refuses the next one until one is deleted`, () => {
    let list = emptySnapshots();
    for (let i = 0; i < SNAPSHOT_LIMIT; i++) {
      const added = addSnapshot(list, saved(`s${i}`, day(i)));
      expect(added.ok).toBe(true);
      if (added.ok) list = added.list;
    }
    expect(addSnapshot(list, saved('one-more', '2027-01-01'))).toEqual({ ok: false, reason: 'full' });
    const fewer = removeSnapshot(list, 's0');
    expect(fewer.snapshots).toHaveLength(SNAPSHOT_LIMIT - 1);
    expect(addSnapshot(fewer, saved('one-more', '2027-01-01')).ok).toBe(true);
  });

  it('merges an import without doubles, keeping the newest when the two together are too many', () => {
    const here = {
      snapshots: Array.from({ length: SNAPSHOT_LIMIT - 2 }, (_, i) => saved(`h${i}`, `2026-01-${String(i + 1).padStart(2, '0')}`)),
    };
    const incoming = { snapshots: [saved('h0', '2026-01-01'), ...[1, 2, 3].map((i) => saved(`n${i}`, `2026-06-0${i}`))] };
    const merged = mergeSnapshots(here, incoming);
    expect(merged.snapshots).toHaveLength(SNAPSHOT_LIMIT);
    expect(new Set(merged.snapshots.map((s) => s.id)).size).toBe(SNAPSHOT_LIMIT);
    expect(merged.snapshots.at(-1)!.id).toBe('n3');
    expect(merged.snapshots.map((s) => s.id)).not.toContain('h0');
  });

  it('tells apart two snapshots with the same label', () => {
    expect(distinctLabels(['1 May: 4 people', '1 May: 4 people', '2 May: 4 people'])).toEqual([
      '1 May: 4 people',
      '1 May: 4 people (2)',
      '2 May: 4 people',
    ]);
  });
});

describe('the stored snapshots’ schema', () => {
  const check = async (data: unknown) => (await snapshotsSpec.loadSchema()).safeParse(data).success;
  it('takes what was saved and refuses more than the limit, doubles and foreign ties', async () => {
    const good = { snapshots: [saved('a', '2026-03-01', [person('p'), person('q')])] };
    expect(await check(good)).toBe(true);
    expect(await check({ snapshots: Array.from({ length: SNAPSHOT_LIMIT + 1 }, (_, i) => saved(`s${i}`, day(i))) })).toBe(false);
    expect(await check({ snapshots: [saved('a', '2026-03-01'), saved('a', '2026-04-01')] })).toBe(false);
    expect(await check({ snapshots: [{ ...saved('a', '2026-03-01'), ties: [['p', 'zz']] }] })).toBe(false);
    expect(await check({ snapshots: [saved('a', '2026-02-30')] })).toBe(false);
    const somewhere = saved('a', '2026-03-01', [person('p', { contexts: ['friends'] })]);
    expect(await check({ snapshots: [somewhere] })).toBe(true);
    expect(await check({ snapshots: [{ ...somewhere, people: [{ ...somewhere.people[0]!, contexts: ['nowhere'] }] }] })).toBe(false);
  });
  it('counts snapshots for My data', () => {
    expect(snapshotsSpec.count({ snapshots: [saved('a', '2026-03-01'), saved('b', '2026-04-01')] })).toBe(2);
  });
});

describe('a comparison person by person, and the insights that changed', () => {
  const spring = takeSnapshot(
    '2026-03-01',
    [person('anna', { closeness: 'dormant' }), person('bo', { closeness: 'close', roles: ['access'] }), person('dina')],
    [],
  );
  const autumn = takeSnapshot(
    '2026-10-01',
    [person('bo', { closeness: 'occasional' }), person('anna', { closeness: 'regular', roles: ['information'] }), person('eva')],
    markGroup([], ['anna', 'bo', 'eva']),
  );
  const changes = compareSnapshots(spring, autumn);

  it('lists each person once, with everything that changed for them, in the later map’s order', () => {
    expect(changesByPerson(spring, autumn, changes)).toEqual([
      {
        id: 'bo',
        name: 'Name bo',
        changes: [
          { kind: 'further', from: 'close', to: 'occasional' },
          { kind: 'lost', roles: ['access'] },
        ],
      },
      {
        id: 'anna',
        name: 'Name anna',
        changes: [{ kind: 'closer', from: 'dormant', to: 'regular' }, { kind: 'revived' }, { kind: 'gained', roles: ['information'] }],
      },
      { id: 'eva', name: 'Name eva', changes: [{ kind: 'added' }] },
      { id: 'dina', name: 'Name dina', changes: [{ kind: 'removed' }] },
    ]);
  });

  it('names the readings of the ties that differ', () => {
    const found = insightChanges(changes.before, changes.after);
    expect(found).toContainEqual({ kind: 'ties', from: 0, to: 3 });
    expect(found).toContainEqual({ kind: 'clusters', from: 0, to: 1 });
    expect(found.find((c) => c.kind === 'density')).toMatchObject({ from: 'low', to: 'high' });
    expect(insightChanges(changes.after, changes.after)).toEqual([]);
  });

  it('names everyone who became the only link to another circle in one change, not one each', () => {
    const main = ['m1', 'm2', 'm3', 'm4'];
    const circles = [
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
    ];
    const everyone = [...main, ...circles.flat()];
    const apart = circles.reduce(markGroup, markGroup([], main));
    // then: both circles apart from the main one; now: each reached through one person of the main circle
    const joined = markGroup(markGroup(apart, ['m1', 'a1', 'a2']), ['m2', 'b1', 'b2']);
    const found = insightChanges(readNetwork(everyone, apart), readNetwork(everyone, joined));
    const became = found.filter((c) => c.kind === 'brokerNew');
    expect(became).toHaveLength(1);
    expect(became[0]).toMatchObject({ people: expect.arrayContaining(['m1', 'm2']) });
    const back = insightChanges(readNetwork(everyone, joined), readNetwork(everyone, apart)).filter((c) => c.kind === 'brokerGone');
    expect(back).toEqual([{ kind: 'brokerGone', people: became[0].kind === 'brokerNew' ? became[0].people : [] }]);
  });
});
