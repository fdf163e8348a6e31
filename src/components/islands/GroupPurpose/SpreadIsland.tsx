import type { GroupProps } from './props';
import { Spread } from './Spread';
import { WorksheetIsland } from './WorksheetIsland';
import { fromPackedProps } from '../shared/packedProps';
import '../shared/islands.css';
import './group.css';

/** The group view as its own island: it hydrates when scrolled into view. */
export function SpreadIsland(props: GroupProps) {
  const s = props.strings;
  return <WorksheetIsland {...props} part={Spread} headingId="spread-heading" title={s.spreadTitle} intro={s.spreadIntro} />;
}

/** The island: its props arrive packed (one JSON string, `packProps`). */
export default fromPackedProps(SpreadIsland);
