import { useRef, useState, type ChangeEvent } from 'react';
import type { GroupStrings } from '../../../i18n/islands/group';
import { fill } from '../../../i18n/fill';
import type { StorageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import { listWorksheets, type RemovedWorksheet } from '../../../lib/group/state';
import { limits, type Mark, type Worksheet } from '../../../lib/group/types';
import { purposes, type Purpose } from '../../../lib/quiz/types';
import * as actions from '../../../stores/group';
import { newId } from '../../../stores/ids';
import { $groups, $selectedWorksheetId, groupDoc } from '../../../stores/group';
import { downloadText } from '../shared/download';
import { StorageStatus } from '../shared/StorageStatus';
import { PrintView } from './PrintView';
import { Sections } from './Sections';
import { useSelectedWorksheet } from './useSelectedWorksheet';
import { useQuizPurposeInUrl } from '../shared/useClientValue';
import { EditingProvider, LengthNote } from '../shared/EditableText';
import { checkLength } from '../../../lib/editing/fieldSync';
import '../shared/islands.css';
import './group.css';

export interface GroupProps {
  lang: Locale;
  strings: GroupStrings;
  storageStrings: StorageStrings;
  /** The four purposes' names in the page's language. */
  purposeNames: Record<Purpose, string>;
  /** Link to the blank paper version. */
  blankHref: string;
  /** The five marks' names, descriptions and suggestions in the page's language. */
  marks: Record<Mark, { name: string; description: string; suggestions: string[] }>;
}

export default function GroupPurpose(props: GroupProps) {
  const { strings: s, lang } = props;
  const { state, status, sheet: selected, live } = useSelectedWorksheet();
  const sheets = listWorksheets(state);
  const setSelectedId = (id: string | null) => $selectedWorksheetId.set(id);
  const [message, setMessage] = useState('');
  const [removed, setRemoved] = useState<RemovedWorksheet | null>(null);
  const quizPurpose = useQuizPurposeInUrl(purposes);

  const storage = (
    <StorageStatus
      status={status}
      strings={props.storageStrings}
      lang={lang}
      name="gruppens-formaal"
      currentJson={() => JSON.stringify($groups.get(), null, 2)}
      backup={() => groupDoc.corruptBackup()}
      onDismissBackup={() => groupDoc.dismissBackup()}
    />
  );

  return (
    <EditingProvider strings={props.storageStrings} lang={props.lang}>
      <div className="group" data-pagefind-ignore="all">
        {storage}
        <section className="group__sheets no-print" aria-labelledby="sheets-heading">
          <h2 id="sheets-heading">{s.worksheetsTitle}</h2>
          <p>{s.worksheetsIntro}</p>
          {sheets.length > 0 && selected && (
            <SheetPicker {...props} sheets={sheets} selected={selected} onSelect={setSelectedId} disabled={!live} />
          )}
          <CreateForm
            {...props}
            first={sheets.length === 0}
            disabled={!live}
            onCreate={(name) => {
              setSelectedId(actions.createWorksheet(name));
              setRemoved(null);
            }}
          />
          {selected && (
            <SheetActions
              {...props}
              sheet={selected}
              disabled={!live}
              onDuplicate={() => {
                setRemoved(null);
                setSelectedId(actions.duplicateWorksheet(selected.id, s.copySuffix));
              }}
              onDelete={() => {
                const r = actions.deleteWorksheet(selected.id);
                setRemoved(r);
                setSelectedId(null);
                setMessage('');
              }}
              onImported={(w) => {
                setSelectedId(w.id);
                setRemoved(null);
                setMessage(fill(s.imported, { name: w.name }));
              }}
              onProblem={(reason) => {
                setRemoved(null);
                setMessage(fill(s.importProblem, { reason }));
              }}
            />
          )}
          {!selected && (
            <ImportOnly
              {...props}
              disabled={!live}
              onImported={(w) => setSelectedId(w.id)}
              onProblem={(reason) => setMessage(fill(s.importProblem, { reason }))}
            />
          )}
          <div role="status" className="group__message">
            {removed ? (
              <>
                {fill(s.removed, { name: removed.worksheet.name })}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    actions.restoreWorksheet(removed);
                    setSelectedId(removed.worksheet.id);
                    setRemoved(null);
                  }}
                >
                  {s.undo}
                </button>
              </>
            ) : (
              message
            )}
          </div>
          <p>
            <a href={props.blankHref}>{s.blankLink}</a>
          </p>
        </section>
        {selected && (
          <>
            {quizPurpose && !selected.purpose.first && (
              <p className="notice no-print">
                {fill(s.fromQuiz, { purpose: props.purposeNames[quizPurpose].toLowerCase() })}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => actions.updateSection(selected.id, 'purpose', { first: quizPurpose })}
                >
                  {s.useFromQuiz}
                </button>
              </p>
            )}
            <div className="no-print">
              <Sections key={selected.id} {...props} sheet={selected} disabled={!live} />
              <div className="button-row">
                <button type="button" onClick={() => window.print()}>
                  {s.print}
                </button>
              </div>
            </div>
            <PrintView {...props} sheet={selected} />
          </>
        )}
      </div>
    </EditingProvider>
  );
}

function SheetPicker(props: GroupProps & { sheets: Worksheet[]; selected: Worksheet; onSelect: (id: string) => void; disabled: boolean }) {
  const { strings: s } = props;
  return (
    <p className="field">
      <label htmlFor="group-sheet">{s.choose}</label>
      <select id="group-sheet" value={props.selected.id} onChange={(e) => props.onSelect(e.currentTarget.value)} disabled={props.disabled}>
        {props.sheets.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </p>
  );
}

function CreateForm(props: GroupProps & { first: boolean; disabled: boolean; onCreate: (name: string) => void }) {
  const { strings: s } = props;
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      className="group__create"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) {
          setError(true);
          return;
        }
        if (checkLength(name.trim(), limits.name).over) return;
        props.onCreate(name.trim());
        setName('');
        setError(false);
      }}
      noValidate
    >
      {props.first && <p>{s.createFirst}</p>}
      <label htmlFor="group-new-name">{s.newName}</label>
      {error && (
        <p className="field-error" id="group-new-name-error">
          {s.nameRequired}
        </p>
      )}
      <div className="inline-field">
        <input
          id="group-new-name"
          type="text"
          value={name}
          disabled={props.disabled}
          aria-invalid={error || checkLength(name, limits.name).over || undefined}
          aria-describedby={
            [error ? 'group-new-name-error' : '', checkLength(name, limits.name).nearLimit ? 'group-new-name-limit' : '']
              .join(' ')
              .trim() || undefined
          }
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" disabled={props.disabled}>
          {s.create}
        </button>
      </div>
      <LengthNote id="group-new-name-limit" text={name} limit={limits.name} />
    </form>
  );
}

function SheetActions(
  props: GroupProps & {
    sheet: Worksheet;
    disabled: boolean;
    onDuplicate: () => void;
    onDelete: () => void;
    onImported: (w: Worksheet) => void;
    onProblem: (reason: string) => void;
  },
) {
  const { strings: s, sheet } = props;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(sheet.name);
  return (
    <div className="group__actions">
      {renaming ? (
        <form
          className="inline-field"
          onSubmit={(e) => {
            e.preventDefault();
            if (checkLength(name.trim(), limits.name).over) return;
            if (name.trim()) actions.renameWorksheet(sheet.id, name.trim());
            setRenaming(false);
          }}
        >
          <label htmlFor="group-rename" className="visually-hidden">
            {s.newName}
          </label>
          <input
            id="group-rename"
            type="text"
            value={name}
            aria-invalid={checkLength(name, limits.name).over || undefined}
            aria-describedby={checkLength(name, limits.name).nearLimit ? 'group-rename-limit' : undefined}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit">{s.renameSave}</button>
          <LengthNote id="group-rename-limit" text={name} limit={limits.name} />
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setName(sheet.name);
            setRenaming(true);
          }}
          disabled={props.disabled}
        >
          {s.rename}
        </button>
      )}
      <button type="button" className="secondary" onClick={props.onDuplicate} disabled={props.disabled}>
        {s.duplicate}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={props.disabled}
        onClick={async () => {
          const { buildWorksheetFile, serializeWorksheetFile, worksheetFileName } = await import('../../../lib/group/file');
          const now = new Date();
          downloadText(worksheetFileName(sheet, 'netvaerkskompasset-gruppe', now), serializeWorksheetFile(buildWorksheetFile(sheet, now)));
        }}
      >
        {s.exportOne}
      </button>
      <button type="button" className="danger" onClick={props.onDelete} disabled={props.disabled}>
        {s.remove}
      </button>
      <ImportOnly {...props} />
    </div>
  );
}

function ImportOnly(props: GroupProps & { disabled: boolean; onImported: (w: Worksheet) => void; onProblem: (reason: string) => void }) {
  const { strings: s } = props;
  const ref = useRef<HTMLInputElement>(null);
  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    const existingIds = new Set(Object.keys($groups.get().worksheets));
    const { checkWorksheetFileSize, parseWorksheetFile } = await import('../../../lib/group/file');
    // Check the size before reading the file.
    const sizeProblem = checkWorksheetFileSize(file.size);
    const parsed = sizeProblem
      ? { ok: false as const, problems: [sizeProblem] }
      : await parseWorksheetFile(await file.text(), { existingIds, newId: newId() });
    if (ref.current) ref.current.value = '';
    if (!parsed.ok) {
      const { describeWorksheetFileProblem } = await import('../../../i18n/fileProblems');
      props.onProblem(parsed.problems.map((p) => describeWorksheetFileProblem(p, props.lang)).join(' '));
      return;
    }
    actions.insertWorksheet(parsed.worksheet);
    props.onImported(parsed.worksheet);
  }
  // A labelled button opens the file picker: a bare file input is as wide as the browser makes it (64 px
  // too wide at 320 px) and says "No file chosen" in the browser's language, not the page's.
  return (
    <p className="group__import">
      <input id="group-import" ref={ref} type="file" accept=".json,application/json" onChange={onFile} hidden />
      <button type="button" className="secondary" onClick={() => ref.current?.click()} disabled={props.disabled}>
        {s.importOne}
      </button>
    </p>
  );
}
