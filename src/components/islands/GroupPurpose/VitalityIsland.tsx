import type { GroupProps } from './props';
import { Vitality } from './Vitality';
import { WorksheetIsland } from './WorksheetIsland';
import { fromPackedProps } from '../shared/packedProps';
import '../shared/islands.css';
import './group.css';

/** The vitality check as its own island: it hydrates when scrolled into view. */
export function VitalityIsland(props: GroupProps) {
  const s = props.strings;
  return <WorksheetIsland {...props} part={Vitality} headingId="vitality-heading" title={s.vitalityTitle} intro={s.vitalityIntro} />;
}

/** The island: its props arrive packed (one JSON string, `packProps`). */
export default fromPackedProps(VitalityIsland);
