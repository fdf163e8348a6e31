import { afterEach, describe, expect, it } from 'vitest';
import { daysInMonth, subtractMonths } from '../../src/lib/contacts/followUp/calendar';
import { isDue } from '../../src/lib/contacts/followUp/rhythm';
import { insightThresholds, readInsights } from '../../src/lib/contacts/insights';
import { contexts, emptyDraft, type ContactContext, type Person } from '../../src/lib/contacts/types';

const person = (id: string, patch: Partial<Person> = {}): Person => ({
  ...emptyDraft(id.toUpperCase()),
  id,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...patch,
});

const TODAY = '2026-05-31';
/** Someone with no role and a quarterly rhythm, last contacted on `lastContact`. */
const quarterly = (lastContact: string | null) => ({ id: 'x', roles: [], lastContact, rhythm: 'quarter' as const });

/** Twelve people, one of each kind of case; the expected numbers are worked out by hand below. */
const fixture: Person[] = [
  person('anne', {
    contexts: ['colleagues', 'leisure'],
    closeness: 'close',
    roles: ['information'],
    connector: true,
    peer: true,
    lastContact: '2026-05-01',
    nextStep: 'kaffe',
  }),
  person('bo', { contexts: ['colleagues'], closeness: 'regular', lastContact: '2026-02-28', rhythm: 'quarter' }),
  person('cecilie', {
    contexts: ['formerColleagues'],
    closeness: 'occasional',
    roles: ['goBetween'],
    connector: true,
    lastContact: '2025-11-15',
    nextStep: 'mail',
  }),
  person('dan', { contexts: ['customers'], closeness: 'dormant', lastContact: '2024-01-10', rhythm: 'year' }),
  person('eva', {
    contexts: ['customers', 'partners'],
    closeness: 'occasional',
    roles: ['information', 'goBetween'],
    peer: true,
    lastContact: '2026-03-01',
  }),
  person('frederik', { contexts: ['education'] }),
  person('gitte', { contexts: ['events'], closeness: 'dormant', lastContact: 'not a date', nextStep: '   ', rhythm: 'month' }),
  person('hans', { contexts: ['friends'], closeness: 'close', peer: true, lastContact: TODAY }),
  person('ida', { contexts: ['family'], closeness: 'close', lastContact: '2025-11-15', rhythm: 'halfYear' }),
  person('jens', { nextStep: 'ring', roles: ['information'] }),
  person('karen', { contexts: ['leisure'], closeness: 'regular', roles: ['information'], lastContact: '2026-06-15' }),
  person('lars', { contexts: ['friends'], closeness: 'occasional', lastContact: '2026-02-27', rhythm: 'quarter' }),
];

const zeroContexts = (): Record<ContactContext, number> =>
  Object.fromEntries(contexts.map((c) => [c, 0])) as Record<ContactContext, number>;

describe('readInsights on a hand-made map of twelve', () => {
  const insights = readInsights(fixture, TODAY);

  it('counts people, contexts and closeness', () => {
    expect(insights.total).toBe(12);
    expect(insights.contexts).toEqual({
      used: 9,
      people: {
        ...zeroContexts(),
        colleagues: 2,
        formerColleagues: 1,
        customers: 2,
        partners: 1,
        education: 1,
        events: 1,
        friends: 2,
        family: 1,
        leisure: 2,
      },
      firstContext: {
        ...zeroContexts(),
        colleagues: 2,
        formerColleagues: 1,
        customers: 2,
        education: 1,
        events: 1,
        friends: 2,
        family: 1,
        leisure: 1,
      },
      none: 1,
    });
    expect(insights.closeness).toEqual({ close: 3, regular: 2, occasional: 3, dormant: 2, notRated: 2 });
    expect(insights.rated).toBe(10);
  });

  it('counts weak ties (occasional and dormant) and their shares', () => {
    expect(insights.weakTies).toEqual({ count: 5, share: 5 / 12, shareOfRated: 0.5 });
  });

  it('lists who can help how, the missing roles, connectors and peers', () => {
    expect(insights.roles).toEqual({ information: ['anne', 'eva', 'jens', 'karen'], goBetween: ['cecilie', 'eva'], access: [] });
    expect(insights.gaps).toEqual(['access']);
    expect(insights.connectors).toEqual(['anne', 'cecilie']);
    expect(insights.peers).toBe(3);
  });

  it('lists who is due a contact: roles first, then the longest overdue; nobody without a rhythm or a role', () => {
    expect(insights.due).toEqual([
      { id: 'jens', reason: 'noDate', daysOverdue: null },
      { id: 'dan', reason: 'rhythm', daysOverdue: 506 },
      { id: 'ida', reason: 'rhythm', daysOverdue: 16 },
      { id: 'lars', reason: 'rhythm', daysOverdue: 4 },
      { id: 'bo', reason: 'rhythm', daysOverdue: 3 },
    ]);
    // Cecilie has a role but a date and no rhythm; Gitte's rhythm has no valid date to count from; Anne's month is not over.
    expect(insights.due.map((d) => d.id)).not.toContain('cecilie');
    expect(insights.due.map((d) => d.id)).not.toContain('gitte');
    expect(insights.due.map((d) => d.id)).not.toContain('anne');
  });

  it('suggests rating closeness, finding access and reconnecting, in that order', () => {
    expect(insights.suggestions).toEqual([
      { code: 'rateCloseness', count: 2 },
      { code: 'roleGap', role: 'access' },
      { code: 'reconnect', count: 5, withoutNextStep: 4 },
    ]);
  });

  it('does not reorder or change its input', () => {
    const frozen = Object.freeze(fixture.map((p) => Object.freeze({ ...p })));
    expect(readInsights(frozen, TODAY)).toEqual(insights);
    expect(frozen.map((p) => p.id)).toEqual(fixture.map((p) => p.id));
  });
});

describe('readInsights: suggestions', () => {
  it('only asks for people when the map is empty', () => {
    const empty = readInsights([], TODAY);
    expect(empty).toEqual({
      total: 0,
      contexts: { used: 0, people: zeroContexts(), firstContext: zeroContexts(), none: 0 },
      closeness: { close: 0, regular: 0, occasional: 0, dormant: 0, notRated: 0 },
      rated: 0,
      weakTies: { count: 0, share: null, shareOfRated: null },
      roles: { information: [], goBetween: [], access: [] },
      gaps: [],
      connectors: [],
      peers: 0,
      due: [],
      suggestions: [{ code: 'addPeople', count: 0, target: 10 }],
    });
  });

  it('reads a small, close, one-context map with no roles marked', () => {
    const people = Array.from({ length: 6 }, (_, i) =>
      person(`p${i}`, { contexts: ['colleagues'], closeness: 'close', lastContact: '2026-05-01' }),
    );
    expect(readInsights(people, TODAY).suggestions).toEqual([
      { code: 'addPeople', count: 6, target: 10 },
      { code: 'markRoles' },
      { code: 'fewWeakTies', count: 0, share: 0 },
      { code: 'fewContexts', used: 1 },
      { code: 'noConnectors' },
      { code: 'noPeers' },
    ]);
  });

  it('lists every missing role, access first, once someone has a role', () => {
    const people = [person('a', { roles: ['information'] })];
    const read = readInsights(people, TODAY);
    expect(read.gaps).toEqual(['goBetween', 'access']);
    expect(read.suggestions.filter((s) => s.code === 'roleGap')).toEqual([
      { code: 'roleGap', role: 'access' },
      { code: 'roleGap', role: 'goBetween' },
    ]);
  });

  it('leaves the shape of the network alone below five people, and weak ties below five rated', () => {
    const four = Array.from({ length: 4 }, (_, i) =>
      person(`p${i}`, { contexts: ['family'], closeness: 'close', roles: ['access', 'goBetween', 'information'], lastContact: TODAY }),
    );
    expect(readInsights(four, TODAY).suggestions).toEqual([{ code: 'addPeople', count: 4, target: 10 }]);
    const fiveFourRated = [...four, person('x', { contexts: ['family'], roles: ['access'], lastContact: TODAY })];
    const codes = readInsights(fiveFourRated, TODAY).suggestions.map((s) => s.code);
    expect(codes).not.toContain('fewWeakTies');
    expect(codes).toContain('fewContexts');
  });

  it('says nothing about weak ties at a third or more, and something just below', () => {
    const rated = (weak: number, strong: number) => [
      ...Array.from({ length: weak }, (_, i) => person(`w${i}`, { closeness: 'dormant' })),
      ...Array.from({ length: strong }, (_, i) => person(`s${i}`, { closeness: 'regular' })),
    ];
    expect(readInsights(rated(3, 6), TODAY).suggestions.map((s) => s.code)).not.toContain('fewWeakTies');
    expect(readInsights(rated(3, 7), TODAY).suggestions).toContainEqual({ code: 'fewWeakTies', count: 3, share: 0.3 });
    expect(insightThresholds.weakShare).toBeCloseTo(1 / 3);
  });

  it('handles a map where nobody is rated', () => {
    const people = Array.from({ length: 12 }, (_, i) =>
      person(`p${i}`, { contexts: ['colleagues', 'friends', 'online'], connector: i === 0, peer: i === 1 }),
    );
    const read = readInsights(people, TODAY);
    expect(read.rated).toBe(0);
    expect(read.weakTies).toEqual({ count: 0, share: 0, shareOfRated: null });
    expect(read.contexts.used).toBe(3);
    expect(read.contexts.people.online).toBe(12);
    expect(read.contexts.firstContext.colleagues).toBe(12);
    expect(read.suggestions).toEqual([{ code: 'rateCloseness', count: 12 }, { code: 'markRoles' }]);
  });

  it('ignores values outside the lists (a hand-edited file)', () => {
    const odd = person('odd', { contexts: ['toString' as ContactContext], closeness: 'constructor' as Person['closeness'] });
    const read = readInsights([odd], TODAY);
    expect(read.contexts).toMatchObject({ used: 0, none: 1 });
    expect(read.closeness.notRated).toBe(1);
  });

  it('refuses a today that is not a date', () => {
    expect(() => readInsights([], '31-05-2026')).toThrow(RangeError);
    expect(() => readInsights([], '2026-02-30')).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('subtracts calendar months, ending on the last day of a shorter month', () => {
    expect(subtractMonths('2026-05-31', 3)).toBe('2026-02-28');
    expect(subtractMonths('2028-05-31', 3)).toBe('2028-02-29');
    expect(subtractMonths('2026-03-31', 1)).toBe('2026-02-28');
    expect(subtractMonths('2026-01-15', 3)).toBe('2025-10-15');
    expect(subtractMonths('2026-07-31', 1)).toBe('2026-06-30');
    expect(subtractMonths('2026-05-15', 0)).toBe('2026-05-15');
    expect(subtractMonths('2026-05-15', 29)).toBe('2023-12-15');
    expect(() => subtractMonths('2026-5-15', 1)).toThrow(RangeError);
  });

  it('knows the leap years', () => {
    expect([2024, 2025, 2100, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29]);
    expect([1, 4, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 30, 31]);
  });

  it('makes a quarterly contact due on today minus three months, and the day after not (31 May → 28 February)', () => {
    expect(isDue(quarterly('2026-02-28'), '2026-05-31')).toBe(true);
    expect(isDue(quarterly('2026-03-01'), '2026-05-31')).toBe(false);
    // 28, 29 and 30 May all reach back to 28 February.
    for (const today of ['2026-05-28', '2026-05-29', '2026-05-30']) {
      expect(isDue(quarterly('2026-02-28'), today)).toBe(true);
      expect(isDue(quarterly('2026-03-01'), today)).toBe(false);
    }
    expect(isDue(quarterly('2026-02-28'), '2026-05-27')).toBe(false);
  });

  it('handles leap days and the turn of the year', () => {
    expect(isDue(quarterly('2028-02-29'), '2028-05-31')).toBe(true);
    expect(isDue(quarterly('2028-02-29'), '2028-05-28')).toBe(false);
    expect(isDue(quarterly('2028-02-29'), '2028-05-29')).toBe(true);
    expect(isDue(quarterly('2025-12-31'), '2026-03-31')).toBe(true);
    expect(isDue(quarterly('2026-01-01'), '2026-03-31')).toBe(false);
  });

  it('is not due without a valid date (and no role), nor with a future one', () => {
    expect(isDue(quarterly(null), TODAY)).toBe(false);
    expect(isDue(quarterly('2026-02-30'), TODAY)).toBe(false);
    expect(isDue(quarterly('yesterday'), TODAY)).toBe(false);
    expect(isDue(quarterly('2027-01-01'), TODAY)).toBe(false);
  });

  it('becomes due on the same day three calendar months on (or the last day of a shorter month), and stays due', () => {
    const days: string[] = [];
    for (let y = 2024; y <= 2026; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= daysInMonth(y, m); d++) days.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    for (let i = 0; i < days.length - 130; i += 5) {
      const date = days[i]!;
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const ty = m + 3 > 12 ? y + 1 : y;
      const tm = ((m + 2) % 12) + 1;
      const firstDue = `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, daysInMonth(ty, tm))).padStart(2, '0')}`;
      for (let t = i; t < i + 130; t += 2) expect(isDue(quarterly(date), days[t]!), `${date} ${days[t]}`).toBe(days[t]! >= firstDue);
    }
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives the same reading whatever the machine’s time zone', () => {
    const readings = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Copenhagen'].map((tz) => {
      process.env.TZ = tz;
      return [readInsights(fixture, TODAY), subtractMonths('2026-03-29', 3), isDue(quarterly('2026-03-29'), '2026-06-29')];
    });
    for (const r of readings.slice(1)) expect(r).toEqual(readings[0]);
  });
});
