import { describe, expect, it } from 'vitest';
import { mergeContactStates } from '../../src/lib/contacts/merge';
import { contactStateSchema } from '../../src/lib/contacts/schema';
import { contactSpec } from '../../src/lib/contacts/spec';
import * as transitions from '../../src/lib/contacts/state';
import { emptyDraft, limits, type ContactState } from '../../src/lib/contacts/types';
import { upgrade } from '../../src/lib/storage/envelope';

const now = new Date('2026-11-22T10:00:00Z');

function mapOf(...names: string[]): ContactState {
  let s = transitions.emptyContactState();
  names.forEach((name, i) => (s = transitions.addPerson(s, `p${i + 1}`, emptyDraft(name), now)));
  return s;
}

const valid = (s: ContactState) => contactStateSchema.safeParse(s).success;

describe('a contact map stored before ties, rhythms and logs (version 1)', () => {
  it('loads with no ties, no rhythm and an empty log for everyone, and keeps every other field', () => {
    const v2 = mapOf('Anna', 'Bo');
    const v1 = {
      goal: v2.goal,
      order: v2.order,
      people: Object.fromEntries(
        Object.entries(v2.people).map(([id, { rhythm: _r, log: _l, ...p }]) => [id, { ...p, lastContact: '2026-01-05' }]),
      ),
    };
    const result = upgrade(contactSpec, contactStateSchema, 1, JSON.parse(JSON.stringify(v1)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.ties).toEqual([]);
    expect(transitions.listPeople(result.data).map((p) => [p.name, p.rhythm, p.log, p.lastContact])).toEqual([
      ['Anna', 'none', [], '2026-01-05'],
      ['Bo', 'none', [], '2026-01-05'],
    ]);
  });

  it('still refuses what was never a contact map', () => {
    expect(upgrade(contactSpec, contactStateSchema, 1, 'people').ok).toBe(false);
    expect(upgrade(contactSpec, contactStateSchema, 1, { people: [] }).ok).toBe(false);
  });
});

describe('the contact log', () => {
  it('adds a dated line, newest first, and moves the last contact forward but never back', () => {
    let s = mapOf('Anna');
    s = transitions.logContact(s, 'p1', '2026-11-01', '  Kaffe   på  Godsbanen ', now);
    s = transitions.logContact(s, 'p1', '2026-10-01', 'Mail om rapporten', now);
    const anna = transitions.getPerson(s, 'p1')!;
    expect(anna.log).toEqual([
      { date: '2026-11-01', text: 'Kaffe på Godsbanen' },
      { date: '2026-10-01', text: 'Mail om rapporten' },
    ]);
    expect(anna.lastContact).toBe('2026-11-01');
    expect(valid(s)).toBe(true);
  });

  it('"contacted today" writes an entry with no text, once a day', () => {
    let s = mapOf('Anna', 'Bo');
    s = transitions.markContacted(s, ['p1', 'p2'], '2026-11-22', now);
    s = transitions.markContacted(s, ['p1'], '2026-11-22', now);
    expect(transitions.getPerson(s, 'p1')!.log).toEqual([{ date: '2026-11-22', text: '' }]);
    expect(transitions.getPerson(s, 'p2')!.lastContact).toBe('2026-11-22');
  });

  it('keeps the newest entries up to the limit, cuts long lines and ignores dates that are not dates', () => {
    let s = mapOf('Anna');
    for (let day = 1; day <= limits.log + 5; day++)
      s = transitions.logContact(s, 'p1', `2026-01-${String(day).padStart(2, '0')}`, 'x', now);
    s = transitions.logContact(s, 'p1', '2026-02-30', 'no such day', now);
    s = transitions.logContact(s, 'p1', '2026-03-01', 'y'.repeat(limits.logText + 50), now);
    const log = transitions.getPerson(s, 'p1')!.log;
    expect(log).toHaveLength(limits.log);
    expect(log[0]!.text).toHaveLength(limits.logText);
    expect(log.at(-1)!.date).toBe(`2026-01-${String(limits.log + 5 - (limits.log - 2)).padStart(2, '0')}`);
    expect(valid(s)).toBe(true);
  });

  it('removes one entry and leaves the last contact as it was', () => {
    let s = mapOf('Anna');
    s = transitions.logContact(s, 'p1', '2026-11-01', 'Kaffe', now);
    s = transitions.removeLogEntry(s, 'p1', { date: '2026-11-01', text: 'Kaffe' }, now);
    expect(transitions.getPerson(s, 'p1')!.log).toEqual([]);
    expect(transitions.getPerson(s, 'p1')!.lastContact).toBe('2026-11-01');
  });
});

describe('who knows whom', () => {
  it("records the picker's answer for one person and a group who all know each other", () => {
    let s = mapOf('Anna', 'Bo', 'Cai', 'Dorte');
    s = transitions.setKnown(s, 'p1', ['p2', 'p3'], ['p2', 'p3', 'p4']);
    expect(s.ties).toEqual([
      ['p1', 'p2'],
      ['p1', 'p3'],
    ]);
    s = transitions.setKnown(s, 'p1', ['p3'], ['p2', 'p3']);
    expect(s.ties).toEqual([['p1', 'p3']]);
    s = transitions.knowEachOther(s, ['p2', 'p3', 'p4', 'nobody']);
    expect(s.ties).toEqual([
      ['p1', 'p3'],
      ['p2', 'p3'],
      ['p2', 'p4'],
      ['p3', 'p4'],
    ]);
    expect(valid(s)).toBe(true);
  });

  it("drops a removed person's ties and brings them back with undo", () => {
    let s = transitions.knowEachOther(mapOf('Anna', 'Bo', 'Cai'), ['p1', 'p2', 'p3']);
    const { state, removed } = transitions.removePerson(s, 'p2');
    expect(state.ties).toEqual([['p1', 'p3']]);
    expect(valid(state)).toBe(true);
    s = transitions.restorePerson(state, removed!);
    expect(s.ties).toHaveLength(3);
  });

  it('refuses a change that would pass the limit on ties, whole', () => {
    const names = Array.from({ length: 200 }, (_, i) => `P${i}`);
    const s = mapOf(...names);
    // 200 people who all know each other are 19,900 pairs.
    expect(transitions.knowEachOther(s, s.order)).toBe(s);
  });

  it("merges another device's ties, spelled with the ids of the people here", () => {
    const here = transitions.knowEachOther(mapOf('Anna', 'Bo'), ['p1', 'p2']);
    let there = transitions.emptyContactState();
    there = transitions.addPerson(there, 'x1', emptyDraft('anna'), now);
    there = transitions.addPerson(there, 'x2', emptyDraft('Cai'), now);
    there = transitions.knowEachOther(there, ['x1', 'x2']);
    const merged = mergeContactStates(here, there);
    expect(merged.ties).toEqual([
      ['p1', 'p2'],
      ['p1', 'x2'],
    ]);
    expect(valid(merged)).toBe(true);
  });

  it('refuses stored ties that are not pairs of people on the map', () => {
    const s = mapOf('Anna', 'Bo');
    expect(valid({ ...s, ties: [['p2', 'p1']] })).toBe(false);
    expect(valid({ ...s, ties: [['p1', 'p9']] })).toBe(false);
    expect(
      valid({
        ...s,
        ties: [
          ['p1', 'p2'],
          ['p1', 'p2'],
        ],
      }),
    ).toBe(false);
    expect(valid({ ...s, ties: [['p1', 'p2']] })).toBe(true);
  });
});
