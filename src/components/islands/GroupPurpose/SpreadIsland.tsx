import type { GroupProps } from './GroupPurpose';
import { Spread } from './Spread';
import { useSelectedWorksheet } from './useSelectedWorksheet';
import '../shared/islands.css';
import './group.css';

/** The group view as its own island: it hydrates when scrolled into view. */
export default function SpreadIsland(props: GroupProps) {
  const { sheet } = useSelectedWorksheet();
  return sheet ? (
    <div className="group no-print" data-pagefind-ignore="all">
      <Spread {...props} sheet={sheet} />
    </div>
  ) : null;
}
