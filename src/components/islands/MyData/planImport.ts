import { fill } from '../../../i18n/fill';
import type { MyDataStrings } from '../../../i18n/islands/myData';
import type { Locale } from '../../../i18n/locales';
import type { AddressBook } from '../../../lib/contacts/addressBook/types';
import type { ContactState } from '../../../lib/contacts/state';
import type { BackupFile } from '../../../lib/storage/backup';
import { exerciseDocs } from '../../../stores/exercises';
import type { PersistentDoc } from '../../../stores/persist';

export type ExerciseId = (typeof exerciseDocs)[number]['id'];
export interface PlanRow {
  id: ExerciseId;
  doc: PersistentDoc<unknown>;
  current: number;
  incoming: number;
  data: unknown;
}
export type ImportState =
  { step: 'idle' } | { step: 'problems'; messages: string[] } | { step: 'preview'; rows: PlanRow[]; notes: string[] } | { step: 'done' };

/** Problems in the reader's language, loaded only when a file is checked. */
export const loadWords = () => import('../../../i18n/fileProblems');
export type Words = Awaited<ReturnType<typeof loadWords>>;

/** How many records an exercise holds in this browser now. */
const storedCount = (doc: PersistentDoc<unknown>) => {
  const current = doc.$doc.get();
  return current.status === 'ok' ? doc.spec.count(current.data) : 0;
};

/** Checks every exercise in a backup file: the problems, or the preview of what it will change. */
export async function planImport(
  words: Words,
  lang: Locale,
  s: MyDataStrings,
  file: BackupFile,
  unknownKinds: string[],
): Promise<ImportState> {
  const messages: string[] = [];
  const rows: PlanRow[] = [];
  for (const { id, doc } of exerciseDocs) {
    const entry = file.stores[id];
    if (!entry) continue;
    const checked = await doc.check(entry.version, entry.data);
    if (!checked.ok) {
      messages.push(...words.describeEntryFailure(checked, id, lang, s.names[id], entry.version > doc.spec.version));
      continue;
    }
    rows.push({ id, doc, data: checked.data, current: storedCount(doc), incoming: doc.spec.count(checked.data) });
  }
  if (messages.length) return { step: 'problems', messages };
  await moveOldImports(file.formatVersion, rows);
  const notes = unknownKinds.length ? [fill(s.unknownKinds, { kinds: unknownKinds.join(', ') })] : [];
  return { step: 'preview', rows, notes };
}

/**
 * A file from before the address book (format 1) had imported people on the map: the unrated ones
 * go to the address book instead (see `upgradeOldBackup`), so the map shows the people chosen.
 */
async function moveOldImports(formatVersion: number, rows: PlanRow[]) {
  const mapRow = rows.find((r) => r.id === 'contactMap');
  if (formatVersion >= 2 || !mapRow) return;
  const { upgradeOldBackup } = await import('../../../lib/contacts/addressBook/split');
  const bookRow = rows.find((r) => r.id === 'addressBook');
  const up = upgradeOldBackup(formatVersion, mapRow.data as ContactState, bookRow?.data as AddressBook | undefined);
  if (!up.moved) return;
  mapRow.data = up.map;
  mapRow.incoming = mapRow.doc.spec.count(up.map);
  const doc = exerciseDocs.find((e) => e.id === 'addressBook')!.doc;
  const book: PlanRow = bookRow ?? { id: 'addressBook', doc, data: up.book, current: storedCount(doc), incoming: 0 };
  book.data = up.book;
  book.incoming = doc.spec.count(up.book);
  if (!bookRow) rows.splice(rows.indexOf(mapRow) + 1, 0, book);
}
