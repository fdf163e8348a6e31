import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { entryFromImport } from '../../../lib/contacts/addressBook/book';
import { bookLimits, type AddressBook } from '../../../lib/contacts/addressBook/types';
import type { ContactsFileFormat } from '../../../lib/contacts/formats';
import type { ImportedPerson } from '../../../lib/contacts/formats/result';
import { mergeContactStates, mergeDrafts } from '../../../lib/contacts/merge';
import { listPeople, type ContactState } from '../../../lib/contacts/state';
import { limits } from '../../../lib/contacts/types';
import type { BackupFile } from '../../../lib/storage/backup';
import { contactDoc, importDrafts } from '../../../stores/contacts';
import { intlLocale } from '../../../lib/site/locale';

/**
 * What loading a contacts file will do, worked out before anything changes, and the action that does
 * it. A list of people (LinkedIn, vCard, a plain spreadsheet) goes to the address book; the reader's
 * own map (a .json file, or a spreadsheet with ratings in it) goes to the map.
 */
export interface ImportPlan {
  format: ContactsFileFormat;
  /** What the preview says, one sentence each. */
  lines: string[];
  examples: string[];
  /** What the reader should check in the result (rows left out, text cut), in their language. */
  warnings: string[];
  /** E-mail addresses in the file (offered as "keep them" when there are any). */
  emails: number;
  /** People that "add all to the map" would add (0: not offered, the file is not a short list). */
  addAll: number;
  /** Whether people go to the address book (the reader is then shown the way there). */
  toBook: boolean;
  apply(choice: { keepEmails: boolean; addAll: boolean }): Outcome;
}
export type Outcome = { ok: true; message: string } | { ok: false; problem: string };

const loadBook = async () => {
  const book = await import('../../../stores/addressBook');
  await book.addressBookDoc.ready;
  return book;
};
type BookStore = Awaited<ReturnType<typeof loadBook>>;

/** Numbers as the reader writes them: "30.000" in Danish, "30,000" in English. */
const number = (n: number, lang: 'da' | 'en') => n.toLocaleString(intlLocale(lang));
const megabytes = number;

function bookProblem(s: ContactStrings, lang: 'da' | 'en', w: Extract<ReturnType<BookStore['writeBook']>, { ok: false }>): Outcome {
  return {
    ok: false,
    problem:
      w.reason === 'full'
        ? fill(s.addressBook.storageFull, { needed: megabytes(w.needed, lang), free: megabytes(w.free, lang) })
        : s.addressBook.locked,
  };
}

/** Whether a spreadsheet carries the reader's own ratings (a map they exported), not just a list of people. */
const hasRatings = (p: ImportedPerson) =>
  p.closeness !== null || p.roles.length > 0 || p.connector || p.peer || p.lastContact !== null || p.nextStep !== '' || p.notes !== '';

/** People read from a file: into the address book, unless it is the reader's own rated map. */
export async function planPeopleImport(
  s: ContactStrings,
  lang: 'da' | 'en',
  format: ContactsFileFormat,
  people: ImportedPerson[],
  state: ContactState,
): Promise<ImportPlan> {
  const examples = people.slice(0, 3).map((p) => p.name);
  if (format === 'csv' && people.some(hasRatings)) {
    let n = 0;
    const dry = mergeDrafts(state, people, () => `preview-${n++}`, new Date());
    const lines = [fill(s.importPreview, { total: people.length, added: dry.added, merged: dry.merged })];
    if (dry.skipped) lines.push(fill(s.importPreviewSkipped, { n: dry.skipped, limit: limits.people }));
    return {
      format,
      lines,
      examples,
      warnings: [],
      emails: 0,
      addAll: 0,
      toBook: false,
      apply: () => {
        const done = importDrafts(people);
        return done ? { ok: true, message: fill(s.importDone, done) } : { ok: false, problem: s.importCancelled };
      },
    };
  }
  const book = await loadBook();
  const linkedIn = format === 'linkedin';
  const plan = book.planBookImport(people, false, linkedIn);
  const lines = [
    fill(s.addressBook.importPreview, {
      total: number(people.length, lang),
      added: number(plan.added, lang),
      merged: number(plan.merged, lang),
    }),
  ];
  if (plan.skipped)
    lines.push(fill(s.addressBook.importSkipped, { n: number(plan.skipped, lang), limit: number(bookLimits.people, lang) }));
  return {
    format,
    lines,
    examples,
    warnings: [],
    emails: people.filter((p) => p.email).length,
    addAll: people.length <= bookLimits.addAllToMap ? people.length : 0,
    toBook: true,
    apply: ({ keepEmails, addAll }) => {
      const written = book.applyBookImport(keepEmails ? book.planBookImport(people, true, linkedIn) : plan, people, keepEmails, linkedIn);
      if (!written.ok) return bookProblem(s, lang, written);
      if (!addAll)
        return {
          ok: true,
          message: fill(s.addressBook.importDone, { added: number(written.added, lang), merged: number(written.merged, lang) }),
        };
      const onMap = book.addToMap(people.map((p) => ({ ...entryFromImport(p, false, linkedIn), notes: p.notes })));
      return {
        ok: true,
        message: fill(s.addressBook.importDoneMap, {
          added: number(written.added, lang),
          merged: number(written.merged, lang),
          onMap: onMap?.added ?? 0,
        }),
      };
    },
  };
}

/**
 * A Netværkskompasset file: its map is merged with the one here, its address book with the address
 * book here. A file from before the address book (format 1) has its unrated imports moved to the book.
 */
export async function planBackupImport(
  s: ContactStrings,
  lang: 'da' | 'en',
  file: BackupFile,
  map: ContactState | undefined,
  fileBook: AddressBook | undefined,
  state: ContactState,
): Promise<ImportPlan> {
  const { upgradeOldBackup } = await import('../../../lib/contacts/addressBook/split');
  const up = upgradeOldBackup(file.formatVersion, map, fileBook);
  const incoming = up.map;
  const lines: string[] = [];
  if (incoming) {
    const merged = mergeContactStates(state, incoming);
    const added = merged.order.length - state.order.length;
    lines.push(fill(s.importPreview, { total: incoming.order.length, added, merged: incoming.order.length - added }));
    if (incoming.goal.kind !== null) lines.push(s.importPreviewGoal);
  }
  if (up.moved) lines.push(fill(s.addressBook.fileMoved, { n: up.moved }));
  if (up.book) lines.push(fill(s.addressBook.fileBook, { n: up.book.people.length }));
  const book = up.book ? await loadBook() : null;
  return {
    format: 'json',
    lines,
    examples: incoming
      ? listPeople(incoming)
          .slice(0, 3)
          .map((p) => p.name)
      : [],
    warnings: [],
    emails: 0,
    addAll: 0,
    toBook: up.book !== undefined && up.book !== null,
    apply: () => {
      if (book && up.book) {
        const written = book.writeBook(book.addressBookDoc.spec.merge!(book.$addressBook.get(), up.book));
        if (!written.ok) return bookProblem(s, lang, written);
      }
      let counts = { added: 0, merged: 0 };
      if (incoming) {
        const ok = contactDoc.update((current) => {
          const next = mergeContactStates(current, incoming);
          const added = next.order.length - current.order.length;
          counts = { added, merged: incoming.order.length - added };
          return next;
        });
        if (!ok) return { ok: false, problem: s.importCancelled };
      }
      return { ok: true, message: fill(s.importDone, counts) };
    },
  };
}
