import { describe, expect, it } from 'vitest';
import { reminderFor } from '../../src/lib/contacts/followUp/reminders';
import {
  addDays,
  daysBetween,
  dueList,
  dueReason,
  DUE_SHOWN,
  nextContact,
  rhythms,
  rruleOf,
  type DueCandidate,
} from '../../src/lib/contacts/followUp/rhythm';

const person = (id: string, patch: Partial<DueCandidate> = {}): DueCandidate => ({
  id,
  roles: [],
  lastContact: null,
  rhythm: 'none',
  ...patch,
});

describe('a contact rhythm', () => {
  it('sets the next contact one step after the last', () => {
    expect(nextContact('2026-11-20', 'twoWeeks')).toBe('2026-12-04');
    expect(nextContact('2026-11-30', 'month')).toBe('2026-12-30');
    expect(nextContact('2026-01-31', 'month')).toBe('2026-02-28');
    expect(nextContact('2027-11-30', 'quarter')).toBe('2028-02-29');
    expect(nextContact('2026-08-31', 'halfYear')).toBe('2027-02-28');
    expect(nextContact('2028-02-29', 'year')).toBe('2029-02-28');
  });

  it('has no next contact without a rhythm or a date', () => {
    expect(nextContact('2026-11-20', 'none')).toBeNull();
    expect(nextContact(null, 'month')).toBeNull();
  });

  it('repeats in a calendar as an RRULE, except "none"', () => {
    for (const rhythm of rhythms) {
      const rule = rruleOf(rhythm);
      if (rhythm === 'none') expect(rule).toBeNull();
      else expect(rule).toMatch(/^FREQ=(WEEKLY|MONTHLY|YEARLY)(;INTERVAL=\d+)?$/);
    }
  });

  it('counts days across a change to summer time the same in any time zone', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});

describe('the due list', () => {
  const today = '2026-12-01';

  it('holds people whose rhythm has run out and people with a role but no date, and nobody else', () => {
    const people = [
      person('no rhythm, no role', { lastContact: '2020-01-01' }),
      person('never contacted, no role'),
      person('rhythm not yet due', { rhythm: 'month', lastContact: '2026-11-15' }),
      person('due today', { rhythm: 'month', lastContact: '2026-11-01' }),
      person('role, no date', { roles: ['access'] }),
      person('role, recent, no rhythm', { roles: ['access'], lastContact: '2026-11-30' }),
    ];
    expect(dueList(people, today)).toEqual([
      { id: 'role, no date', reason: 'noDate', daysOverdue: null },
      { id: 'due today', reason: 'rhythm', daysOverdue: 0 },
    ]);
  });

  it('ranks more roles first, then the longest overdue', () => {
    const people = [
      person('a little overdue', { rhythm: 'twoWeeks', lastContact: '2026-11-10' }),
      person('long overdue', { rhythm: 'twoWeeks', lastContact: '2026-01-10' }),
      person('two roles, a little overdue', { roles: ['access', 'goBetween'], rhythm: 'twoWeeks', lastContact: '2026-11-10' }),
    ];
    expect(dueList(people, today).map((d) => d.id)).toEqual(['two roles, a little overdue', 'long overdue', 'a little overdue']);
  });

  it(`returns everyone due, not only the first ${DUE_SHOWN} the island shows`, () => {
    const people = Array.from({ length: DUE_SHOWN * 4 }, (_, i) => person(`p${i}`, { rhythm: 'month', lastContact: '2026-01-01' }));
    expect(dueList(people, today)).toHaveLength(people.length);
  });
});

describe('a calendar reminder', () => {
  const today = '2026-12-01';
  const picked = '2026-12-08';

  it('falls on the next contact when it is still ahead, and repeats at the rhythm', () => {
    expect(reminderFor({ lastContact: '2026-11-20', rhythm: 'month' }, today, picked)).toEqual({
      date: '2026-12-20',
      rrule: 'FREQ=MONTHLY',
    });
  });

  it('falls on the picked day without a next contact ahead: no rhythm, no date, or a rhythm already run out', () => {
    expect(reminderFor({ lastContact: '2026-11-20', rhythm: 'none' }, today, picked)).toEqual({ date: picked, rrule: null });
    expect(reminderFor({ lastContact: null, rhythm: 'quarter' }, today, picked)).toEqual({
      date: picked,
      rrule: 'FREQ=MONTHLY;INTERVAL=3',
    });
    expect(reminderFor({ lastContact: '2026-10-01', rhythm: 'twoWeeks' }, today, picked)).toEqual({
      date: picked,
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
    });
    // Due today: a reminder today would ring at once, so the picked day it is.
    expect(reminderFor({ lastContact: '2026-11-01', rhythm: 'month' }, today, picked).date).toBe(picked);
  });
});

describe('why someone is due', () => {
  it('says how many days over, or that there is no date', () => {
    expect(dueReason({ id: 'a', roles: [], lastContact: '2026-10-01', rhythm: 'month' }, '2026-11-04')).toEqual({
      reason: 'rhythm',
      daysOverdue: 3,
    });
    expect(dueReason({ id: 'a', roles: ['access'], lastContact: null, rhythm: 'none' }, '2026-11-04')).toEqual({
      reason: 'noDate',
      daysOverdue: null,
    });
    expect(dueReason({ id: 'a', roles: [], lastContact: null, rhythm: 'month' }, '2026-11-04')).toBeNull();
  });

  it('counts days forward across months and years', () => {
    expect(addDays('2026-12-25', 7)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
