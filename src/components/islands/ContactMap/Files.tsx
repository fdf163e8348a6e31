import { useLayoutEffect, useRef, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { listPeople, mergeContactStates, mergeDrafts, type ContactState } from '../../../lib/contacts/state';
import type { ContactsFileFormat } from '../../../lib/contacts/formats';
import { limits, type PersonDraft } from '../../../lib/contacts/types';
import { formatSizeAgainstLimit } from '../../../lib/fileSize';
import { buildBackup, parseBackupText } from '../../../lib/storage/backup';
import { contactDoc, deleteAllContacts, importDrafts } from '../../../stores/contacts';
import { datedFilename, downloadText } from '../shared/download';

/** Contact files can be larger than other exports: a phone's vCards carry photos. */
const MAX_CONTACT_FILE_BYTES = 10 * 1024 * 1024;

interface Preview {
  format: ContactsFileFormat;
  total: number;
  added: number;
  merged: number;
  skipped: number;
  examples: string[];
  warnings: string[];
  hasGoal: boolean;
  apply(): { added: number; merged: number } | null;
}

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  state: ContactState;
  live: boolean;
  onMessage(message: string): void;
}

/** 7. Download everything (JSON) or a spreadsheet (CSV); load JSON, CSV, LinkedIn or vCard files after a preview. */
export function Files({ strings: s, lang, state, live, onMessage }: Props) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const exportJson = () => {
    const doc = contactDoc.$doc.get();
    const savedAt = doc.status === 'ok' ? doc.savedAt : new Date().toISOString();
    const file = buildBackup({ contactMap: { version: contactDoc.spec.version, savedAt, data: state } }, new Date());
    downloadText(datedFilename(lang === 'da' ? 'netvaerkskort' : 'contact-map', 'json'), `${JSON.stringify(file, null, 1)}\n`);
  };
  const exportCsv = async () => {
    const { peopleToCsv } = await import('../../../lib/contacts/formats');
    downloadText(datedFilename(lang === 'da' ? 'netvaerkskort' : 'contact-map', 'csv'), peopleToCsv(listPeople(state), lang), 'text/csv');
  };

  const fail = (reason: string) => {
    setPreview(null);
    setProblem(fill(s.importProblem, { reason }));
    if (input.current) input.current.value = '';
  };

  const read = async (file: File) => {
    setProblem('');
    setPreview(null);
    if (file.size > MAX_CONTACT_FILE_BYTES)
      return fail(fill(s.importTooBig, formatSizeAgainstLimit(file.size, MAX_CONTACT_FILE_BYTES, lang)));
    if (file.size === 0) return fail(s.parseErrors.empty ?? '');
    setBusy(true);
    try {
      const formats = await import('../../../lib/contacts/formats');
      const text = formats.decodeContactsFile(new Uint8Array(await file.arrayBuffer()));
      const format = formats.detectFormat(file.name, text) as ContactsFileFormat;
      if (format === 'unknown') return fail(s.importUnknown);
      if (format === 'json') return await readJson(text);
      const result =
        format === 'linkedin'
          ? formats.parseLinkedInCsv(text)
          : format === 'vcard'
            ? formats.parseVCards(text)
            : formats.parseContactsCsv(text);
      if (!result.ok) return fail(fill(s.parseErrors[result.error.code] ?? s.parseErrors.unreadable!, { ...result.error }));
      showDrafts(
        format,
        result.people,
        result.warnings.map((w) => fill(s.parseWarnings[w.code] ?? w.code, { ...w })),
      );
    } catch {
      fail(s.parseErrors.unreadable ?? '');
    } finally {
      setBusy(false);
    }
  };

  const showDrafts = (format: ContactsFileFormat, drafts: PersonDraft[], warnings: string[]) => {
    let n = 0;
    const dry = mergeDrafts(state, drafts, () => `preview-${n++}`, new Date());
    setPreview({
      format,
      total: drafts.length,
      added: dry.added,
      merged: dry.merged,
      skipped: dry.skipped,
      examples: drafts.slice(0, 3).map((d) => d.name),
      warnings,
      hasGoal: false,
      apply: () => importDrafts(drafts),
    });
  };

  const readJson = async (text: string) => {
    const parsed = parseBackupText(text, ['contactMap']);
    const words = await import('../../../i18n/fileProblems');
    if (!parsed.ok) {
      const p = parsed.problems[0];
      if (p?.code === 'too-large') return fail(fill(s.importTooBig, formatSizeAgainstLimit(p.bytes, p.limit, lang)));
      if (!p || p.code === 'not-json' || p.code === 'not-backup') return fail(s.importUnknown);
      if (p.code === 'entry') return fail(s.importInvalid);
      return fail(words.describeBackupProblem(p, lang, () => ''));
    }
    const entry = parsed.file.stores.contactMap;
    if (!entry) return fail(s.importNotOurs);
    const checked = await contactDoc.check(entry.version, entry.data);
    if (!checked.ok) {
      const why = words.describeCheckFailure(checked, 'contactMap', lang, entry.version > contactDoc.spec.version);
      return fail([s.importInvalid, ...why].join(' '));
    }
    const incoming = checked.data;
    const merged = mergeContactStates(state, incoming);
    const added = merged.order.length - state.order.length;
    setPreview({
      format: 'json',
      total: incoming.order.length,
      added,
      merged: incoming.order.length - added,
      skipped: 0,
      examples: listPeople(incoming)
        .slice(0, 3)
        .map((p) => p.name),
      warnings: [],
      hasGoal: incoming.goal.kind !== null,
      apply: () => {
        let counts: { added: number; merged: number } | null = null;
        const ok = contactDoc.update((current) => {
          const next = mergeContactStates(current, incoming);
          counts = {
            added: next.order.length - current.order.length,
            merged: incoming.order.length - (next.order.length - current.order.length),
          };
          return next;
        });
        return ok ? counts : null;
      },
    });
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
    <section className="cm-section no-print" aria-labelledby="cm-files-heading">
      <h2 id="cm-files-heading">{s.filesTitle}</h2>
      <p>{s.filesIntro}</p>
      <div className="button-row">
        <button type="button" className="secondary" onClick={exportJson} disabled={!live || state.order.length === 0}>
          {s.exportJson}
        </button>
        <button type="button" className="secondary" onClick={() => void exportCsv()} disabled={!live || state.order.length === 0}>
          {s.exportCsv}
        </button>
      </div>
      <div className="field">
        <label htmlFor="cm-import">{s.importLabel}</label>
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
      </div>
      <div role="status">{busy ? <p>{s.importReading}</p> : null}</div>
      <div role="alert">
        {problem && (
          <p className="field-error" id="cm-import-problem">
            {problem}
          </p>
        )}
      </div>
      {preview && (
        <div className="cm-preview" role="region" aria-labelledby="cm-preview-heading">
          <h3 id="cm-preview-heading" tabIndex={-1} ref={previewHeading}>
            {s.importPreviewTitle}
          </h3>
          <p>{fill(s.importFormat, { format: s.formats[preview.format] })}</p>
          <p>{fill(s.importPreview, { total: preview.total, added: preview.added, merged: preview.merged })}</p>
          {preview.examples.length > 0 && <p>{fill(s.importExamples, { names: preview.examples.join(', ') })}</p>}
          {preview.skipped > 0 && <p>{fill(s.importPreviewSkipped, { n: preview.skipped, limit: limits.people })}</p>}
          {preview.hasGoal && <p>{s.importPreviewGoal}</p>}
          {preview.warnings.length > 0 && (
            <>
              <p>{s.importWarnings}</p>
              <ul>
                {preview.warnings.slice(0, 10).map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
                {preview.warnings.length > 10 && <li>{fill(s.andMore, { n: preview.warnings.length - 10 })}</li>}
              </ul>
            </>
          )}
          <div className="button-row">
            <button
              type="button"
              disabled={!live}
              onClick={() => {
                const done = preview.apply();
                close(done ? fill(s.importDone, done) : s.importCancelled);
              }}
            >
              {s.importConfirm}
            </button>
            <button type="button" className="secondary" onClick={() => close(s.importCancelled)}>
              {s.importCancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Delete all contacts, after a confirmation that says how many. */
export function DeleteAll({
  strings: s,
  count,
  live,
  onMessage,
}: {
  strings: ContactStrings;
  count: number;
  live: boolean;
  onMessage(m: string): void;
}) {
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useLayoutEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  return (
    <section className="cm-section no-print" aria-labelledby="cm-delete-heading">
      <h2 id="cm-delete-heading">{s.deleteTitle}</h2>
      <p>{s.deleteIntro}</p>
      {asking ? (
        <div className="notice" role="alertdialog" aria-labelledby="cm-delete-question">
          <p id="cm-delete-question">{fill(s.deleteConfirmText, { n: count })}</p>
          <div className="notice__actions">
            <button
              type="button"
              className="danger"
              ref={confirm}
              onClick={() => {
                deleteAllContacts();
                setAsking(false);
                onMessage(s.deleted);
              }}
            >
              {s.deleteConfirm}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {s.deleteCancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="secondary" ref={start} disabled={!live || count === 0} onClick={() => setAsking(true)}>
          {s.deleteAll}
        </button>
      )}
    </section>
  );
}
