import { describe, expect, it } from 'vitest';
import {
  describeBackupProblem,
  describeCheckFailure,
  describeDataIssue,
  describeEntryFailure,
  describeWorksheetFileProblem,
} from '../../src/i18n/fileProblems';
import { fill } from '../../src/i18n/fill';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { fileProblemStrings, type ImportKind } from '../../src/i18n/islands/fileProblems';
import { myDataStrings } from '../../src/i18n/islands/myData';
import type { Locale } from '../../src/i18n/locales';
import { contactStateSchema } from '../../src/lib/contacts/schema';
import { contactSpec } from '../../src/lib/contacts/spec';
import { emptyContactState } from '../../src/lib/contacts/state';
import { limits as contactLimits, type Person } from '../../src/lib/contacts/types';
import {
  buildWorksheetFile,
  MAX_WORKSHEET_FILE_BYTES,
  parseWorksheetFile,
  serializeWorksheetFile,
  type WorksheetFileProblem,
} from '../../src/lib/group/file';
import { groupStateSchema } from '../../src/lib/group/schema';
import { createWorksheet, emptyGroupState, getWorksheet, groupSpec } from '../../src/lib/group/state';
import { quizStateSchema } from '../../src/lib/quiz/schema';
import { quizSpec } from '../../src/lib/quiz/state';
import { checkImportSize, MAX_IMPORT_BYTES, parseBackupText, type BackupProblem } from '../../src/lib/storage/backup';
import { withProblems } from '../../src/lib/storage/check';
import { upgrade } from '../../src/lib/storage/envelope';
import type { DataIssue } from '../../src/lib/storage/issues';

const langs: Locale[] = ['da', 'en'];
const kinds: ImportKind[] = ['quiz', 'groupPurpose', 'contactMap'];

/* Words that give away the other language (Danish words that are also English, such as "at", "to", "is", are left out). */
const ENGLISH =
  /\b(the|and|not|file|fields?|missing|wrong|invalid|expected|received|people|worksheets?|answers?|characters|must|most|of|in|too|long|with|from|this|there|string|number|array|object|undefined|null|true|false|custom|path|items?|entries|limit)\b/i;
const DANISH = /\b(og|ikke|filen|feltet|der|er|må|højst|personer|tegn|mangler|forkert|af|til|en|et|arbejdsark|svar|med|siden|dataene)\b/i;
/* Schema paths and identifiers: `people › p1`, `checkIns.date`, camelCase field names. */
const SCHEMA = /›|\b[a-z]+[A-Z]\w*\b|\b[A-Za-z]+\.[A-Za-z]+\b/;

function expectInLanguage(text: string, lang: Locale) {
  expect(text.trim(), 'empty message').not.toBe('');
  expect(text, 'unfilled placeholder').not.toMatch(/\{\w+\}/);
  // Names of formats are written as their makers write them.
  expect(text.replace(/\b(vCard|LinkedIn)\b/g, ''), 'schema path or identifier').not.toMatch(SCHEMA);
  if (lang === 'da') expect(text, 'English word in Danish').not.toMatch(ENGLISH);
  else {
    expect(text, 'Danish word in English').not.toMatch(DANISH);
    expect(text.replace(/Netværkskompasset/g, ''), 'Danish letter in English').not.toMatch(/[æøå]/i);
  }
}

const MB = 1024 * 1024;
const every = {
  backup: {
    'too-large': { code: 'too-large', bytes: 2_119_380, limit: MAX_IMPORT_BYTES },
    empty: { code: 'empty' },
    'not-json': { code: 'not-json', detail: 'Unexpected end of JSON input' },
    'forbidden-key': { code: 'forbidden-key', key: '__proto__' },
    'not-backup': { code: 'not-backup' },
    'newer-format': { code: 'newer-format', formatVersion: 2 },
    entry: { code: 'entry', kind: 'contactMap', field: 'savedAt' },
  } satisfies { [C in BackupProblem['code']]: Extract<BackupProblem, { code: C }> },
  worksheet: {
    'too-large': { code: 'too-large', bytes: 2.5 * MB, limit: MAX_WORKSHEET_FILE_BYTES },
    empty: { code: 'empty' },
    'not-text': { code: 'not-text' },
    'not-json': { code: 'not-json', detail: 'Unexpected end of JSON input' },
    'forbidden-key': { code: 'forbidden-key', key: '__proto__' },
    'not-worksheet-file': { code: 'not-worksheet-file' },
    'newer-format': { code: 'newer-format', formatVersion: 2 },
    'invalid-worksheet': {
      code: 'invalid-worksheet',
      fields: [{ code: 'empty', field: ['name'] }],
      issues: [{ path: 'name', message: 'Too small' }],
    },
    'no-checks': { code: 'no-checks' },
    'too-many-worksheets': { code: 'too-many-worksheets', limit: 50 },
    'id-conflict': { code: 'id-conflict', id: 'w1' },
  } satisfies { [C in WorksheetFileProblem['code']]: Extract<WorksheetFileProblem, { code: C }> },
};

/** Every data issue code on every field the strings name, on a field they do not, and on none. */
function everyDataIssue(kind: ImportKind): DataIssue[] {
  const fields = [
    ...Object.keys(fileProblemStrings.da.fields[kind]).map((k) => k.split('.')),
    ['people', 'p1', 'unknownThing'],
    ['xyz'],
    [],
  ];
  return fields.flatMap((field) => [
    { code: 'too-many', field, limit: 5000 },
    { code: 'too-long', field, limit: 2000 },
    { code: 'empty', field },
    { code: 'invalid', field },
  ]);
}

/** Every string in a nested strings object, by its dotted key. */
const leaves = (value: unknown, prefix = ''): [string, string][] =>
  typeof value === 'string'
    ? [[prefix, value]]
    : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));

describe('the file problem strings', () => {
  it('have every Danish key in English, with the same placeholders, and no empty string', () => {
    const da = new Map(leaves(fileProblemStrings.da));
    const en = new Map(leaves(fileProblemStrings.en));
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of da) {
      expect(text.trim(), key).not.toBe('');
      expect(names(en.get(key) ?? ''), key).toEqual(names(text));
    }
  });
});

describe('every import problem in the reader’s language', () => {
  for (const lang of langs) {
    const names = myDataStrings[lang].names;
    it(`words every backup problem in ${lang}`, () => {
      for (const p of Object.values(every.backup))
        expectInLanguage(
          describeBackupProblem(p, lang, (k) => names[k as ImportKind]),
          lang,
        );
      for (const kind of kinds)
        for (const field of ['version', 'savedAt', 'data', '', 'unknown'])
          expectInLanguage(
            describeBackupProblem({ code: 'entry', kind, field }, lang, (k) => names[k as ImportKind]),
            lang,
          );
    });

    it(`words every worksheet file problem in ${lang}`, () => {
      for (const p of Object.values(every.worksheet)) expectInLanguage(describeWorksheetFileProblem(p, lang), lang);
      expectInLanguage(describeWorksheetFileProblem({ code: 'not-worksheet-file', is: 'backup' }, lang), lang);
      expectInLanguage(
        describeWorksheetFileProblem({ code: 'invalid-worksheet', fields: everyDataIssue('groupPurpose'), issues: [] }, lang),
        lang,
      );
      expectInLanguage(describeWorksheetFileProblem({ code: 'invalid-worksheet', fields: [], issues: [] }, lang), lang);
    });

    it(`words every data issue of every exercise in ${lang}`, () => {
      for (const kind of kinds) {
        for (const issue of everyDataIssue(kind)) expectInLanguage(describeDataIssue(issue, kind, lang), lang);
        const failure = { ok: false as const, reason: 'no migration from version 0' };
        expectInLanguage(describeCheckFailure(failure, kind, lang).join(' '), lang);
        expectInLanguage(describeCheckFailure(failure, kind, lang, true).join(' '), lang);
        expectInLanguage(describeEntryFailure({ ...failure, problems: everyDataIssue(kind) }, kind, lang, names[kind]).join(' '), lang);
      }
    });

    it(`words every contact file error and warning in ${lang}`, () => {
      const s = contactStrings[lang];
      const values = {
        limit: 5000,
        count: 5001,
        row: 3,
        card: 2,
        field: 'notes',
        value: lang === 'da' ? 'naboer' : 'neighbours',
        columns: 'Telefon',
        size: '12 MB',
        mb: 10,
      };
      for (const template of [...Object.values(s.parseErrors), ...Object.values(s.parseWarnings)])
        expectInLanguage(fill(template, values), lang);
      for (const template of [s.importTooBig, s.importUnknown, s.importNotOurs, s.importInvalid])
        expectInLanguage(fill(template, { size: '12,3 MB', limit: '10 MB' }), lang);
    });
  }

  it('fails on an English fragment in Danish and a Danish one in English (the check can fail)', () => {
    expect(() => expectInLanguage('Netværkskort: people: at most 5000 people', 'da')).toThrow();
    expect(() => expectInLanguage('Netværkskort: “Navn” mangler eller er forkert.', 'en')).toThrow();
    expect(() => expectInLanguage('Gruppens formål: checkIns › 0 › date: Ugyldig dato', 'da')).toThrow();
  });
});

describe('limits and sizes as the reader sees them', () => {
  const person = (i: number): Person => ({
    id: `p${i}`,
    name: `Person ${i}`,
    contexts: [],
    closeness: null,
    roles: [],
    connector: false,
    rhythm: 'none',
    log: [],
    peer: false,
    lastContact: null,
    nextStep: '',
    notes: '',
    organisation: '',
    position: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('refuses a 5,001-person contact map with one sentence in each language, no zod message', () => {
    const n = contactLimits.people + 1;
    const people = Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, person(i)]));
    const data = { ...emptyContactState(), people, order: Object.keys(people) };
    const result = withProblems(upgrade(contactSpec, contactStateSchema, 1, data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeEntryFailure(result, 'contactMap', 'da', myDataStrings.da.names.contactMap)).toEqual([
      'Netværkskort: Der må højst være 5.000 personer, og filen har flere.',
    ]);
    expect(describeEntryFailure(result, 'contactMap', 'en', myDataStrings.en.names.contactMap)).toEqual([
      'Contact map: There can be at most 5,000 people, and the file has more.',
    ]);
  });

  it('names the field of a bad quiz answer and a too-long worksheet name in words', () => {
    const quiz = withProblems(upgrade(quizSpec, quizStateSchema, 1, { answers: { q01: 'money' }, step: 0, history: [] }));
    expect(!quiz.ok && describeCheckFailure(quiz, 'quiz', 'da')).toEqual(['“Dine svar” mangler eller er forkert.']);
    expect(!quiz.ok && describeCheckFailure(quiz, 'quiz', 'en')).toEqual(['“Your answers” is missing or wrong.']);
    const state = createWorksheet(emptyGroupState(), 'x', 'w1', new Date());
    const long = { ...state, worksheets: { w1: { ...state.worksheets.w1!, name: 'x'.repeat(121) } } };
    const group = withProblems(upgrade(groupSpec, groupStateSchema, 1, long));
    expect(!group.ok && describeCheckFailure(group, 'groupPurpose', 'da')).toEqual([
      'En tekst i “Gruppens navn” er længere end de 120 tegn, der er plads til.',
    ]);
    expect(!group.ok && describeCheckFailure(group, 'groupPurpose', 'en')).toEqual([
      'A text in “The group’s name” is longer than the 120 characters there is room for.',
    ]);
  });

  it('says the exact size of a 16,986,931-byte backup against the 16 MB limit', () => {
    const problem = checkImportSize(16_986_931)!;
    expect(describeBackupProblem(problem, 'da', String)).toBe('Filen fylder 16,2 MB. Den må højst fylde 16 MB.');
    expect(describeBackupProblem(problem, 'en', String)).toBe('The file is 16.2 MB. It can be 16 MB at most.');
  });

  it('words a bad backup entry without its field name', () => {
    const parsed = parseBackupText('{"format":"netvaerkskompasset-backup","formatVersion":1,"stores":{"quiz":{"version":1,"data":{}}}}', [
      'quiz',
    ]);
    expect(
      !parsed.ok && parsed.problems.map((p) => describeBackupProblem(p, 'da', (k) => myDataStrings.da.names[k as ImportKind])),
    ).toEqual(['Hvad vil du have ud af netværk?: Tidspunktet for, hvornår dataene blev gemt mangler eller er forkert.']);
  });
});

describe('a bad group worksheet file says why (issue 16, item 4)', () => {
  const sheet = getWorksheet(createWorksheet(emptyGroupState(), 'Ledergruppen', 'w1', new Date('2026-11-01T10:00:00Z')), 'w1')!;
  const good = serializeWorksheetFile(buildWorksheetFile(sheet, new Date('2026-11-22T08:30:00Z')));
  const say = async (text: string, lang: Locale) => {
    const result = await parseWorksheetFile(text, { existingIds: [], newId: 'fresh' });
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.problems.map((p) => describeWorksheetFileProblem(p, lang)).join(' ');
  };
  const both = async (text: string) => ({ da: await say(text, 'da'), en: await say(text, 'en') });

  it('truncated JSON', async () => {
    expect(await both(good.slice(0, good.length / 2))).toEqual({
      da: 'Filen kan ikke læses. Den er måske ikke hentet helt, eller den er blevet ændret i hånden.',
      en: 'The file cannot be read. It may not have downloaded completely, or it has been edited by hand.',
    });
  });

  it('a full backup instead of a worksheet: use My data', async () => {
    const backup = JSON.stringify({ format: 'netvaerkskompasset-backup', formatVersion: 1, stores: {} });
    expect(await both(backup)).toEqual({
      da: 'Filen er en kopi af alle dine data, ikke et enkelt arbejdsark. Læg den ind på siden “Mine data”.',
      en: 'The file is a copy of all your data, not a single worksheet. Load it on the “My data” page.',
    });
  });

  it('another JSON file', async () => {
    expect(await both('{"name": "Ledergruppen"}')).toEqual({
      da: 'Filen er ikke et arbejdsark fra Netværkskompasset. Et arbejdsark hentes som fil med knappen “Hent arbejdsarket som fil”.',
      en: 'The file is not a worksheet from Netværkskompasset. A worksheet is downloaded as a file with the button “Download the worksheet as a file”.',
    });
  });

  it('a newer format version', async () => {
    expect(await both(good.replace('"formatVersion": 2', '"formatVersion": 3'))).toEqual({
      da: 'Filen er lavet af en nyere udgave af siden. Genindlæs siden, og prøv igen.',
      en: 'The file was made by a newer version of the site. Reload the page and try again.',
    });
  });

  it('__proto__ keys', async () => {
    expect(await both(good.replace('"worksheet": {', '"worksheet": {"__proto__": {"admin": true},'))).toEqual({
      da: 'Filen indeholder feltet “__proto__”, som vi af sikkerhedshensyn ikke tager imod.',
      en: 'The file contains the field “__proto__”, which we do not accept for security reasons.',
    });
  });

  it('a 2.5 MB file, with its size and the limit', async () => {
    expect(await both(`${good}${' '.repeat(2.5 * MB - good.length)}`)).toEqual({
      da: 'Filen fylder 2,5 MB. Den må højst fylde 2 MB.',
      en: 'The file is 2.5 MB. It can be 2 MB at most.',
    });
  });

  it('a binary file', async () => {
    const pdfLike = `%PDF-1.7\n${String.fromCharCode(0, 1, 2, 3, 0xfffd).repeat(50)}`;
    expect(await both(pdfLike)).toEqual({
      da: 'Filen er ikke en tekstfil. Måske er det et billede eller en PDF.',
      en: 'The file is not a text file. It may be a picture or a PDF.',
    });
  });

  it('which fields are invalid', async () => {
    const file = JSON.parse(good);
    file.worksheet.name = '';
    file.worksheet.purpose.text = 'x'.repeat(2001);
    file.worksheet.checkIns = [
      {
        id: 'c1',
        date: 'i morgen',
        ratings: { purpose: null, relationships: null, interest: null, passion: null, structure: null },
        note: '',
        votes: [],
      },
    ];
    expect(await both(JSON.stringify(file))).toEqual({
      da: 'Arbejdsarket i filen har fejl. “Gruppens navn” er tomt. En tekst i “Gruppens formål med en eller to sætninger” er længere end de 2.000 tegn, der er plads til. “Dato for en måling” mangler eller er forkert.',
      en: 'The worksheet in the file has errors. “The group’s name” is empty. A text in “The group’s purpose in one or two sentences” is longer than the 2,000 characters there is room for. “Date of a check-in” is missing or wrong.',
    });
  });
});
