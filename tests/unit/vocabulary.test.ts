/**
 * One vocabulary everywhere (issue 18). The three things a person can give for a goal are
 * Viden, Bro, Døråbner / Knowledge, Bridge, Door-opener; the quiz is "quizzen" / "the quiz".
 * This test fails when an article, a UI string or workshop and handout text uses a retired word for
 * a role or calls the quiz a test, and says which file (or string key) and which phrase.
 *
 * Ordinary prose stays allowed: "information" in a sentence, "adgang" as a purpose, "en dør" as a
 * door. The role labels themselves are checked by key; prose is scanned for specific phrases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { roleWords } from '../../src/lib/contacts/formats/vocabulary';
import { roles, type ContactRole } from '../../src/lib/contacts/types';
import { purposeProfiles } from '../../src/lib/quiz/bank';
import { purposes } from '../../src/lib/quiz/types';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A word that is not part of a longer word (JavaScript's \b does not know æ, ø, å). */
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const retiredRoleNames = ['Information', 'Formidling', 'Dør', 'Go-between', 'Introduction', 'Mellemled'];

interface Rule {
  pattern: RegExp;
  why: string;
}
/** Phrases that use a retired word for a role, or call the quiz a test. All are case-aware on purpose. */
export const retired: readonly Rule[] = [
  {
    pattern: new RegExp(`\\*\\*\\s*(?:${retiredRoleNames.join('|')})\\s*:?\\s*\\*\\*`, 'gu'),
    why: 'a retired role name as a label (use Viden/Bro/Døråbner, Knowledge/Bridge/Door-opener)',
  },
  {
    pattern: new RegExp(`^[ \\t]*(?:[-*]|\\d+\\.)[ \\t]+(?:${retiredRoleNames.join('|')})[ \\t]*:`, 'gmu'),
    why: 'a retired role name as a list label',
  },
  // "formidler" is also an ordinary verb ("vi formidler viden"): lower case only the noun forms and the old role phrase.
  {
    pattern: new RegExp(
      `${L}(?:(?:Formidl(?:ing|ingen|er|eren|ere|erne)|en formidler|formidl(?:eren|erne|ere)|formidle kontakt)${R}|formidling(?= \\())`,
      'gu',
    ),
    why: 'Formidling/formidler for the bridge role (use Bro)',
  },
  { pattern: new RegExp(`${L}[Mm]ellemled(?:det)?${R}`, 'gu'), why: 'mellemled for the bridge role (use Bro)' },
  { pattern: new RegExp(`${L}[Bb]robygger(?:en|e|ne)?${R}`, 'gu'), why: 'brobygger for a connector (use forbinder; Bro is a role)' },
  { pattern: new RegExp(`${L}Dør${R}`, 'gu'), why: 'Dør as a role (use Døråbner)' },
  { pattern: new RegExp(`${L}(?:[Vv]ær|[Vv]ære|er)(?: selv)? en dør${R}`, 'gu'), why: 'being "en dør" for someone (use døråbner)' },
  {
    pattern: new RegExp(`${L}(?:kan|can) give (?:information|adgang|access)${R}`, 'giu'),
    why: 'the old role phrases (information/adgang/access as something a person gives)',
  },
  { pattern: /\bgo[- ]between/giu, why: 'go-between for the bridge role (use bridge)' },
  {
    pattern: new RegExp(`${L}(?:[Tt]ag|tage|tager|taget|print|[Gg]ør|[Dd]in|kort|i gang med|fra|selv)\\s+test(?:en)?${R}`, 'gu'),
    why: 'the quiz called a test in Danish (use quizzen)',
  },
  {
    pattern: /\b(?:[Tt]ake|takes|took|taken|taking|[Tt]he|[Tt]his|[Yy]our|short)\s+test\b/gu,
    why: 'the quiz called a test in English (use quiz)',
  },
];

/** A string that is nothing but a retired role name (a label in a string module). */
const isRetiredLabel = (text: string) => new RegExp(`^\\s*(?:${retiredRoleNames.join('|')})\\s*$`, 'iu').test(text);

interface Finding {
  where: string;
  phrase: string;
  why: string;
}
const show = (f: Finding) => `${f.where}: “${f.phrase}” — ${f.why}`;

/** Every retired phrase in a text, once: where two rules match the same words, the first rule tells. */
function scanText(text: string, where: (index: number) => string): Finding[] {
  const found: (Finding & { start: number; end: number })[] = [];
  for (const { pattern, why } of retired) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ where: where(start), phrase: m[0].trim(), why, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ where, phrase, why }) => ({ where, phrase, why }));
}

function scanFile(path: string): Finding[] {
  const text = readFileSync(path, 'utf8');
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  return scanText(text, (i) => `${relative(root, path)}:${lineOf(i)}`);
}

/** Every string in a value, with the key path that leads to it. */
function* strings(value: unknown, path: string, seen = new Set<unknown>()): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const [key, v] of Object.entries(value)) yield* strings(v, `${path}.${key}`, seen);
  }
}

function scanModule(name: string, module: Record<string, unknown>): Finding[] {
  const found: Finding[] = [];
  for (const [exported, value] of Object.entries(module)) {
    for (const [path, text] of strings(value, `${name} ${exported}`)) {
      if (isRetiredLabel(text)) found.push({ where: path, phrase: text, why: 'a retired role name as a label' });
      found.push(...scanText(text, () => path));
    }
  }
  return found;
}

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => `${root}${dir}/${f}`)
    .sort();

const articles = files('src/content/articles', /\.mdx$/);
/** Workshop guide, about and glossary bodies, printed sheets, handouts, pages and islands. */
const otherText = [...files('src/components', /\.(mdx|astro|tsx|ts)$/), ...files('src/pages', /\.(astro|ts)$/)];
/** The UI string modules: all of `src/i18n`, the quiz bank, the vitality check and the workshop plans. */
const stringModules = import.meta.glob<Record<string, unknown>>(
  ['../../src/i18n/**/*.ts', '../../src/data/**/*.ts', '../../src/lib/workshop/plans/*.ts'],
  { eager: true },
);

describe('role labels, by key', () => {
  const expected: Record<
    'da' | 'en',
    { labels: Record<ContactRole, string>; marks: Record<ContactRole, string>; csv: Record<ContactRole, string> }
  > = {
    da: {
      labels: { information: 'Viden', goBetween: 'Bro', access: 'Døråbner' },
      marks: { information: 'V', goBetween: 'B', access: 'D' },
      csv: { information: 'viden', goBetween: 'bro', access: 'døråbner' },
    },
    en: {
      labels: { information: 'Knowledge', goBetween: 'Bridge', access: 'Door-opener' },
      marks: { information: 'K', goBetween: 'B', access: 'D' },
      csv: { information: 'knowledge', goBetween: 'bridge', access: 'door-opener' },
    },
  };

  it.each(['da', 'en'] as const)('use the decided words on screen, on paper and in the CSV (%s)', (lang) => {
    expect(contactStrings[lang].roles).toEqual(expected[lang].labels);
    expect(contactStrings[lang].roleMarks).toEqual(expected[lang].marks);
    expect(roleWords[lang]).toEqual(expected[lang].csv);
  });

  it.each(['da', 'en'] as const)('never name a role after a purpose: adgang/access is a purpose only (%s)', (lang) => {
    const purposeNames = purposes.map((p) => purposeProfiles[p].name[lang].toLowerCase());
    for (const r of roles) {
      expect(purposeNames).not.toContain(contactStrings[lang].roles[r].toLowerCase());
      expect(purposeNames).not.toContain(roleWords[lang][r]);
    }
  });
});

describe('retired words', () => {
  it('scans the string modules it should', () => {
    const names = Object.keys(stringModules);
    for (const expected of [
      'i18n/da.ts',
      'i18n/en.ts',
      'islands/contacts/da.ts',
      'islands/quiz/en.ts',
      'data/quiz/items.ts',
      'data/group/vitality.ts',
    ])
      expect(
        names.some((n) => n.endsWith(expected)),
        expected,
      ).toBe(true);
  });

  it('are not in UI strings (i18n modules, quiz bank, vitality check)', () => {
    const found = Object.entries(stringModules).flatMap(([path, module]) => scanModule(path.replace('../../', ''), module));
    expect(found.map(show)).toEqual([]);
  });

  it('are not in workshop, handout, glossary or page text', () => {
    expect(otherText.flatMap(scanFile).map(show)).toEqual([]);
  });

  it.each(articles.map((a) => [relative(root, a), a]))('are not in the article %s', (_, path) => {
    expect(scanFile(path).map(show)).toEqual([]);
  });

  it('leave ordinary prose alone', () => {
    const fine = [
      'Tit er det de løse bekendte, der bringer ny information ind.',
      'Acquaintances often bring in new information.',
      'Du søger adgang til nye mennesker.',
      'Et visitkort åbner ikke mange døre, og mange netværk dør stille.',
      'Vær selv en døråbner for andre.',
      'Every change is tested automatically. How we test. The tests run axe.',
      'Testen kører værktøjet axe på hver side.',
      'Introduce people to each other; it is a fine introduction to the field.',
      'Vi formidler ikke noget; vi skriver.',
    ];
    for (const text of fine) expect(scanText(text, () => 'example').map(show), text).toEqual([]);
  });

  it('catch the retired phrases', () => {
    const caught = [
      '3. **Dør:** Kan personen selv give dig adgang?',
      '1. **Information:** could they tell you something useful?',
      '2. **Introduction:** could they put you in touch?',
      '- Go-between: puts you in touch',
      'Kan give: information, formidling (kan bringe dig i kontakt) eller adgang.',
      'Spørg en formidler i dit netværk.',
      'Vær selv en dør for andre.',
      'I = kan give information',
      'Take the test and see.',
      'Tag testen “Hvad vil du have ud af netværk?”',
      'Dit resultat fra testen peger på læring.',
    ];
    for (const text of caught) expect(scanText(text, () => 'example').length, text).toBeGreaterThan(0);
    expect(isRetiredLabel('Go-between')).toBe(true);
    expect(isRetiredLabel('Bro')).toBe(false);
  });
});
