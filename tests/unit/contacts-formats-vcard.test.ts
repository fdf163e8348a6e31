import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVCards } from '../../src/lib/contacts/formats';
import { decodeQuotedPrintable } from '../../src/lib/contacts/formats/quotedPrintable';
import { logicalLines } from '../../src/lib/contacts/formats/vcardLines';
import { emptyDraft, limits } from '../../src/lib/contacts/types';
import { bookLimits } from '../../src/lib/contacts/addressBook/types';
import { entryFromImport } from '../../src/lib/contacts/addressBook/book';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url), 'utf8');
const card = (name: string, rest: { organisation?: string; position?: string; notes?: string; email?: string } = {}) => ({
  ...emptyDraft(name),
  ...rest,
});

describe('parseVCards', () => {
  it('reads an iPhone vCard 3.0: folded note, escapes, item groups, a folded photo, a company card', () => {
    expect(parseVCards(fixture('iphone-3.0.vcf'))).toEqual({
      ok: true,
      people: [
        card('Søren Østergård', {
          organisation: 'Ærø Æbleri, ApS',
          position: 'Salgschef',
          notes: 'Mødtes på DMA-konferencen 2023; vil gerne høre om eksport, især til Tyskland.\nRing i foråret.',
          email: 'soeren@example.dk',
        }),
        card('Ærø Æbleri ApS', { organisation: 'Ærø Æbleri ApS' }),
      ],
      warnings: [],
    });
  });

  it('reads vCard 4.0 with LF line ends, quoted parameters, a data-URI photo, N without FN, and skips a nameless card', () => {
    expect(parseVCards(fixture('vcard-4.0.vcf'))).toEqual({
      ok: true,
      people: [
        card('Mette Frederiksen-Holm', {
          organisation: 'Ærø Æbleri, ApS',
          position: 'Direktør',
          notes: 'Kender alle i fødevarebranchen.\nBackslash: C:\\Kunder',
          email: 'mette@example.dk',
        }),
        card('Hans Peter Emil Jensen', { email: 'hans@example.dk' }),
      ],
      warnings: [{ code: 'cardNoName', card: 3 }],
    });
  });

  it('reads vCard 2.1 quoted-printable in UTF-8 with soft line breaks, and ISO-8859-1 from old phones', () => {
    expect(parseVCards(fixture('android-2.1.vcf'))).toEqual({
      ok: true,
      people: [
        card('Søren Østergaard', {
          organisation: 'Ærø Æbleri ApS',
          position: 'Indkoeber',
          notes: 'Mødt på messen i Fredericia. Vil gerne høre mere om vores københavnske kunder.\nRing efter ferien 🌞',
        }),
        card('Åse'),
        card('Jørgen Bøgh'),
      ],
      warnings: [],
    });
  });

  it('does not keep photo data: a photo is dropped with its folded lines', () => {
    const lines = [...logicalLines(fixture('iphone-3.0.vcf'))];
    expect(lines.some((l) => /PHOTO/i.test(l))).toBe(false);
    expect(lines.every((l) => l.length < 200)).toBe(true);
    expect(lines).toContain('NOTE:Mødtes på DMA-konferencen 2023\\; vil gerne høre om eksport\\, især til Tyskland.\\nRing i foråret.');
  });

  it('reads past a photo of several megabytes', () => {
    const photo = 'A'.repeat(5_000_000);
    const started = performance.now();
    const result = parseVCards(
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nPHOTO;ENCODING=b:${photo}\r\n ${photo.slice(0, 1_000_000)}\r\nEND:VCARD\r\n`,
    );
    expect(result.ok && result.people[0]?.name).toBe('Big');
    // Generous: the machine is shared; joining and decoding the photo would still pass, the test above catches that.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('unfolds with a tab as well as a space, and keeps property groups and parameters apart from the name', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nitem3.FN;CHARSET=UTF-8:Anne\n\tMarie\nitem4.ORG:Firma\\;Afdeling;Team\nEND:VCARD';
    expect(parseVCards(text)).toEqual({ ok: true, people: [card('AnneMarie', { organisation: 'Firma;Afdeling' })], warnings: [] });
  });

  it('passes over a card inside a card, and reads a last card without END:VCARD', () => {
    const text = 'BEGIN:VCARD\nFN:Outer\nAGENT:\nBEGIN:VCARD\nFN:Inner\nEND:VCARD\nTITLE:Chef\nEND:VCARD\nBEGIN:VCARD\nFN:Cut off';
    expect(parseVCards(text)).toEqual({ ok: true, people: [card('Outer', { position: 'Chef' }), card('Cut off')], warnings: [] });
  });

  it('decodes a base64 text value', () => {
    const text = `BEGIN:VCARD\nVERSION:3.0\nFN;ENCODING=b;CHARSET=UTF-8:${Buffer.from('Bjørn').toString('base64')}\nEND:VCARD\n`;
    expect(parseVCards(text)).toMatchObject({ ok: true, people: [{ name: 'Bjørn' }] });
  });

  it('decodes quoted-printable byte by byte and keeps a stray =', () => {
    expect(decodeQuotedPrintable('=C3=A6=C3=B8=C3=A5 =3D 100% = ok')).toBe('æøå = 100% = ok');
    expect(decodeQuotedPrintable('S=F8ren', 'ISO-8859-1')).toBe('Søren');
    expect(decodeQuotedPrintable('=E6', 'no-such-charset')).toBe('\uFFFD');
  });

  it('cuts long text to the limits', () => {
    const result = parseVCards(`BEGIN:VCARD\nFN:A\nNOTE:${'x'.repeat(limits.notes + 1)}\nEND:VCARD\n`);
    expect(result.ok && result.people[0]?.notes).toHaveLength(limits.notes);
    expect(result.ok && result.warnings).toEqual([{ code: 'cardCut', card: 1, field: 'notes', limit: limits.notes }]);
  });

  it('refuses empty files, files without cards, cards without names, and more cards than the address book holds', () => {
    expect(parseVCards('  \n')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseVCards('Name,Email\nA,b\n')).toEqual({ ok: false, error: { code: 'noCards' } });
    expect(parseVCards('BEGIN:VCARD\nEMAIL:a@b.dk\nEND:VCARD\n')).toEqual({ ok: false, error: { code: 'noPeople' } });
    const many = 'BEGIN:VCARD\nFN:X\nEND:VCARD\n'.repeat(bookLimits.people + 2);
    expect(parseVCards(many)).toEqual({ ok: false, error: { code: 'tooMany', limit: bookLimits.people, count: bookLimits.people + 2 } });
  });
});

describe('vCard escapes', () => {
  const one = (lines: string) => {
    const result = parseVCards(`BEGIN:VCARD\r\nVERSION:3.0\r\n${lines}\r\nEND:VCARD\r\n`);
    if (!result.ok) throw new Error(`not read: ${result.error.code}`);
    return result.people[0]!;
  };

  it('undoes \\" in a note, as some exporters write it', () => {
    expect(one('FN:A\r\nNOTE:Solgt \\"AS IS\\"').notes).toBe('Solgt "AS IS"');
  });

  it('reads an ORG with \\, inside the name and ;-separated units (the first unit is the organisation)', () => {
    expect(one('FN:A\r\nORG:Ærø Æbleri\\, ApS;Salg\\; eksport;Team Nord').organisation).toBe('Ærø Æbleri, ApS');
  });

  it('turns \\n and \\N in a multi-line note into line breaks', () => {
    expect(one('FN:A\r\nNOTE:Første linje\\nAnden linje\\NTredje linje').notes).toBe('Første linje\nAnden linje\nTredje linje');
  });

  it('reads a double backslash as one backslash, also before n, comma and semicolon', () => {
    expect(one('FN:A\r\nNOTE:C:\\\\nyt\\\\,x\\\\').notes).toBe('C:\\nyt\\,x\\');
    expect(one('FN:A\r\nORG:Firma\\\\;Afdeling').organisation).toBe('Firma\\');
  });

  it('undoes escapes in every property read: FN, N, ORG, TITLE and NOTE', () => {
    expect(one('FN:Hansen\\, \\"Bo\\"\r\nORG:A\\;B\r\nTITLE:Chef\\, salg\\nNord\r\nNOTE:x\\:y')).toEqual({
      ...emptyDraft('Hansen, "Bo"'),
      organisation: 'A;B',
      position: 'Chef, salg\nNord',
      notes: 'x:y',
    });
    expect(one('N:Østergård\\, jr.;Søren \\"Sø\\";;;').name).toBe('Søren "Sø" Østergård, jr.');
  });

  it('undoes escapes after quoted-printable decoding (vCard 2.1)', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=B8dt\\, \\"p=C3=A5 messen\\"\r\nEND:VCARD\r\n';
    expect(parseVCards(text)).toMatchObject({ ok: true, people: [{ notes: 'Mødt, "på messen"' }] });
  });

  it('keeps a backslash before any other character', () => {
    expect(one('FN:A\r\nNOTE:a\\tb \\x').notes).toBe('a\\tb \\x');
  });
});

describe('parseVCards: e-mail addresses', () => {
  const crlf = (...lines: string[]) => lines.join('\r\n') + '\r\n';
  const emails = (text: string) => {
    const result = parseVCards(text);
    if (!result.ok) throw new Error(result.error.code);
    return result.people.map((p) => [p.name, p.email]);
  };

  it('reads the first EMAIL of an Apple Contacts card (3.0, item groups, several TYPE params)', () => {
    const apple = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//macOS 14.4//EN',
      'N:Bøgh;Karen;;;',
      'FN:Karen Bøgh',
      'ORG:Aarhus Kommune;Teknik og Miljø',
      'item1.EMAIL;type=INTERNET;type=HOME;type=pref:karen.bogh@example.dk',
      'item1.X-ABLabel:_$!<Home>!$_',
      'item2.EMAIL;type=INTERNET;type=WORK:kb@aarhus.example.dk',
      'TEL;type=CELL;type=VOICE;type=pref:+45 12 34 56 78',
      'END:VCARD',
    );
    expect(emails(apple)).toEqual([['Karen Bøgh', 'karen.bogh@example.dk']]);
  });

  it('reads a Google Contacts export (3.0, TYPE=INTERNET, a card without e-mail)', () => {
    const google = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Jens Ølgaard',
      'N:Ølgaard;Jens;;;',
      'EMAIL;TYPE=INTERNET;TYPE=WORK:jens@oelgaard.example.com',
      'EMAIL;TYPE=INTERNET:jens.private@example.com',
      'ORG:Ølgaard & Søn',
      'CATEGORIES:myContacts',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Åse Holm',
      'N:Holm;Åse;;;',
      'TEL;TYPE=CELL:+45 87 65 43 21',
      'END:VCARD',
    );
    expect(emails(google)).toEqual([
      ['Jens Ølgaard', 'jens@oelgaard.example.com'],
      ['Åse Holm', undefined],
    ]);
  });

  it('reads an Outlook card (2.1: bare PREF;INTERNET params, quoted-printable name and address)', () => {
    const outlook = crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;LANGUAGE=da;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:S=C3=B8rensen;Mads',
      'FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Mads S=C3=B8rensen',
      'ORG:Region Midtjylland',
      'TITLE:Konsulent',
      'EMAIL;PREF;INTERNET;ENCODING=QUOTED-PRINTABLE:mads.s=C3=B8rensen@rm.example=',
      '.dk',
      'EMAIL;INTERNET:mads@privat.example.dk',
      'X-MS-OL-DEFAULT-POSTAL-ADDRESS:0',
      'END:VCARD',
    );
    expect(emails(outlook)).toEqual([['Mads Sørensen', 'mads.sørensen@rm.example.dk']]);
  });

  it('reads vCard 4.0: TYPE and PREF params, a mailto: value, a display name around the address', () => {
    const v4 = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Lise Berg',
      'EMAIL;TYPE=work;PREF=1:mailto:lise@berg.example.org',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Ole Dam',
      'EMAIL;TYPE="home,internet":Ole Dam <ole@dam.example.org>',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Ingen Adresse',
      'EMAIL:ikke en adresse',
      'END:VCARD',
    ].join('\n');
    expect(emails(v4)).toEqual([
      ['Lise Berg', 'lise@berg.example.org'],
      ['Ole Dam', 'ole@dam.example.org'],
      ['Ingen Adresse', undefined],
    ]);
  });

  it('keeps the address in the address book only when the reader ticks "keep e-mail addresses"', () => {
    const result = parseVCards(crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Karen Bøgh', 'EMAIL;TYPE=INTERNET:karen@example.dk', 'END:VCARD'));
    if (!result.ok) throw new Error(result.error.code);
    const [karen] = result.people;
    expect(entryFromImport(karen!, false, false).email).toBe('');
    expect(entryFromImport(karen!, true, false).email).toBe('karen@example.dk');
  });
});
