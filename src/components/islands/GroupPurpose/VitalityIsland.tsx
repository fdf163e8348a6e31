import type { GroupProps } from './GroupPurpose';
import { useSelectedWorksheet } from './useSelectedWorksheet';
import { Vitality } from './Vitality';
import '../shared/islands.css';
import './group.css';

/** The vitality check as its own island: it hydrates when scrolled into view. */
export default function VitalityIsland(props: GroupProps) {
  const { sheet, live } = useSelectedWorksheet();
  return sheet ? (
    <div className="group no-print" data-pagefind-ignore="all">
      <Vitality {...props} sheet={sheet} disabled={!live} />
    </div>
  ) : null;
}
