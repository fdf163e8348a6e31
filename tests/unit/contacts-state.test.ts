import { describe, expect, it } from 'vitest';
import { contactStateSchema } from '../../src/lib/contacts/schema';
import * as merging from '../../src/lib/contacts/merge';
import * as transitions from '../../src/lib/contacts/state';
import { filterPeople, noFilter, sortPeople } from '../../src/lib/contacts/table';
import { emptyDraft, limits, type PersonDraft } from '../../src/lib/contacts/types';

const now = new Date('2026-11-22T10:00:00Z');
const later = new Date('2026-11-23T10:00:00Z');
const draft = (name: string, patch: Partial<PersonDraft> = {}): PersonDraft => ({ ...emptyDraft(name), ...patch });
let n = 0;
const nextId = () => `p${++n}`;

function stateWith(...drafts: PersonDraft[]) {
  let s = transitions.emptyContactState();
  for (const d of drafts) s = transitions.addPerson(s, nextId(), d, now);
  return s;
}

describe('adding and editing people', () => {
  it('adds people in order, trimmed, and refuses empty names and reused ids', () => {
    let s = transitions.addPerson(transitions.emptyContactState(), 'a', draft('  Anna   Berg '), now);
    s = transitions.addPerson(s, 'b', draft('   '), now);
    s = transitions.addPerson(s, 'a', draft('Another'), now);
    expect(transitions.listPeople(s).map((p) => p.name)).toEqual(['Anna Berg']);
    expect(contactStateSchema.safeParse(s).success).toBe(true);
  });

  it('refuses ids that could not be stored', () => {
    expect(transitions.addPerson(transitions.emptyContactState(), '__proto__', draft('X'), now).order).toEqual([]);
  });

  it('keeps the old name when an edit empties it, and records when a person changed', () => {
    const s = stateWith(draft('Bo'));
    const id = s.order[0]!;
    const next = transitions.updatePerson(s, id, { name: ' ', closeness: 'close', roles: ['access', 'information', 'access'] }, later);
    const p = transitions.getPerson(next, id)!;
    expect(p.name).toBe('Bo');
    expect(p.closeness).toBe('close');
    expect(p.roles).toEqual(['information', 'access']);
    expect(p.updatedAt).toBe(later.toISOString());
    expect(transitions.getPerson(s, id)!.closeness).toBeNull();
  });

  it('drops an invalid last-contact date instead of storing it', () => {
    const s = stateWith(draft('Cy'));
    const id = s.order[0]!;
    expect(transitions.getPerson(transitions.updatePerson(s, id, { lastContact: '2026-02-30' }, now), id)!.lastContact).toBeNull();
    expect(transitions.getPerson(transitions.updatePerson(s, id, { lastContact: '2026-02-28' }, now), id)!.lastContact).toBe('2026-02-28');
  });

  it('removes and restores a person in the same place', () => {
    const s = stateWith(draft('A'), draft('B'), draft('C'));
    const { state, removed } = transitions.removePerson(s, s.order[1]!);
    expect(transitions.listPeople(state).map((p) => p.name)).toEqual(['A', 'C']);
    expect(transitions.listPeople(transitions.restorePerson(state, removed!)).map((p) => p.name)).toEqual(['A', 'B', 'C']);
  });

  it('marks people as contacted today', () => {
    const s = stateWith(draft('A'), draft('B'));
    const next = transitions.markContacted(s, [s.order[1]!], '2026-11-22', now);
    expect(transitions.listPeople(next).map((p) => p.lastContact)).toEqual([null, '2026-11-22']);
  });

  it('stops at the people limit', () => {
    let s = transitions.emptyContactState();
    const drafts = Array.from({ length: limits.people + 3 }, (_, i) => draft(`Person ${i}`));
    const result = merging.mergeDrafts(s, drafts, nextId, now);
    expect(result.added).toBe(limits.people);
    expect(result.skipped).toBe(3);
    s = transitions.addPerson(result.state, 'extra', draft('One more'), now);
    expect(s.order.length).toBe(limits.people);
  });
});

describe('the goal', () => {
  it('counts as set only with words when the reader chose "own words"', () => {
    let s = transitions.setGoal(transitions.emptyContactState(), { kind: 'own' });
    expect(transitions.hasGoal(s.goal)).toBe(false);
    s = transitions.setGoal(s, { text: 'Job i Aarhus' });
    expect(transitions.hasGoal(s.goal)).toBe(true);
    expect(transitions.hasGoal(transitions.setGoal(transitions.emptyContactState(), { kind: 'job' }).goal)).toBe(true);
  });
});

describe('merging imports', () => {
  it('merges drafts into people with the same name, ignoring case and spacing, and within the file', () => {
    const s = stateWith(draft('Anna Berg', { contexts: ['colleagues'], closeness: 'close', lastContact: '2026-01-01' }));
    const result = merging.mergeDrafts(
      s,
      [
        draft('anna  berg', { contexts: ['online'], organisation: 'Ærø Æbleri', lastContact: '2026-03-01', closeness: 'dormant' }),
        draft('Ditte Ø'),
        draft('DITTE Ø', { position: 'Chef' }),
      ],
      nextId,
      now,
    );
    expect(result.added).toBe(1);
    expect(result.merged).toBe(2);
    const [anna, ditte] = transitions.listPeople(result.state);
    expect(anna).toMatchObject({
      name: 'Anna Berg',
      contexts: ['colleagues', 'online'],
      closeness: 'close',
      organisation: 'Ærø Æbleri',
      lastContact: '2026-03-01',
    });
    expect(ditte).toMatchObject({ name: 'Ditte Ø', position: 'Chef' });
  });

  it('merges a whole imported map: the newer record of the same id wins, same names merge, new people are added', () => {
    const here = stateWith(draft('A', { notes: 'old' }), draft('B'));
    const [aId] = here.order;
    const incoming = transitions.updatePerson(
      transitions.addPerson(transitions.addPerson(here, 'x1', draft('b', { peer: true }), now), 'x2', draft('New'), now),
      aId!,
      { notes: 'new' },
      later,
    );
    const merged = merging.mergeContactStates(here, { ...incoming, order: incoming.order });
    expect(transitions.listPeople(merged).map((p) => [p.name, p.notes, p.peer])).toEqual([
      ['A', 'new', false],
      ['B', '', true],
      ['New', '', false],
    ]);
    expect(contactStateSchema.safeParse(merged).success).toBe(true);
  });

  it('an export read back into an empty map restores everyone', () => {
    const here = transitions.setGoal(stateWith(draft('A', { roles: ['access'] }), draft('B')), { kind: 'job' });
    const restored = merging.mergeContactStates(transitions.emptyContactState(), JSON.parse(JSON.stringify(here)));
    expect(restored).toEqual(here);
  });
});

describe('the schema', () => {
  it('refuses a person stored under another id, repeated contexts and unknown roles', () => {
    const s = stateWith(draft('A'));
    const id = s.order[0]!;
    const wrongKey = { ...s, people: { other: s.people[id] }, order: ['other'] };
    expect(contactStateSchema.safeParse(wrongKey).success).toBe(false);
    const repeated = { ...s, people: { [id]: { ...s.people[id]!, contexts: ['friends', 'friends'] } } };
    expect(contactStateSchema.safeParse(repeated).success).toBe(false);
    const unknownRole = { ...s, people: { [id]: { ...s.people[id]!, roles: ['money'] } } };
    expect(contactStateSchema.safeParse(unknownRole).success).toBe(false);
  });
});

describe('the table', () => {
  const s = stateWith(
    draft('Ørjan', { contexts: ['friends'], closeness: 'dormant', lastContact: '2025-01-01', roles: ['access'] }),
    draft('anders', { contexts: ['colleagues'], closeness: 'close', lastContact: '2026-11-01', notes: 'kender HR-chefen' }),
    draft('Bent', { contexts: [], closeness: null }),
    draft('Åse', { contexts: ['online', 'friends'], closeness: 'regular', lastContact: '2026-06-01' }),
  );
  const people = transitions.listPeople(s);
  const names = (list: { name: string }[]) => list.map((p) => p.name);

  it('sorts names the Danish way (æ, ø, å last) and puts unknown values last', () => {
    expect(names(sortPeople(people, 'name'))).toEqual(['anders', 'Bent', 'Ørjan', 'Åse']);
    expect(names(sortPeople(people, 'closeness'))).toEqual(['anders', 'Åse', 'Ørjan', 'Bent']);
    expect(names(sortPeople(people, 'context'))).toEqual(['anders', 'Ørjan', 'Åse', 'Bent']);
    expect(names(sortPeople(people, 'lastContact'))).toEqual(['Bent', 'Ørjan', 'Åse', 'anders']);
    expect(names(sortPeople(people, 'added'))).toEqual(names(people));
  });

  it('filters by text (also in notes), context, closeness and role', () => {
    expect(names(filterPeople(people, { ...noFilter(), text: 'hr-CHEF' }, '2026-08-22'))).toEqual(['anders']);
    expect(names(filterPeople(people, { ...noFilter(), context: 'friends' }, '2026-08-22'))).toEqual(['Ørjan', 'Åse']);
    expect(names(filterPeople(people, { ...noFilter(), closeness: 'unrated' }, '2026-08-22'))).toEqual(['Bent']);
    expect(names(filterPeople(people, { ...noFilter(), role: 'access' }, '2026-08-22'))).toEqual(['Ørjan']);
    expect(names(filterPeople(people, { ...noFilter(), role: 'none' }, '2026-08-22'))).toEqual(['anders', 'Bent', 'Åse']);
  });

  it('keeps only the people due a contact when asked: a rhythm run out, or a role and no date', () => {
    const due = { ...noFilter(), overdueOnly: true };
    // Nobody has a rhythm, and the one with a role has a date: a long silence alone does not make anyone due.
    expect(names(filterPeople(people, due, '2026-08-22'))).toEqual([]);
    const withRhythms = people.map((p) =>
      p.name === 'Ørjan'
        ? { ...p, rhythm: 'year' as const }
        : p.name === 'Åse'
          ? { ...p, rhythm: 'quarter' as const }
          : p.name === 'Bent'
            ? { ...p, roles: ['information' as const] }
            : p,
    );
    // Åse's quarter runs out on 1 September.
    expect(names(filterPeople(withRhythms, due, '2026-08-22'))).toEqual(['Ørjan', 'Bent']);
    expect(names(filterPeople(withRhythms, due, '2026-09-01'))).toEqual(['Ørjan', 'Bent', 'Åse']);
  });

  it('keeps only people with a role or marked connector when asked (the map names them all)', () => {
    const withConnector = people.map((p) => (p.name === 'Bent' ? { ...p, connector: true } : p));
    expect(names(filterPeople(withConnector, { ...noFilter(), withRoleOnly: true }, '2026-08-22'))).toEqual(['Ørjan', 'Bent']);
    expect(names(filterPeople(people, { ...noFilter(), withRoleOnly: true }, '2026-08-22'))).toEqual(['Ørjan']);
  });
});

describe('dates in words', () => {
  it('writes a day in Danish and English, and leaves anything else as it is', async () => {
    const { formatDay } = await import('../../src/i18n/dates');
    expect(formatDay('2026-11-22', 'da')).toBe('22. november 2026');
    expect(formatDay('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatDay('2026-13-05', 'en')).toBe('2026-13-05');
    expect(formatDay('not a date', 'da')).toBe('not a date');
  });

  it("writes the save line's time and day as the browser's locale formats would, in both languages", async () => {
    const { formatClock, formatDayMonth } = await import('../../src/i18n/dates');
    const moments = [new Date(2026, 0, 1, 0, 0), new Date(2026, 4, 9, 9, 5), new Date(2026, 11, 31, 23, 59), new Date(2027, 6, 14, 12, 30)];
    for (const at of moments) {
      for (const [lang, tag] of [
        ['da', 'da-DK'],
        ['en', 'en-GB'],
      ] as const) {
        expect(formatClock(at, lang)).toBe(at.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit' }));
        expect(formatDayMonth(at, lang)).toBe(at.toLocaleDateString(tag, { day: 'numeric', month: 'long' }));
      }
    }
  });
});
