import { describe, expect, it } from 'vitest';
import { compareSnapshots, takeSnapshot } from '../../src/lib/contacts/snapshots/compare';
import { markGroup } from '../../src/lib/contacts/network/ties';
import { emptyDraft, type Person } from '../../src/lib/contacts/types';

const person = (id: string, patch: Partial<Person> = {}): Person => ({
  ...emptyDraft(id),
  id,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...patch,
});

describe('comparing two snapshots of the map', () => {
  const spring = takeSnapshot(
    '2026-03-01',
    [
      person('anna', { closeness: 'occasional', roles: ['information'] }),
      person('bo', { closeness: 'dormant' }),
      person('carl', { closeness: 'close' }),
      person('dina', { closeness: 'regular' }),
    ],
    markGroup([], ['anna', 'bo', 'carl']),
  );
  const autumn = takeSnapshot(
    '2026-10-01',
    [
      person('anna', { closeness: 'close', roles: ['information', 'access'] }),
      person('bo', { closeness: 'regular' }),
      person('carl', { closeness: 'occasional', roles: [] }),
      person('eva', { closeness: 'regular', roles: ['goBetween'] }),
    ],
    markGroup([], ['anna', 'bo', 'carl', 'eva']),
  );
  const changes = compareSnapshots(spring, autumn);

  it('lists who was added and who left', () => {
    expect(changes.added).toEqual(['eva']);
    expect(changes.removed).toEqual(['dina']);
  });

  it('lists who moved closer and who drifted, and the dormant ties revived', () => {
    expect(changes.closer).toEqual([
      { id: 'anna', from: 'occasional', to: 'close' },
      { id: 'bo', from: 'dormant', to: 'regular' },
    ]);
    expect(changes.further).toEqual([{ id: 'carl', from: 'close', to: 'occasional' }]);
    expect(changes.revived).toEqual(['bo']);
  });

  it('lists roles gained and lost', () => {
    expect(changes.roles).toEqual([{ id: 'anna', gained: ['access'], lost: [] }]);
  });

  it('reads the network then and now, so changed insights can be shown', () => {
    expect(changes.before.ties).toBe(3);
    expect(changes.after.ties).toBe(6);
  });

  it('keeps no notes in a snapshot', () => {
    const snapshot = takeSnapshot('2026-03-01', [person('anna', { notes: 'private' })], []);
    expect(JSON.stringify(snapshot)).not.toContain('private');
  });
});
