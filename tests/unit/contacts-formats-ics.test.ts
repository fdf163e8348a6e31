import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, followUpsToIcs, type FollowUp } from '../../src/lib/contacts/formats';
import { emptyDraft, type Person } from '../../src/lib/contacts/types';

const now = new Date('2026-11-22T08:05:09.123Z');
const person = (id: string, name: string): Person => ({ ...emptyDraft(name), id, updatedAt: now.toISOString() });

const emojiName = 'Åse Ærenlund-Østergård 👩🏽‍💻🚀 ünïcødé';
const items: FollowUp[] = [
  {
    person: person('p1', 'Søren'),
    date: '2026-12-01',
    summary: 'Ring til Søren; spørg om eksport, og om "Ærø"',
    description: 'Linje 1\nLinje 2\r\nSti: C:\\Kunder\\Ærø; slut, tak',
  },
  {
    person: person('p2', emojiName),
    date: '2026-12-31',
    summary: `Virtuel kaffe med ${emojiName} ${'æøå🙂'.repeat(20)}`,
    description: `${'Lang beskrivelse med ø og 🚀. '.repeat(12)}`,
  },
  { person: person('p3', 'Leap'), date: '2028-02-28', summary: 'x', description: '' },
];

const ics = followUpsToIcs(items, { now });
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const contentLines = (text: string) => unfold(text).split('\r\n').slice(0, -1);
const values = (text: string, name: string) =>
  contentLines(text)
    .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    .map((l) => l.slice(l.indexOf(':') + 1));

describe('followUpsToIcs', () => {
  it('ends every line with CRLF, the last one too, and has no bare CR or LF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds so no line is over 75 octets, and unfolding gives back the line', () => {
    const lines = ics.split('\r\n').slice(0, -1);
    expect(Math.max(...lines.map(bytes))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // The long lines are filled: folding does not break early.
    expect(lines.filter((_, i) => lines[i + 1]?.startsWith(' ')).every((l) => bytes(l) >= 72)).toBe(true);
  });

  it('never splits a UTF-8 character across lines', () => {
    for (const line of ics.split('\r\n')) {
      expect(line.isWellFormed()).toBe(true);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    const summaries = values(ics, 'SUMMARY');
    expect(summaries[1]).toBe(escapeIcsText(items[1]!.summary));
    expect(summaries[1]).toContain(emojiName);
  });

  it('folds by octets: 25 three-byte characters fill one line, the 26th goes on', () => {
    const folded = foldIcsLine(`X:${'€'.repeat(30)}`).split('\r\n');
    expect(folded.map(bytes)).toEqual([2 + 24 * 3, 1 + 6 * 3]);
    expect(foldIcsLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldIcsLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
    expect(foldIcsLine('A'.repeat(74) + '🚀')).toBe(`${'A'.repeat(74)}\r\n 🚀`);
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeIcsText('tab\tok, bell\u0007 gone')).toBe('tab\tok\\, bell gone');
    expect(values(ics, 'SUMMARY')[0]).toBe('Ring til Søren\\; spørg om eksport\\, og om "Ærø"');
    expect(values(ics, 'DESCRIPTION')[0]).toBe('Linje 1\\nLinje 2\\nSti: C:\\\\Kunder\\\\Ærø\\; slut\\, tak');
  });

  it('writes the calendar header', () => {
    expect(contentLines(ics).slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Netvaerkskompasset//Netvaerkskort//DA',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
  });

  it('writes one all-day VEVENT per item with a UTC DTSTAMP and a stable UID', () => {
    const lines = contentLines(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(3);
    expect(values(ics, 'DTSTAMP')).toEqual(Array(3).fill('20261122T080509Z'));
    for (const stamp of values(ics, 'DTSTAMP')) expect(stamp).toMatch(/^\d{8}T\d{6}Z$/);
    expect(values(ics, 'UID')).toEqual([
      'p1-2026-12-01@netvaerkskompasset',
      'p2-2026-12-31@netvaerkskompasset',
      'p3-2028-02-28@netvaerkskompasset',
    ]);
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual([
      'DTSTART;VALUE=DATE:20261201',
      'DTSTART;VALUE=DATE:20261231',
      'DTSTART;VALUE=DATE:20280228',
    ]);
    expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual([
      'DTEND;VALUE=DATE:20261202',
      'DTEND;VALUE=DATE:20270101',
      'DTEND;VALUE=DATE:20280229',
    ]);
    expect(followUpsToIcs(items, { now })).toBe(ics);
  });

  it('nests BEGIN and END properly, with a 9:00 display reminder in each event', () => {
    const stack: string[] = [];
    for (const line of contentLines(ics)) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
    expect(contentLines(ics).filter((l) => l === 'TRIGGER;RELATED=START:PT9H')).toHaveLength(3);
    expect(followUpsToIcs(items, { now, alarm: false })).not.toContain('VALARM');
  });

  it('takes its own PRODID, UID domain and calendar name', () => {
    const text = followUpsToIcs(items.slice(0, 1), {
      now,
      prodId: '-//Test//X//EN',
      uidDomain: 'example.dk',
      calendarName: 'Netværk, opfølgning',
    });
    expect(contentLines(text)).toContain('PRODID:-//Test//X//EN');
    expect(contentLines(text)).toContain('UID:p1-2026-12-01@example.dk');
    expect(contentLines(text)).toContain('X-WR-CALNAME:Netværk\\, opfølgning');
  });

  it('leaves out items with an invalid date or a second item for the same person and day; an empty summary gets the name', () => {
    const text = followUpsToIcs(
      [{ ...items[0]!, date: '2026-02-30' }, { ...items[0]!, date: '1.12.2026' }, { ...items[0]!, summary: '  ' }, items[0]!],
      { now },
    );
    expect(values(text, 'UID')).toEqual(['p1-2026-12-01@netvaerkskompasset']);
    expect(values(text, 'SUMMARY')).toEqual(['Søren']);
    expect(followUpsToIcs([], { now })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Netvaerkskompasset//Netvaerkskort//DA\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });
});
