import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeContactsFile,
  detectFormat,
  parseContactsCsv,
  parseLinkedInCsv,
  parseVCards,
  peopleToCsv,
} from '../../src/lib/contacts/formats';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it('knows the fixtures by their content, whatever they are called', () => {
    expect(detectFormat('Connections.csv', fixture('linkedin-connections.csv'))).toBe('linkedin');
    expect(detectFormat('export.txt', fixture('linkedin-connections.csv'))).toBe('linkedin');
    expect(detectFormat('kontakter.csv', fixture('iphone-3.0.vcf'))).toBe('vcard');
    expect(detectFormat('x', fixture('vcard-4.0.vcf'))).toBe('vcard');
    expect(detectFormat('android.vcf', fixture('android-2.1.vcf'))).toBe('vcard');
    expect(detectFormat('netvaerkskort.csv', fixture('danish-excel.csv'))).toBe('csv');
    expect(detectFormat('people.csv', fixture('english.csv'))).toBe('csv');
    expect(detectFormat('contacts.csv', 'First Name,Middle Name,Last Name,Company,Job Title\r\nA,,B,C,D\r\n')).toBe('csv');
    expect(detectFormat('backup.txt', '\uFEFF  {"format":"netvaerkskompasset-backup"}')).toBe('json');
  });

  it('finds the LinkedIn header however long the preamble is within the first 4 KB', () => {
    const text = `Notes:\n"${'x'.repeat(3000)}"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,\n`;
    expect(detectFormat('a.csv', text)).toBe('linkedin');
  });

  it('falls back on the extension, then on delimiters in the first line', () => {
    expect(detectFormat('kontakter.VCF', 'junk')).toBe('vcard');
    expect(detectFormat('data.json', 'junk')).toBe('json');
    expect(detectFormat('liste.tsv', 'Navn')).toBe('csv');
    expect(detectFormat('liste', 'Navn;Noter\nA;b')).toBe('csv');
    expect(detectFormat('notes.md', '# Hello')).toBe('unknown');
    expect(detectFormat('x.constructor', 'junk')).toBe('unknown');
    expect(detectFormat('x.toString', 'junk')).toBe('unknown');
    expect(detectFormat('book.xlsx', 'PK\u0003\u0004\u0000\u0000')).toBe('unknown');
    expect(detectFormat('people.csv', 'Name\u0000')).toBe('unknown');
    expect(detectFormat('', '')).toBe('unknown');
  });
});

describe('decodeContactsFile', () => {
  const danish = 'Navn;Organisation\r\nSøren Østergård;Ærø Æbleri\r\n';

  it('reads UTF-8 with and without a BOM, and drops the BOM', () => {
    expect(decodeContactsFile(new TextEncoder().encode(danish))).toBe(danish);
    expect(decodeContactsFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(danish)]))).toBe(danish);
  });

  it("reads Danish Excel's Windows-1252 CSV and its UTF-16 'Unicode text'", () => {
    expect(decodeContactsFile(new Uint8Array(Buffer.from(danish, 'latin1')))).toBe(danish);
    expect(decodeContactsFile(new Uint8Array(Buffer.from(`\uFEFF${danish}`, 'utf16le')))).toBe(danish);
    const be = Buffer.from(`\uFEFF${danish}`, 'utf16le').swap16();
    expect(decodeContactsFile(new Uint8Array(be))).toBe(danish);
  });

  it('round-trips our Danish export through its bytes', () => {
    const csv = peopleToCsv(
      [
        {
          name: 'Åse',
          contexts: ['family'],
          closeness: null,
          roles: [],
          connector: false,
          peer: false,
          rhythm: 'none',
          log: [],
          lastContact: null,
          nextStep: '',
          notes: '',
          organisation: '',
          position: '',
        },
      ],
      'da',
    );
    const result = parseContactsCsv(decodeContactsFile(new TextEncoder().encode(csv)));
    expect(result.ok && result.people[0]?.name).toBe('Åse');
  });
});

/** A small seeded generator, so a failure can be reproduced. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  'BEGIN:VCARD',
  'END:VCARD',
  'FN:',
  'N:',
  ';',
  ',',
  '\t',
  '"',
  '""',
  '\r\n',
  '\n',
  '\r',
  ' ',
  '=',
  '=C3',
  '=\r\n',
  '\\',
  '\\n',
  'Navn',
  'Name',
  'First Name,Last Name,Company',
  'Notes:',
  'æøå',
  'Ærø',
  '🚀',
  '\uD83D',
  '\uDE80',
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  'sep=;',
  "'=",
  '2024-13-45',
  'ja',
  'tæt',
  '|',
  'QUOTED-PRINTABLE:',
  'ENCODING=b:',
  'PHOTO:',
  'item1.',
  ':',
  '{',
];

describe('never throws', () => {
  it('on random strings, in every parser and in detection', () => {
    const next = random(20261122);
    for (let i = 0; i < 400; i++) {
      let text = '';
      const length = Math.floor(next() * 60);
      for (let j = 0; j < length; j++) {
        text += next() < 0.7 ? pieces[Math.floor(next() * pieces.length)] : String.fromCharCode(Math.floor(next() * 0x3000));
      }
      for (const parse of [parseContactsCsv, parseLinkedInCsv, parseVCards]) {
        const result = parse(text);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(result.people.length).toBeGreaterThan(0);
      }
      expect(['json', 'linkedin', 'vcard', 'csv', 'unknown']).toContain(detectFormat(text.slice(0, 10), text));
    }
  });

  it('on random bytes decoded, and on values that are not strings at all', () => {
    const next = random(7);
    for (let i = 0; i < 100; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(next() * 300) }, () => Math.floor(next() * 256));
      const text = decodeContactsFile(bytes);
      expect(parseContactsCsv(text).ok === true || parseContactsCsv(text).ok === false).toBe(true);
      expect(parseVCards(text).ok === true || parseVCards(text).ok === false).toBe(true);
    }
    for (const junk of [undefined, null, 42, {}, []] as unknown as string[]) {
      expect(parseContactsCsv(junk)).toEqual({ ok: false, error: { code: 'empty' } });
      expect(parseVCards(junk)).toEqual({ ok: false, error: { code: 'empty' } });
      expect(parseLinkedInCsv(junk)).toEqual({ ok: false, error: { code: 'empty' } });
      expect(detectFormat(junk, junk)).toBe('unknown');
    }
  });
});
