import { useStore } from '@nanostores/react';
import { fill } from '../../../i18n/fill';
import type { MyResultsStrings } from '../../../i18n/islands/myResults';
import { emptyContactState, listPeople } from '../../../lib/contacts/state';
import { CHECKING_STATUS } from '../../../stores/persist';
import { $contacts, $contactStatus } from '../../../stores/contacts';
import { NoResults, ResultsChecking } from '../shared/NoResults';
import type { ContactMapProps } from './ContactMap';
import { MapView } from './MapView';
import { goalText } from './PrintView';
import PrintTable from './PrintTable';
import { fromPackedProps } from '../shared/packedProps';
import '../shared/islands.css';
import './contacts.css';

const SERVER_STATE = emptyContactState();

/** The reader's contact map as a document for the "my results" page: goal, map and table; says so plainly when there is none. */
export function ContactResults(props: ContactMapProps & { results: MyResultsStrings; href: string }) {
  const { strings: s, results: r, lang } = props;
  const state = useStore($contacts, { ssr: () => SERVER_STATE });
  const status = useStore($contactStatus, { ssr: () => CHECKING_STATUS });
  if (status.save === 'checking') return <ResultsChecking text={r.checking} />;
  const people = listPeople(state);
  if (people.length === 0) {
    return <NoResults text={r.contactMap.none} href={props.href} link={r.contactMap.start} />;
  }
  const goal = goalText(s, state.goal, props.purposeNames);
  return (
    <div className="cm results results--filled">
      {goal && <p>{fill(s.printGoal, { goal })}</p>}
      <MapView
        strings={s}
        people={people}
        onShowInTable={() => undefined}
        title={r.contactMap.mapTitle}
        headingLevel={3}
        intro={false}
        deferred={false}
      />
      <h3>{r.contactMap.tableTitle}</h3>
      <PrintTable strings={s} lang={lang} people={people} visible />
    </div>
  );
}

/** The island: its props arrive packed (one JSON string, `packProps`). */
export default fromPackedProps(ContactResults);
