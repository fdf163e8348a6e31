import { useRef, type ChangeEvent } from 'react';
import type { Worksheet } from '../../../lib/group/types';
import * as actions from '../../../stores/group';
import { $groups } from '../../../stores/group';
import { newId } from '../../../stores/ids';
import type { GroupProps } from './props';

/** Imports one worksheet from a file; its problems are worded in the page's language. */
export function ImportOnly(
  props: GroupProps & { disabled: boolean; onImported: (w: Worksheet) => void; onProblem: (reason: string) => void },
) {
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
