import type { WorksheetFileProblem } from '../lib/group/file';
import { formatSizeAgainstLimit } from '../lib/fileSize';
import type { BackupProblem } from '../lib/storage/backup';
import type { UpgradeResult } from '../lib/storage/envelope';
import type { DataIssue } from '../lib/storage/issues';
import { fill } from './fill';
import { fileProblemStrings, type ImportKind } from './islands/fileProblems';
import type { Locale } from './locales';
import { intlLocale } from '../lib/site/locale';

/**
 * Import problems in the reader's language: every code the file readers return, as a whole sentence
 * from `islands/fileProblems.ts`. No zod message, schema path or English fragment reaches the reader.
 * Pure; the islands load this module when a file is checked.
 */
export type { ImportKind };

/** At most this many sentences about one file's data; the rest are counted. */
const MAX_SENTENCES = 5;

const count = (n: number, lang: Locale) => new Intl.NumberFormat(intlLocale(lang)).format(n);

/**
 * The reader's name for a field: the longest tail of its path that has one (`people.p1.name` → "Navn"),
 * else the longest head (`answers.q01` → "Dine svar"); record keys and list positions have none.
 */
function fieldName(field: readonly string[], kind: ImportKind, lang: Locale): string | undefined {
  const names = fileProblemStrings[lang].fields[kind];
  for (let i = 0; i < field.length; i++) {
    const name = names[field.slice(i).join('.')];
    if (name) return name;
  }
  for (let i = field.length - 1; i > 0; i--) {
    const name = names[field.slice(0, i).join('.')];
    if (name) return name;
  }
  return undefined;
}

/** One data issue as a sentence. */
export function describeDataIssue(issue: DataIssue, kind: ImportKind, lang: Locale): string {
  const s = fileProblemStrings[lang];
  const field = fieldName(issue.field, kind, lang);
  switch (issue.code) {
    case 'too-many': {
      const list = issue.field[issue.field.length - 1] ?? '';
      return fill(s.issues.tooMany, { limit: count(issue.limit, lang), items: s.items[kind][list] ?? s.items.other });
    }
    case 'too-long':
      return fill(field ? s.issues.tooLong : s.issues.tooLongSomewhere, { field: field ?? '', limit: count(issue.limit, lang) });
    case 'empty':
      return field ? fill(s.issues.empty, { field }) : s.issues.emptySomewhere;
    case 'invalid':
      return field ? fill(s.issues.invalid, { field }) : s.issues.invalidSomewhere;
  }
}

/** Data issues as sentences, each said once, at most five and a count of the rest. */
export function describeDataIssues(issues: readonly DataIssue[], kind: ImportKind, lang: Locale): string[] {
  const sentences = [...new Set(issues.map((i) => describeDataIssue(i, kind, lang)))];
  if (sentences.length <= MAX_SENTENCES) return sentences;
  return [
    ...sentences.slice(0, MAX_SENTENCES),
    fill(fileProblemStrings[lang].andMore, { n: count(sentences.length - MAX_SENTENCES, lang) }),
  ];
}

/** Why one exercise's data could not be used (a failed `PersistentDoc.check`), as sentences. */
export function describeCheckFailure(
  failure: Extract<UpgradeResult<unknown>, { ok: false }>,
  kind: ImportKind,
  lang: Locale,
  newer = false,
): string[] {
  const s = fileProblemStrings[lang];
  if (newer) return [s.entryNewer];
  if (failure.problems?.length) return describeDataIssues(failure.problems, kind, lang);
  return [s.entryUnreadable];
}

/** A file that is too large, with both sizes as precise as it takes to tell them apart. */
export function describeTooLarge(bytes: number, limit: number, lang: Locale): string {
  return fill(fileProblemStrings[lang].tooLarge, formatSizeAgainstLimit(bytes, limit, lang));
}

/** What can be wrong with any JSON file we read, whatever it should hold. */
type JsonFileProblem = Extract<
  BackupProblem | WorksheetFileProblem,
  { code: 'too-large' | 'empty' | 'not-json' | 'forbidden-key' | 'newer-format' }
>;

function describeJsonFileProblem(p: JsonFileProblem, lang: Locale): string {
  const s = fileProblemStrings[lang];
  switch (p.code) {
    case 'too-large':
      return describeTooLarge(p.bytes, p.limit, lang);
    case 'empty':
      return s.empty;
    case 'not-json':
      return s.notJson;
    case 'forbidden-key':
      return fill(s.forbiddenKey, { key: p.key });
    case 'newer-format':
      return s.newerFormat;
  }
}

/** A "My data" backup's problem; `exercise` names a kind of data ("Netværkskort"). */
export function describeBackupProblem(p: BackupProblem, lang: Locale, exercise: (kind: string) => string): string {
  const s = fileProblemStrings[lang];
  switch (p.code) {
    case 'not-backup':
      return s.notBackup;
    case 'entry':
      return fill(s.entry, {
        exercise: exercise(p.kind),
        problem: fill(s.entryField, { field: s.entryFields[p.field] ?? s.entryFields['']! }),
      });
    default:
      return describeJsonFileProblem(p, lang);
  }
}

/** A group worksheet file's problem. */
export function describeWorksheetFileProblem(p: WorksheetFileProblem, lang: Locale): string {
  const s = fileProblemStrings[lang];
  switch (p.code) {
    case 'not-text':
      return s.notText;
    case 'not-worksheet-file':
      return p.is === 'backup' ? fill(s.backupNotWorksheet, { page: s.page }) : fill(s.notWorksheet, { button: s.button });
    case 'invalid-worksheet':
      return fill(s.invalidWorksheet, {
        problems: describeDataIssues(p.fields, 'groupPurpose', lang).join(' ') || s.issues.invalidSomewhere,
      });
    case 'no-checks':
      return s.noChecks;
    case 'too-many-worksheets':
      return fill(s.tooManyWorksheets, { limit: count(p.limit, lang) });
    case 'id-conflict':
      return s.idConflict;
    default:
      return describeJsonFileProblem(p, lang);
  }
}

/** One exercise's part of a backup that cannot be used, as sentences after the exercise's name. */
export function describeEntryFailure(
  failure: Extract<UpgradeResult<unknown>, { ok: false }>,
  kind: ImportKind,
  lang: Locale,
  exercise: string,
  newer = false,
): string[] {
  const { entry } = fileProblemStrings[lang];
  return describeCheckFailure(failure, kind, lang, newer).map((problem) => fill(entry, { exercise, problem }));
}
