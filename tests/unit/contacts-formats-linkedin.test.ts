import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLinkedInCsv } from '../../src/lib/contacts/formats';
import { emptyDraft, limits } from '../../src/lib/contacts/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url), 'utf8');
const online = (name: string, organisation = '', position = '') => ({ ...emptyDraft(name), contexts: ['online'], organisation, position });

describe('parseLinkedInCsv', () => {
  it('finds the header below the Notes preamble and reads every connection with a name', () => {
    const result = parseLinkedInCsv(fixture('linkedin-connections.csv'));
    expect(result).toEqual({
      ok: true,
      people: [
        online('Mette Frederiksen-Holm', 'Ærø Æbleri ApS', 'Direktør'),
        online('Søren Østergård', 'Aarhus Universitet, Institut for Kultur og Samfund', 'Lektor'),
        online('Jens 🚀 Mikkelsen', 'Firma "Kvalitet" A/S', 'CEO, founder'),
        online('Åse'),
      ],
      // Row 7 in a spreadsheet: Notes, paragraph, blank line, header, two people, then the nameless one.
      warnings: [{ code: 'noName', row: 7 }],
    });
  });

  it('does not read Connected On into last contact or notes', () => {
    const result = parseLinkedInCsv(fixture('linkedin-connections.csv'));
    expect(result.ok && result.people.every((p) => p.lastContact === null && p.notes === '')).toBe(true);
  });

  it('reads an older export without the preamble or the URL column, with CRLF and a BOM', () => {
    const text =
      '\uFEFFFirst Name,Last Name,Email Address,Company,Position,Connected On\r\nKaren,Blixen,,Rungstedlund,Forfatter,01/02/2019\r\n';
    expect(parseLinkedInCsv(text)).toEqual({ ok: true, people: [online('Karen Blixen', 'Rungstedlund', 'Forfatter')], warnings: [] });
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

  it('refuses more connections than the map holds', () => {
    const rows = Array.from({ length: limits.people + 1 }, (_, i) => `P,${i},,,`);
    expect(parseLinkedInCsv(`First Name,Last Name,Company,Position,Connected On\n${rows.join('\n')}`)).toEqual({
      ok: false,
      error: { code: 'tooMany', limit: limits.people, count: limits.people + 1 },
    });
  });
});
