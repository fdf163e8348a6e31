import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLinkedInCsv } from '../../src/lib/contacts/formats';
import { emptyDraft, limits } from '../../src/lib/contacts/types';
import { bookLimits } from '../../src/lib/contacts/addressBook/types';
import { readLinkedInDate } from '../../src/lib/contacts/formats/dates';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url), 'utf8');
const online = (name: string, organisation = '', position = '', connectedOn: string | null = null, email = '') => ({
  ...emptyDraft(name),
  contexts: ['online'],
  organisation,
  position,
  connectedOn,
  email,
});

describe('parseLinkedInCsv', () => {
  it('finds the header below the Notes preamble and reads every connection with a name', () => {
    const result = parseLinkedInCsv(fixture('linkedin-connections.csv'));
    expect(result).toEqual({
      ok: true,
      people: [
        online('Mette Frederiksen-Holm', 'Ærø Æbleri ApS', 'Direktør', '2024-03-12'),
        online('Søren Østergård', 'Aarhus Universitet, Institut for Kultur og Samfund', 'Lektor', '2023-01-03', 'soeren@example.dk'),
        online('Jens 🚀 Mikkelsen', 'Firma "Kvalitet" A/S', 'CEO, founder', '2019-11-07'),
        online('Åse', '', '', '2021-08-30'),
      ],
      // Row 7 in a spreadsheet: Notes, paragraph, blank line, header, two people, then the nameless one.
      warnings: [{ code: 'noName', row: 7 }],
    });
  });

  it('reads Connected On as connected since, never into last contact or notes', () => {
    const result = parseLinkedInCsv(fixture('linkedin-connections.csv'));
    expect(result.ok && result.people.every((p) => p.lastContact === null && p.notes === '')).toBe(true);
  });

  it('reads an older export without the preamble or the URL column, with CRLF and a BOM', () => {
    const text =
      '\uFEFFFirst Name,Last Name,Email Address,Company,Position,Connected On\r\nKaren,Blixen,,Rungstedlund,Forfatter,01/02/2019\r\n';
    expect(parseLinkedInCsv(text)).toEqual({
      ok: true,
      people: [online('Karen Blixen', 'Rungstedlund', 'Forfatter', '2019-02-01')],
      warnings: [],
    });
  });

  it('trims names and cuts long text to the limits', () => {
    const text = `First Name,Last Name,Company,Position,Connected On\n  Ada ,  Lovelace  ,${'c'.repeat(limits.organisation + 1)},x,\n`;
    const result = parseLinkedInCsv(text);
    expect(result.ok && result.people[0]).toEqual(online('Ada Lovelace', 'c'.repeat(limits.organisation), 'x'));
    expect(result.ok && result.warnings).toEqual([{ code: 'cut', row: 2, field: 'organisation', limit: limits.organisation }]);
  });

  it('refuses files that are not a LinkedIn export, and exports with nobody in them', () => {
    expect(parseLinkedInCsv('Name,Email\nA,b\n')).toEqual({ ok: false, error: { code: 'notLinkedIn' } });
    // Outlook's contact export also has first and last name and a company, but not Connected On.
    expect(parseLinkedInCsv('First Name,Middle Name,Last Name,Company,Job Title\nA,,B,C,D\n')).toEqual({
      ok: false,
      error: { code: 'notLinkedIn' },
    });
    expect(parseLinkedInCsv('BEGIN:VCARD\nFN:A\nEND:VCARD\n')).toEqual({ ok: false, error: { code: 'notLinkedIn' } });
    expect(parseLinkedInCsv('')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseLinkedInCsv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n')).toEqual({
      ok: false,
      error: { code: 'noPeople' },
    });
  });

  it('reads more connections than the map holds (they go to the address book), and refuses more than the address book holds', () => {
    const header = 'First Name,Last Name,Company,Position,Connected On\n';
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `P,${i},,,`).join('\n');
    const many = parseLinkedInCsv(header + rows(limits.people + 1));
    expect(many.ok && many.people.length).toBe(limits.people + 1);
    expect(parseLinkedInCsv(header + rows(bookLimits.people + 1))).toEqual({
      ok: false,
      error: { code: 'tooMany', limit: bookLimits.people, count: bookLimits.people + 1 },
    });
  });

  it('reads LinkedIn’s dates in each form it has used, and leaves out what is not a date', () => {
    expect(readLinkedInDate('12 Mar 2024')).toBe('2024-03-12');
    expect(readLinkedInDate('7 november 2019')).toBe('2019-11-07');
    expect(readLinkedInDate('31/12/2015')).toBe('2015-12-31');
    expect(readLinkedInDate('30 Feb 2024')).toBeNull();
    expect(readLinkedInDate('soon')).toBeNull();
  });
});
