import { useStore } from '@nanostores/react';
import { fill } from '../../../i18n/fill';
import type { MyResultsStrings } from '../../../i18n/islands/myResults';
import { emptyGroupState, listWorksheets } from '../../../lib/group/state';
import { CHECKING_STATUS } from '../../../stores/persist';
import { $groups, $groupStatus } from '../../../stores/group';
import { NoResults, ResultsChecking } from '../shared/NoResults';
import type { GroupProps } from './props';
import { PrintView } from './PrintView';
import { fromPackedProps } from '../shared/packedProps';
import '../shared/islands.css';
import './group.css';

const SERVER_STATE = emptyGroupState();

/** Every group worksheet as a document, for the "my results" page; says so plainly when there is none. */
export function GroupResults(props: GroupProps & { results: MyResultsStrings; href: string }) {
  const { results: r } = props;
  const state = useStore($groups, { ssr: () => SERVER_STATE });
  const status = useStore($groupStatus, { ssr: () => CHECKING_STATUS });
  if (status.save === 'checking') return <ResultsChecking text={r.checking} />;
  const sheets = listWorksheets(state);
  if (sheets.length === 0) {
    return <NoResults text={r.groupPurpose.none} href={props.href} link={r.groupPurpose.start} />;
  }
  return (
    <div className="group results results--filled">
      <p className="no-print">{sheets.length === 1 ? r.groupPurpose.countOne : fill(r.groupPurpose.count, { n: sheets.length })}</p>
      {sheets.map((sheet) => (
        <PrintView key={sheet.id} {...props} sheet={sheet} visible headingLevel={3} />
      ))}
    </div>
  );
}

/** The island: its props arrive packed (one JSON string, `packProps`). */
export default fromPackedProps(GroupResults);
