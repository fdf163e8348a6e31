import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import { listWorksheets, type RemovedWorksheet } from '../../../lib/group/state';
import { purposes } from '../../../lib/quiz/types';
import * as actions from '../../../stores/group';
import { $selectedWorksheetId, groupDoc } from '../../../stores/group';
import { EditingProvider } from '../shared/EditableText';
import { StorageStatus } from '../shared/StorageStatus';
import { useQuizPurposeInUrl } from '../shared/useClientValue';
import { CreateForm } from './CreateForm';
import { ImportOnly } from './ImportOnly';
import { PrintView } from './PrintView';
import type { GroupProps } from './props';
import { Sections } from './Sections';
import { SheetActions } from './SheetActions';
import { SheetPicker } from './SheetPicker';
import { useSelectedWorksheet } from './useSelectedWorksheet';
import { fromPackedProps } from '../shared/packedProps';
import '../shared/islands.css';
import './group.css';

export function GroupPurpose(props: GroupProps) {
  const { strings: s, lang } = props;
  const { state, sheet: selected, live } = useSelectedWorksheet();
  const sheets = listWorksheets(state);
  const setSelectedId = (id: string | null) => $selectedWorksheetId.set(id);
  const [message, setMessage] = useState('');
  const [removed, setRemoved] = useState<RemovedWorksheet | null>(null);
  const quizPurpose = useQuizPurposeInUrl(purposes);

  const storage = <StorageStatus doc={groupDoc} name="gruppens-formaal" strings={props.storageStrings} lang={lang} />;

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

/** The island: its props arrive packed (one JSON string, `packProps`). */
export default fromPackedProps(GroupPurpose);
