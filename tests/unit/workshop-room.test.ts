import { describe, expect, it } from 'vitest';
import {
  addResult,
  createScanGate,
  emptyRoom,
  median,
  roomCsv,
  roomJson,
  roomSpec,
  tallyRoom,
  type RoomState,
} from '../../src/lib/workshop/room';

const MAX = 16;
const now = new Date('2026-03-01T10:00:00Z');
const add = (s: RoomState, text: string, via: 'scan' | 'typed' = 'scan', allowSame = false) =>
  addResult(s, text, { via, now, maxItems: MAX, allowSame });

describe('the room tally', () => {
  it('adds scanned and typed results, ignores and counts duplicates, and refuses what is not a quiz result', () => {
    let s = emptyRoom();
    const steps: [string, 'scan' | 'typed', string][] = [
      ['v1-c8-a4-i2-l2', 'scan', 'added'],
      ['v1-c2-a9-i3-l2', 'scan', 'added'],
      ['https://x.dk/oevelser/hvad-vil-du/#v1-c1-a1-i10-l4', 'typed', 'added'],
      ['v1-c8-a4-i2-l2', 'scan', 'duplicate'],
      ['V1-C2-A9-I3-L2', 'typed', 'duplicate'],
      ['vt1-34205', 'scan', 'invalid'],
      ['nonsense', 'typed', 'invalid'],
      ['v1-c4-a4-i4-l4', 'typed', 'added'],
    ];
    for (const [text, via, outcome] of steps) {
      const r = add(s, text, via);
      expect(r.result.outcome, text).toBe(outcome);
      s = r.state;
    }
    expect(s.entries.map((e) => [e.code, e.via])).toEqual([
      ['v1-c8-a4-i2-l2', 'scan'],
      ['v1-c2-a9-i3-l2', 'scan'],
      ['v1-c1-a1-i10-l4', 'typed'],
      ['v1-c4-a4-i4-l4', 'typed'],
    ]);
    expect(s.duplicates).toBe(2);
    // Two people can have the same scores: the facilitator adds the second on purpose.
    s = add(s, 'v1-c8-a4-i2-l2', 'typed', true).state;
    expect(s.entries).toHaveLength(5);

    const t = tallyRoom(s.entries);
    expect(t.people).toBe(5);
    expect(t.corners).toEqual({ community: 2, access: 1, influence: 1, learning: 0 });
    expect(t.between).toBe(1);
    expect(t.spread.access).toEqual([1, 4, 4, 4, 9]);
    expect(median(t.spread.access)).toBe(4);
    expect(median([1, 2])).toBe(1.5);
    expect(median([])).toBe(0);
  });

  it('reports why a code was refused', () => {
    expect(add(emptyRoom(), 'v1-c20-a0-i0-l0').result).toEqual({ outcome: 'invalid', reason: 'range' });
    expect(add(emptyRoom(), 'vt1-11111').result).toEqual({ outcome: 'invalid', reason: 'vitality' });
    expect(add(emptyRoom(), 'x'.repeat(5000)).result).toEqual({ outcome: 'invalid', reason: 'oversized' });
  });

  it('lets a code held up to the camera through once, and again only after it has been away', () => {
    const gate = createScanGate(2000);
    const seen = [0, 100, 200, 1500, 3000, 6000].map((t) => gate('v1-c1-a0-i0-l0', t));
    expect(seen).toEqual([true, false, false, false, false, true]);
    expect(gate('v1-c0-a1-i0-l0', 6100)).toBe(true);
  });

  it('exports CSV and JSON, and merges an imported room without doubling entries', () => {
    let s = emptyRoom();
    s = add(s, 'v1-c8-a4-i2-l2').state;
    s = add(s, 'v1-c2-a9-i3-l2', 'typed').state;
    const names = { community: 'Fællesskab', access: 'Adgang', influence: 'Indflydelse', learning: 'Læring' };
    const csv = roomCsv(s.entries, { person: 'Person', code: 'Kode', added: 'Tilføjet', names }, ';');
    expect(csv.split('\r\n')[0]).toBe('Person;Kode;Fællesskab;Adgang;Indflydelse;Læring;Tilføjet');
    expect(csv.split('\r\n')[2]).toBe(`2;v1-c2-a9-i3-l2;2;9;3;2;${now.toISOString()}`);
    const json = JSON.parse(roomJson(s, now));
    expect(json.people).toHaveLength(2);
    expect(json.corners.community).toBe(1);
    expect(roomSpec.merge!(s, s).entries).toHaveLength(2);
  });
});
