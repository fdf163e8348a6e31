import type { Worksheet } from '../../../lib/group/types';
import type { GroupProps } from './props';

/** Which worksheet is on screen, when there is more than one to choose from. */
export function SheetPicker(
  props: GroupProps & { sheets: Worksheet[]; selected: Worksheet; onSelect: (id: string) => void; disabled: boolean },
) {
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
