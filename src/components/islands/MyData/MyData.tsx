import { useStore } from '@nanostores/react';
import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { useHydrated } from '../shared/useClientValue';
import { fill } from '../../../i18n/fill';
import type { MyDataStrings } from '../../../i18n/islands/myData';
import { intlLocale, type Locale } from '../../../i18n/locales';
import {
  buildBackup,
  checkImportSize,
  needsExportReminder,
  parseBackupText,
  type BackupEntry,
  type BackupProblem,
} from '../../../lib/storage/backup';
import { $exerciseDocStates, exerciseDocs, serverExerciseDocStates } from '../../../stores/exercises';
import type { AddressBook } from '../../../lib/contacts/addressBook/types';
import { roomForBook } from '../../../stores/addressBook';
import { draftsDoc } from '../../../stores/drafts';
import { $meta, metaDoc, recordExport, type Meta } from '../../../stores/meta';
import { CHECKING_STATUS } from '../../../stores/persist';
import { datedFilename, downloadText } from '../shared/download';
import { ExerciseTable } from './ExerciseTable';
import { loadWords, planImport, type ExerciseId, type ImportState, type Words } from './planImport';
import '../shared/islands.css';
import './my-data.css';

interface Props {
  lang: Locale;
  strings: MyDataStrings;
}

const SERVER_META: Meta = {};
const SERVER_DOC_STATES = serverExerciseDocStates(CHECKING_STATUS);

export default function MyData({ lang, strings: s }: Props) {
  const meta = useStore($meta, { ssr: () => SERVER_META });
  const docStates = useStore($exerciseDocStates, { ssr: () => SERVER_DOC_STATES });
  const statuses = docStates.map((d) => d.status);
  const datas = docStates.map((d) => d.data);
  const [exported, setExported] = useState(false);
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleted, setDeleted] = useState(false);
  // False on the server and until hydration: controls stay disabled so no choice is lost before the island runs.
  const live = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const focusRef = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    focusRef.current?.focus();
    focusRef.current = null;
  }, [importState, confirmDelete, deleted]);
  /** The ref of what takes focus when it appears after the reader acts: the problems, the preview, the delete question. */
  const takeFocus = (el: HTMLElement | null) => void (focusRef.current ??= el);

  const locale = intlLocale(lang);
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const lastChangeAt = statuses
    .map((st) => st.savedAt)
    .filter((x): x is string => !!x)
    .sort()
    .pop();
  const anyStored = statuses.some((st) => st.save === 'saved' || st.save === 'unsaved' || st.save === 'memory');
  const remind = live && needsExportReminder(meta.lastExportAt, lastChangeAt, new Date());

  function exportAll() {
    const stores: Record<string, BackupEntry> = {};
    exerciseDocs.forEach(({ id, doc }) => {
      const d = doc.$doc.get();
      if (d.status === 'ok') stores[id] = { version: doc.spec.version, savedAt: d.savedAt, data: d.data };
    });
    const at = new Date();
    downloadText(datedFilename('data', 'json', at), JSON.stringify(buildBackup(stores, at), null, 2));
    recordExport(at);
    setExported(true);
  }

  const describeProblem = (words: Words, p: BackupProblem): string =>
    words.describeBackupProblem(p, lang, (kind) => s.names[kind as ExerciseId] ?? kind);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setDeleted(false);
    if (!file) return;
    const words = await loadWords();
    // Check the size before reading a single byte.
    const sizeProblem = checkImportSize(file.size);
    const next: ImportState = sizeProblem
      ? { step: 'problems', messages: [describeProblem(words, sizeProblem)] }
      : await (async () => {
          const parsed = parseBackupText(
            await file.text(),
            exerciseDocs.map((e) => e.id),
          );
          return parsed.ok
            ? planImport(words, lang, s, parsed.file, parsed.unknownKinds)
            : { step: 'problems' as const, messages: parsed.problems.map((p) => describeProblem(words, p)) };
        })();
    setImportState(next);
  }

  function confirmImport() {
    if (importState.step !== 'preview') return;
    const values = importState.rows.map(({ doc, data }) => {
      const current = doc.$doc.get();
      return mode === 'merge' && current.status === 'ok' && doc.spec.merge ? doc.spec.merge(current.data, data) : data;
    });
    // An address book can outgrow the browser's storage: checked before anything is written.
    const book = values[importState.rows.findIndex((r) => r.id === 'addressBook')];
    const room = book ? roomForBook(book as AddressBook) : null;
    if (room?.ok === false && room.reason === 'full') {
      const mb = (n: number) => n.toLocaleString(locale);
      return endImport({ step: 'problems', messages: [fill(s.bookNoRoom, { needed: mb(room.needed), free: mb(room.free) })] });
    }
    importState.rows.forEach(({ doc }, i) => doc.replace(values[i]));
    endImport({ step: 'done' });
  }

  function deleteAll() {
    for (const { doc } of exerciseDocs) {
      doc.clear();
      doc.dismissBackup();
    }
    metaDoc.clear();
    // Half-typed text goes too: "delete all" leaves nothing the reader wrote in this browser.
    draftsDoc.clear();
    setConfirmDelete(false);
    setDeleted(true);
  }

  /** Done or cancelled: the file input is emptied, so the same file can be chosen again. */
  function endImport(next: ImportState) {
    if (fileRef.current) fileRef.current.value = '';
    setImportState(next);
  }

  return (
    <div className="my-data" data-pagefind-ignore="all">
      <section aria-labelledby="stored-heading">
        <h2 id="stored-heading">{s.storedTitle}</h2>
        <ExerciseTable
          head={[s.exercise, s.records, s.lastSaved]}
          rows={exerciseDocs.map(({ id, doc }, i) => {
            const st = statuses[i]!;
            const checking = st.save === 'checking';
            return {
              name: s.names[id],
              cells: [checking ? '…' : doc.spec.count(datas[i]), checking ? s.checking : st.savedAt ? when(st.savedAt) : s.nothing],
            };
          })}
        />
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{s.exportTitle}</h2>
        <p>{s.exportText}</p>
        {meta.lastExportAt ? (
          <p className={remind ? 'notice notice--warn' : 'my-data__export-state'}>
            {fill(s.lastExport, { date: when(meta.lastExportAt) })} {remind ? s.reminder : ''}
          </p>
        ) : (
          <p className={anyStored ? 'notice notice--warn' : 'my-data__export-state'}>{s.neverExported}</p>
        )}
        <button type="button" onClick={exportAll} disabled={!live}>
          {s.exportButton}
        </button>
        <p role="status" className="my-data__status">
          {exported ? s.exported : ''}
        </p>
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{s.importTitle}</h2>
        <p>{s.importText}</p>
        <label htmlFor="my-data-file">{s.importLabel}</label>
        <input id="my-data-file" ref={fileRef} type="file" accept=".json,application/json" onChange={onFile} disabled={!live} />
        {importState.step === 'problems' && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={takeFocus}>
            <h3>{s.problemTitle}</h3>
            <ul>
              {importState.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
            <p>{s.nothingChanged}</p>
          </div>
        )}
        {importState.step === 'preview' && (
          <div className="my-data__preview">
            <h3 tabIndex={-1} ref={takeFocus}>
              {s.previewTitle}
            </h3>
            {importState.notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
            <ExerciseTable
              head={[s.exercise, s.now, s.inFile]}
              rows={importState.rows.map((r) => ({ name: s.names[r.id], cells: [r.current, r.incoming] }))}
            />
            <fieldset>
              <legend>{s.modeLegend}</legend>
              <label>
                <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {s.modeReplace}
              </label>
              <label>
                <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {s.modeMerge}
              </label>
            </fieldset>
            <div className="button-row">
              <button type="button" onClick={confirmImport}>
                {s.confirmImport}
              </button>
              <button type="button" className="secondary" onClick={() => endImport({ step: 'idle' })}>
                {s.cancel}
              </button>
            </div>
          </div>
        )}
        <p role="status" className="my-data__status">
          {importState.step === 'done' ? s.imported : ''}
        </p>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{s.deleteTitle}</h2>
        <p>{s.deleteText}</p>
        {!confirmDelete ? (
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)} disabled={!live}>
            {s.deleteButton}
          </button>
        ) : (
          <div className="notice notice--warn" role="group" aria-labelledby="delete-confirm-text">
            <p id="delete-confirm-text" tabIndex={-1} ref={takeFocus}>
              {s.deleteConfirm}
            </p>
            <div className="button-row">
              <button type="button" className="danger" onClick={deleteAll}>
                {s.deleteYes}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                {s.cancel}
              </button>
            </div>
          </div>
        )}
        <p role="status" className="my-data__status">
          {deleted ? s.deleted : ''}
        </p>
      </section>
    </div>
  );
}
