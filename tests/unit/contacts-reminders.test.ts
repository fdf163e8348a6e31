import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { nextContact, rhythms, rruleOf, type Rhythm } from '../../src/lib/contacts/followUp/rhythm';
import { followUpsToIcs, type FollowUp } from '../../src/lib/contacts/formats';
import { emptyDraft, type Person } from '../../src/lib/contacts/types';

// The calendar file read back by a real iCalendar parser (ical.js, the one Thunderbird uses), so a
// reminder that a calendar program would misread fails here.

const now = new Date('2026-12-01T09:00:00Z');
const person = (id: string, name: string): Person => ({ ...emptyDraft(name), id, updatedAt: now.toISOString() });
const lastContact = '2026-11-15';

const items: FollowUp[] = rhythms.map((rhythm, i) => ({
  person: person(`p${i}`, `Person ${rhythm}`),
  date: nextContact(lastContact, rhythm) ?? '2026-12-10',
  summary: `Kontakt (${rhythm})`,
  description: '',
  rrule: rruleOf(rhythm),
}));

function events() {
  const calendar = new ICAL.Component(ICAL.parse(followUpsToIcs(items, { now })));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The first `count` dates an event falls on, as `YYYY-MM-DD`. */
function firstDates(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < count; next = iterator.next()) dates.push(next.toString().slice(0, 10));
  return dates;
}

describe('reminders as an iCalendar file', () => {
  it('parses, with one event per person', () => {
    expect(events().map((e) => e.summary)).toEqual(items.map((item) => item.summary));
  });

  it('repeats each person at their rhythm and does not repeat without one', () => {
    const byRhythm = new Map<Rhythm, ICAL.Event>(rhythms.map((rhythm, i) => [rhythm, events()[i]]));
    expect(byRhythm.get('none')!.isRecurring()).toBe(false);
    expect(firstDates(byRhythm.get('twoWeeks')!, 3)).toEqual(['2026-11-29', '2026-12-13', '2026-12-27']);
    expect(firstDates(byRhythm.get('quarter')!, 3)).toEqual(['2027-02-15', '2027-05-15', '2027-08-15']);
    expect(firstDates(byRhythm.get('year')!, 2)).toEqual(['2027-11-15', '2028-11-15']);
  });

  it('starts each repeating event on the next contact the rhythm sets', () => {
    for (const [i, rhythm] of rhythms.entries()) {
      if (rhythm === 'none') continue;
      expect(events()[i].startDate.toString()).toBe(nextContact(lastContact, rhythm));
    }
  });
});
