import { useState } from 'react';
import { checkLength } from '../../../lib/editing/fieldSync';
import { limits, type Worksheet } from '../../../lib/group/types';
import * as actions from '../../../stores/group';
import { downloadText } from '../shared/download';
import { LengthNote } from '../shared/EditableText';
import { ImportOnly } from './ImportOnly';
import type { GroupProps } from './props';

/** What can be done with the worksheet on screen: rename, duplicate, save as a file, delete, or import another. */
export function SheetActions(
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
