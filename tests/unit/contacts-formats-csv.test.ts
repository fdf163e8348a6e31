import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseContactsCsv, peopleToCsv } from '../../src/lib/contacts/formats';
import { cellText, guardFormula } from '../../src/lib/contacts/formats/cells';
import { readSpreadsheetDate } from '../../src/lib/contacts/formats/dates';
import type { ParseResult } from '../../src/lib/contacts/formats/result';
import { closenessLevels, contexts, emptyDraft, limits, roles, type Person, type PersonDraft } from '../../src/lib/contacts/types';
import { bookLimits } from '../../src/lib/contacts/addressBook/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url), 'utf8');

/** The people, or the test fails with the error the parser gave. */
function okPeople(result: ParseResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result;
}

const person = (id: string, draft: Partial<PersonDraft> & { name: string }): Person => ({
  ...emptyDraft(draft.name),
  ...draft,
  id,
  updatedAt: '2026-11-22T10:00:00.000Z',
});

/** Every field set, and the characters that break CSV writers: quotes, both delimiters, line breaks, formulas. */
const people: Person[] = [
  person('p1', {
    name: 'Søren Østergård',
    contexts: ['colleagues', 'friends'],
    closeness: 'close',
    roles: ['information', 'access'],
    connector: true,
    peer: false,
    lastContact: '2024-03-12',
    nextStep: 'Virtuel kaffe; spørg om "eksport"',
    notes: 'Første linje\nAnden linje, med komma; og semikolon | og streg',
    organisation: 'Ærø Æbleri, ApS',
    position: 'Salgschef',
  }),
  person('p2', {
    name: '=HYPERLINK("http://evil.example","klik")',
    contexts: ['formerColleagues'],
    closeness: 'occasional',
    roles: ['goBetween'],
    connector: false,
    peer: true,
    lastContact: null,
    nextStep: '+45 12 34 56 78',
    notes: '-- ring først',
    organisation: '@firma',
    position: "'=allerede med apostrof",
  }),
  person('p3', { name: 'Jens 🚀 Ærenlund', closeness: 'dormant', lastContact: '2020-02-29', notes: '"citat" i starten' }),
  person('p4', { name: 'Åse', contexts: ['online'], closeness: 'regular', organisation: "O'Brien & Co", position: "'tis" }),
];
const drafts = (list: readonly Person[]): PersonDraft[] => list.map(({ id: _id, updatedAt: _u, ...draft }) => draft);

describe('peopleToCsv', () => {
  it('writes Danish with a BOM, semicolons, CRLF and Danish words', () => {
    const csv = peopleToCsv(people, 'da');
    expect(
      csv.startsWith(
        '\uFEFFNavn;Sammenhænge;Nærhed;Kan give;Forbinder;Øjenhøjde;Sidste kontakt;Næste skridt;Noter;Organisation;Stilling\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('Søren Østergård;kolleger | venner;tæt;viden | døråbner;ja;nej;2024-03-12;');
    expect(csv).toContain(';tidligere kolleger;af og til;bro;nej;ja;;');
  });

  it('writes English with commas, no BOM, CRLF and English words', () => {
    const csv = peopleToCsv(people, 'en');
    expect(csv.startsWith('Name,Contexts,Closeness,Can give,Connector,Peer,Last contact,Next step,Notes,Organisation,Position\r\n')).toBe(
      true,
    );
    expect(csv).toContain('Søren Østergård,colleagues | friends,close,knowledge | door-opener,yes,no,2024-03-12,');
    expect(csv).toContain(',former colleagues,occasional,bridge,no,yes,,');
    expect(csv).toContain('"Ærø Æbleri, ApS"');
  });

  it('ends every record with CRLF (line breaks inside quoted values are the only others)', () => {
    const csv = peopleToCsv(people, 'en');
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes.split('\r\n')).toHaveLength(people.length + 2);
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a header row only for no people', () => {
    expect(peopleToCsv([], 'en')).toBe(
      'Name,Contexts,Closeness,Can give,Connector,Peer,Last contact,Next step,Notes,Organisation,Position\r\n',
    );
  });

  it.each(['da', 'en'] as const)('guards every cell that would start a formula (%s)', (lang) => {
    const cells = Papa.parse<string[]>(peopleToCsv(people, lang).replace(/^\uFEFF/, ''), {
      delimiter: lang === 'da' ? ';' : ',',
    }).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","klik")`);
    expect(cells).toContain("'+45 12 34 56 78");
    expect(cells).toContain("'-- ring først");
    expect(cells).toContain("'@firma");
    expect(cells).toContain("''=allerede med apostrof");
    expect(cells).toContain("'tis");
  });
});

describe('formula guard', () => {
  it.each([
    ['=', '=1+1'],
    ['+', '+45 12 34 56 78'],
    ['-', '-2+3'],
    ['@', '@SUM(A1)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['a space before =', ' =1+1'],
    ['spaces before +', '   +1'],
    ['a space before -', ' -1'],
    ['a space before @', ' @firma'],
    ['a no-break space before =', '\u00a0=1+1'],
    ['a space before a tab', ' \t1'],
    ['an apostrophe and a space before =', "' =1+1"],
  ])('guards a cell whose first non-space character starts a formula: %s', (_label, text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
    // Reading it back takes off exactly the apostrophe added (and, as for every cell, surrounding whitespace).
    expect(cellText(guardFormula(text))).toBe(text.trim());
  });

  it.each(['Søren', ' Søren', "'tis", '1+1', 'a=b', ' ', '', 'x -1', '\n=1'])('leaves %j alone', (text) => {
    expect(guardFormula(text)).toBe(text);
  });

  it.each(['da', 'en'] as const)('writes " =1+1" guarded and reads it back (%s)', (lang) => {
    const csv = peopleToCsv([{ ...emptyDraft(' =1+1'), notes: ' @SUM(A1)', position: ' -1' }], lang);
    const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: lang === 'da' ? ';' : ',' }).data.flat();
    expect(cells.filter((c) => /^[^\S\n]*[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain("' =1+1");
    expect(okPeople(parseContactsCsv(csv)).people[0]).toMatchObject({ name: '=1+1', notes: '@SUM(A1)', position: '-1' });
  });
});

describe('round trip peopleToCsv → parseContactsCsv', () => {
  it.each(['da', 'en'] as const)('gives back the same drafts, every field (%s)', (lang) => {
    const result = okPeople(parseContactsCsv(peopleToCsv(people, lang)));
    expect(result.people).toEqual(drafts(people));
    expect(result.warnings).toEqual([]);
  });

  it.each(['da', 'en'] as const)('knows every context, closeness and role word (%s)', (lang) => {
    const every = [
      ...contexts.map((c, i) => person(`c${i}`, { name: `C ${c}`, contexts: [c] })),
      ...closenessLevels.map((c, i) => person(`k${i}`, { name: `K ${c}`, closeness: c })),
      ...roles.map((r, i) => person(`r${i}`, { name: `R ${r}`, roles: [r] })),
      person('all', { name: 'All', contexts: [...contexts].reverse(), roles: [...roles] }),
    ];
    const result = okPeople(parseContactsCsv(peopleToCsv(every, lang)));
    expect(result.people).toEqual(drafts(every));
    expect(result.warnings).toEqual([]);
  });

  it('reads a Danish file with English words and ids mixed in, and the other way round', () => {
    const csv = '\uFEFFNavn;Sammenhænge;Nærhed;Kan give\r\nA;friends | formerColleagues | kunder;Dormant;goBetween, Go-between , viden\r\n';
    const result = okPeople(parseContactsCsv(csv));
    expect(result.people[0]).toMatchObject({
      contexts: ['friends', 'formerColleagues', 'customers'],
      closeness: 'dormant',
      roles: ['goBetween', 'information'],
    });
  });
});

describe('role words from before the roles were renamed', () => {
  it('still import: Information, Formidling, Adgang and the English go-between', () => {
    const da = '\uFEFFNavn;Kan give\r\nA;Information | Formidling | Adgang\r\nB;mellemled\r\n';
    const en = 'Name,Can give\r\nC,information | go-between | access\r\nD,Go between\r\n';
    for (const csv of [da, en]) {
      const result = okPeople(parseContactsCsv(csv));
      expect(result.warnings).toEqual([]);
      expect(result.people[0]?.roles).toEqual(['information', 'goBetween', 'access']);
      expect(result.people[1]?.roles).toEqual(['goBetween']);
    }
  });

  it('are never written: output uses Viden, Bro, Døråbner / Knowledge, Bridge, Door-opener', () => {
    const one = [person('x', { name: 'X', roles: [...roles] })];
    expect(peopleToCsv(one, 'da')).toContain(';viden | bro | døråbner;');
    expect(peopleToCsv(one, 'en')).toContain(',knowledge | bridge | door-opener,');
  });
});

describe('parseContactsCsv on a Danish Excel file', () => {
  const result = okPeople(parseContactsCsv(fixture('danish-excel.csv')));

  it('reads the people, skipping the blank and the nameless rows', () => {
    expect(result.people.map((p) => p.name)).toEqual(['Søren Østergård', 'Åse Bøgh-Ærenlund', 'Mads', 'Kirsten']);
  });

  it('reads quoted values with semicolons, doubled quotes and line breaks, and Danish dates', () => {
    expect(result.people[0]).toEqual({
      name: 'Søren Østergård',
      contexts: ['colleagues', 'friends'],
      closeness: 'close',
      roles: ['information', 'access'],
      connector: true,
      peer: false,
      lastContact: '2024-03-12',
      nextStep: 'Virtuel kaffe',
      notes: 'Kender "alle" i branchen; spørg om eksport',
      organisation: 'Ærø Æbleri, ApS',
      position: 'Salgschef',
      rhythm: 'none',
      log: [],
    });
    expect(result.people[1]).toMatchObject({
      contexts: ['formerColleagues'],
      closeness: 'occasional',
      roles: ['goBetween'],
      peer: true,
      lastContact: '2023-11-05',
      notes: 'Mødtes i Ærøskøbing.\nRing i foråret.',
      organisation: 'Ærø Æbleri; Cider & Most',
    });
    expect(result.people[3]).toMatchObject({ contexts: ['online'], closeness: 'dormant', lastContact: '2024-01-31' });
  });

  it('leaves values it does not understand empty, with a warning naming the spreadsheet row', () => {
    expect(result.people[2]).toEqual({ ...emptyDraft('Mads'), contexts: ['customers'], connector: true, nextStep: '=1+1' });
    expect(result.warnings).toEqual([
      { code: 'unknownColumns', columns: 'Telefon', count: 1 },
      { code: 'badValue', row: 5, field: 'contexts', value: 'naboer' },
      { code: 'badValue', row: 5, field: 'closeness', value: 'måske' },
      { code: 'badDate', row: 5, value: '32/13/2020' },
      { code: 'noName', row: 6 },
    ]);
  });
});

describe('parseContactsCsv on an English spreadsheet from elsewhere', () => {
  const result = okPeople(parseContactsCsv(fixture('english.csv')));

  it('joins first and last name, and reads quoted commas, doubled quotes and a line break', () => {
    expect(result.people).toEqual([
      {
        ...emptyDraft('Anna Smith'),
        organisation: 'Smith, Jones & Partners',
        position: 'Partner',
        contexts: ['customers', 'events'],
        closeness: 'regular',
        lastContact: '2024-04-15',
        notes: 'Said "call me in May".',
      },
      {
        ...emptyDraft('Bob'),
        organisation: 'Acme',
        position: 'Head of "Growth"',
        contexts: ['friends'],
        closeness: 'close',
        lastContact: '2024-02-29',
        notes: 'Two lines:\nfirst, then second',
      },
      { ...emptyDraft('Chloé Dubois'), contexts: ['online'], closeness: 'dormant' },
    ]);
  });

  it('warns about the e-mail column and an impossible date (counting the blank row)', () => {
    expect(result.warnings).toEqual([
      { code: 'unknownColumns', columns: 'Email', count: 1 },
      { code: 'badDate', row: 5, value: '31/02/2024' },
    ]);
  });
});

describe('parseContactsCsv on other input', () => {
  it('detects tab as the delimiter, and reads a one-column list', () => {
    expect(okPeople(parseContactsCsv('Fornavn\tEfternavn\tFirma\nKaren\tBlixen\tRungstedlund\n')).people).toEqual([
      { ...emptyDraft('Karen Blixen'), organisation: 'Rungstedlund' },
    ]);
    expect(okPeople(parseContactsCsv('Name\nAda\n\nGrace\n')).people.map((p) => p.name)).toEqual(['Ada', 'Grace']);
  });

  it("reads Outlook's and Google's contact exports by their column names", () => {
    const outlook =
      'First Name,Middle Name,Last Name,Company,Job Title,E-mail Address\r\nHans,Christian,Andersen,Odense Kommune,Digter,h@example.dk\r\n';
    expect(okPeople(parseContactsCsv(outlook)).people).toEqual([
      { ...emptyDraft('Hans Christian Andersen'), organisation: 'Odense Kommune', position: 'Digter' },
    ]);
    const google =
      'Name,Given Name,Family Name,Organization 1 - Name,Organization 1 - Title,Notes\nKaren Blixen,Karen,Blixen,Rungstedlund,Forfatter,Afrika\n';
    expect(okPeople(parseContactsCsv(google)).people).toEqual([
      { ...emptyDraft('Karen Blixen'), organisation: 'Rungstedlund', position: 'Forfatter', notes: 'Afrika' },
    ]);
  });

  it("honours Excel's sep= line and CR-only line ends", () => {
    expect(okPeople(parseContactsCsv('sep=;\r\nNavn;Noter\r\nA;x, y\r\n')).people[0]).toMatchObject({ name: 'A', notes: 'x, y' });
    expect(okPeople(parseContactsCsv('Name,Notes\rA,one\rB,two\r')).people.map((p) => p.notes)).toEqual(['one', 'two']);
  });

  it('finds the header below blank lines and ignores blank header cells', () => {
    const result = okPeople(parseContactsCsv('\n\nName,,Position\nA,junk,Boss\n'));
    expect(result.people).toEqual([{ ...emptyDraft('A'), position: 'Boss' }]);
    expect(result.warnings).toEqual([]);
  });

  it('reports a second column for the same field as unknown and reads the first', () => {
    const result = okPeople(parseContactsCsv('Name,Company,Organisation\nA,First,Second\n'));
    expect(result.people[0]?.organisation).toBe('First');
    expect(result.warnings).toEqual([{ code: 'unknownColumns', columns: 'Organisation', count: 1 }]);
  });

  it('accepts the date forms and refuses impossible days', () => {
    expect(['2024-03-12', '12-03-2024', '12.03.2024', '12/03/2024', '1.3.2024', '2024-03-12T08:00:00Z'].map(readSpreadsheetDate)).toEqual([
      '2024-03-12',
      '2024-03-12',
      '2024-03-12',
      '2024-03-12',
      '2024-03-01',
      '2024-03-12',
    ]);
    expect(['32/13/2020', '29-02-2023', '2024-13-01', '12/03/24', 'i går', '12-03/2024', ''].map(readSpreadsheetDate)).toEqual(
      Array(7).fill(null),
    );
  });

  it('reads yes and no in both languages and warns about other words', () => {
    const result = okPeople(parseContactsCsv('Name;Connector;Peer\nA;Ja;NEJ\nB;yes;no\nC;x;\nD;måske;1\n'));
    expect(result.people.map((p) => [p.connector, p.peer])).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [false, true],
    ]);
    expect(result.warnings).toEqual([{ code: 'badValue', row: 5, field: 'connector', value: 'måske' }]);
  });

  it('cuts text to the limits without splitting an emoji, and says so', () => {
    const long = `${'a'.repeat(limits.name - 1)}🚀tail`;
    const result = okPeople(parseContactsCsv(`Name,Notes\n${long},${'n'.repeat(limits.notes + 5)}\n`));
    expect(result.people[0]?.name).toBe('a'.repeat(limits.name - 1));
    expect(result.people[0]?.notes).toHaveLength(limits.notes);
    expect(result.warnings).toEqual([
      { code: 'cut', row: 2, field: 'name', limit: limits.name },
      { code: 'cut', row: 2, field: 'notes', limit: limits.notes },
    ]);
  });

  it('warns about an unclosed quote and still reads what it can', () => {
    const result = okPeople(parseContactsCsv('Name,Notes\nA,"never closed\nB,x\n'));
    expect(result.people[0]?.name).toBe('A');
    expect(result.warnings).toContainEqual({ code: 'badQuotes', row: 2 });
  });

  it('refuses empty files, files without a name column, binary junk, and more rows than the address book holds', () => {
    expect(parseContactsCsv('')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseContactsCsv('\uFEFF \r\n\t\n')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseContactsCsv('Email,Phone\na@b.dk,123\n')).toEqual({ ok: false, error: { code: 'noNameColumn' } });
    expect(parseContactsCsv('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml')).toEqual({ ok: false, error: { code: 'binary' } });
    expect(parseContactsCsv('\uFFFD\u0001\uFFFD\u0002'.repeat(50))).toEqual({ ok: false, error: { code: 'binary' } });
    expect(parseContactsCsv('Name,Email\n')).toEqual({ ok: false, error: { code: 'noPeople' } });
    expect(parseContactsCsv('Name,Email\n,a@b.dk\n')).toEqual({ ok: false, error: { code: 'noPeople' } });
    const rows = Array.from({ length: bookLimits.people + 1 }, (_, i) => `P${i}`);
    expect(parseContactsCsv(`Name\n${rows.join('\n')}\n`)).toEqual({
      ok: false,
      error: { code: 'tooMany', limit: bookLimits.people, count: bookLimits.people + 1 },
    });
    expect(okPeople(parseContactsCsv(`Name\n${rows.slice(1).join('\n')}\n`)).people).toHaveLength(bookLimits.people);
  });

  it('reads a Windows-1252 file decoded as UTF-8 (a few U+FFFD) rather than calling it binary', () => {
    const result = okPeople(parseContactsCsv('Navn;Organisation\r\nS\uFFFDren;\uFFFDr\uFFFD\r\n'));
    expect(result.people[0]?.name).toBe('S\uFFFDren');
  });
});
