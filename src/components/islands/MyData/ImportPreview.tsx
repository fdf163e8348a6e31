import type { MyDataStrings } from '../../../i18n/islands/myData';
import { CountTable } from './CountTable';
import type { PlanRow } from './planImport';

type Mode = 'replace' | 'merge';

/** What an import will change, exercise by exercise, with the choice to replace or merge. */
export function ImportPreview({
  strings: s,
  rows,
  notes,
  mode,
  onMode,
  onConfirm,
  onCancel,
  takeFocus,
}: {
  strings: MyDataStrings;
  rows: PlanRow[];
  notes: string[];
  mode: Mode;
  onMode: (mode: Mode) => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** Takes focus when the preview opens. */
  takeFocus: (el: HTMLElement | null) => void;
}) {
  return (
    <div className="my-data__preview">
      <h3 tabIndex={-1} ref={takeFocus}>
        {s.previewTitle}
      </h3>
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <CountTable
        head={[s.exercise, s.now, s.inFile]}
        rows={rows.map((r) => ({ id: r.id, cells: [s.names[r.id], r.current, r.incoming] }))}
      />
      <fieldset>
        <legend>{s.modeLegend}</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} /> {s.modeReplace}
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => onMode('merge')} /> {s.modeMerge}
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={onConfirm}>
          {s.confirmImport}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </div>
  );
}
