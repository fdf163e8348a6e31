import { lazy, Suspense, useRef, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { listPeople, type ContactState } from '../../../lib/contacts/state';
import type { AddressBook } from '../../../lib/contacts/addressBook/types';
import type { BackupEntry } from '../../../lib/storage/backup';
import { contactDoc } from '../../../stores/contacts';
import type { ImportPlan } from './planImport';
import { Field, Section } from './labelled';

/** The preview of a file, loaded with the file's reader (after the reader has chosen a file). */
const ImportPreview = lazy(() => import('./ImportPreview'));

/** Contact files can be larger than other exports: a phone's vCards carry photos, LinkedIn's 30,000 rows about 5 MB. */
const MAX_CONTACT_FILE_BYTES = 16 * 1024 * 1024;

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  state: ContactState;
  live: boolean;
  onMessage(message: string): void;
}

/**
 * 7. Download everything (JSON, the map and the address book) or the map as a spreadsheet (CSV); load
 * JSON, CSV, LinkedIn or vCard files after a preview. Lists of people go to the address book.
 */
export function Files({ strings: s, lang, state, live, onMessage }: Props) {
  const [preview, setPreview] = useState<ImportPlan | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const exportJson = async () => {
    const doc = contactDoc.$doc.get();
    const savedAt = doc.status === 'ok' ? doc.savedAt : new Date().toISOString();
    const stores: Record<string, BackupEntry> = { contactMap: { version: contactDoc.spec.version, savedAt, data: state } };
    const { addressBookDoc } = await import('../../../stores/addressBook');
    await addressBookDoc.ready;
    const book = addressBookDoc.$doc.get();
    if (book.status === 'ok') stores.addressBook = { version: addressBookDoc.spec.version, savedAt: book.savedAt, data: book.data };
    const [{ buildBackup }, { datedFilename, downloadText }] = await Promise.all([
      import('../../../lib/storage/backup'),
      import('../shared/download'),
    ]);
    const file = buildBackup(stores, new Date());
    downloadText(datedFilename(lang === 'da' ? 'netvaerkskort' : 'contact-map', 'json'), `${JSON.stringify(file, null, 1)}\n`);
  };
  const exportCsv = async () => {
    const [{ peopleToCsv }, { datedFilename, downloadText }] = await Promise.all([
      import('../../../lib/contacts/formats'),
      import('../shared/download'),
    ]);
    downloadText(datedFilename(lang === 'da' ? 'netvaerkskort' : 'contact-map', 'csv'), peopleToCsv(listPeople(state), lang), 'text/csv');
  };

  const fail = (reason: string) => {
    setPreview(null);
    setProblem(fill(s.importProblem, { reason }));
    if (input.current) input.current.value = '';
  };

  // Each file's preview starts afresh (its choices unticked, focus on its heading).
  const [previewKey, setPreviewKey] = useState(0);
  // After an import into the address book, the way there: this section is at the foot of the page.
  const [landedInBook, setLandedInBook] = useState(false);
  const show = (plan: ImportPlan) => {
    setLandedInBook(false);
    setPreviewKey((n) => n + 1);
    setPreview(plan);
  };

  // Sizes in words are needed only for a file that is too big: their code is fetched then (the service worker has it).
  const tooBig = async (bytes: number, limit: number) =>
    fill(s.importTooBig, (await import('../../../lib/fileSize')).formatSizeAgainstLimit(bytes, limit, lang));

  const read = async (file: File) => {
    setProblem('');
    setPreview(null);
    if (file.size > MAX_CONTACT_FILE_BYTES) return fail(await tooBig(file.size, MAX_CONTACT_FILE_BYTES));
    if (file.size === 0) return fail(s.parseErrors.empty ?? '');
    setBusy(true);
    try {
      const formats = await import('../../../lib/contacts/formats');
      const plans = await import('./planImport');
      const text = formats.decodeContactsFile(new Uint8Array(await file.arrayBuffer()));
      const format = formats.detectFormat(file.name, text);
      if (format === 'unknown') return fail(s.importUnknown);
      if (format === 'json') return await readJson(text, plans);
      const result =
        format === 'linkedin'
          ? formats.parseLinkedInCsv(text)
          : format === 'vcard'
            ? formats.parseVCards(text)
            : formats.parseContactsCsv(text);
      if (!result.ok) return fail(fill(s.parseErrors[result.error.code] ?? s.parseErrors.unreadable!, { ...result.error }));
      const plan = await plans.planPeopleImport(s, lang, format, result.people, state);
      const warnings = result.warnings.map((w) => fill(s.parseWarnings[w.code] ?? w.code, { ...w }));
      show({ ...plan, warnings });
    } catch {
      fail(s.parseErrors.unreadable ?? '');
    } finally {
      setBusy(false);
    }
  };

  const readJson = async (text: string, plans: typeof import('./planImport')) => {
    const { parseBackupText } = await import('../../../lib/storage/backup');
    const parsed = parseBackupText(text, ['contactMap', 'addressBook']);
    const words = await import('../../../i18n/fileProblems');
    if (!parsed.ok) {
      const p = parsed.problems[0];
      if (p?.code === 'too-large') return fail(await tooBig(p.bytes, p.limit));
      if (!p || p.code === 'not-json' || p.code === 'not-backup') return fail(s.importUnknown);
      if (p.code === 'entry') return fail(s.importInvalid);
      return fail(words.describeBackupProblem(p, lang, () => ''));
    }
    const { contactMap: mapEntry, addressBook: bookEntry } = parsed.file.stores;
    if (!mapEntry && !bookEntry) return fail(s.importNotOurs);
    let map: ContactState | undefined;
    if (mapEntry) {
      const checked = await contactDoc.check(mapEntry.version, mapEntry.data);
      if (!checked.ok) {
        const why = words.describeCheckFailure(checked, 'contactMap', lang, mapEntry.version > contactDoc.spec.version);
        return fail([s.importInvalid, ...why].join(' '));
      }
      map = checked.data;
    }
    let book: AddressBook | undefined;
    if (bookEntry) {
      const { addressBookDoc } = await import('../../../stores/addressBook');
      const checked = await addressBookDoc.check(bookEntry.version, bookEntry.data);
      if (!checked.ok) return fail(s.importInvalid);
      book = checked.data;
    }
    show(await plans.planBackupImport(s, lang, parsed.file, map, book, state));
  };

  const close = (message: string) => {
    setPreview(null);
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
    onMessage(message);
  };

  return (
    <Section id="cm-files" className="no-print" title={s.filesTitle}>
      <p>{s.filesIntro}</p>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => void exportJson()} disabled={!live || state.order.length === 0}>
          {s.exportJson}
        </button>
        <button type="button" className="secondary" onClick={() => void exportCsv()} disabled={!live || state.order.length === 0}>
          {s.exportCsv}
        </button>
      </div>
      <Field id="cm-import" label={s.importLabel}>
        <input
          ref={input}
          id="cm-import"
          type="file"
          accept=".json,.csv,.vcf,.txt,application/json,text/csv,text/vcard,text/x-vcard"
          disabled={!live || busy}
          aria-describedby={problem ? 'cm-import-problem' : undefined}
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void read(file);
          }}
        />
      </Field>
      <div role="status">{busy ? <p>{s.importReading}</p> : null}</div>
      <div role="alert">
        {problem && (
          <p className="field-error" id="cm-import-problem">
            {problem}
          </p>
        )}
      </div>
      {landedInBook && !preview && (
        <p>
          <a href="#cm-book-heading">{s.addressBook.goToBook}</a>
        </p>
      )}
      {preview && (
        <Suspense fallback={null}>
          <ImportPreview
            key={previewKey}
            strings={s}
            plan={preview}
            live={live}
            onDone={(done) => {
              if (!done.ok) return fail(done.problem);
              setLandedInBook(preview.toBook);
              close(done.message);
            }}
            onCancel={() => close(s.importCancelled)}
          />
        </Suspense>
      )}
    </Section>
  );
}
