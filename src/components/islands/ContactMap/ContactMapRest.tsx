import { useStore } from '@nanostores/react';
import { createElement, lazy, memo, Suspense, useCallback, useMemo, useState, type ComponentProps } from 'react';
import { earlyModule } from '../shared/earlyModule';
import { fromPackedProps } from '../shared/packedProps';
import { useClientValue } from '../shared/useClientValue';
import { EditingProvider } from '../shared/EditableText';
import { readInsights } from '../../../lib/contacts/insights';
import { filterPeople, noFilter } from '../../../lib/contacts/table';
import { $peopleFilter } from '../../../stores/contactFilter';
import { $contactMessage } from '../../../stores/contactMessage';
import { today } from '../../../stores/contacts';
import { DeleteAll as DeleteAllSection } from './DeleteAll';
import { FollowUp as FollowUpSection } from './FollowUp';
import { InsightsView as Insights } from './InsightsView';
import { PeopleTable as Table } from './PeopleTable';
import { PrintHeader } from './PrintView';
import { AddressBookSection as AddressBook } from './addressBook/AddressBookSection';
import { Section } from './labelled';
import { useNarrowScreen } from './useNarrowScreen';
import { SERVER_STATE, useStoredContacts } from './useStoredContacts';
import { mapDrawnFirst, openedAtMap, useAfterMapDrawn } from './firstDrawing';
import { hasLayoutWorker } from './layout/layoutWorker';
import { LazyNetworkInsights, LazyTiesSection } from './ties/Lazy';

/** The page's sections, memoised (see `say` below). */
const AddressBookSection = memo(AddressBook);
const PeopleTable = memo(Table);
const TiesSection = memo(LazyTiesSection);
const PrintNetwork = memo(LazyNetworkInsights);
const InsightsView = memo(Insights);
const FollowUp = memo(FollowUpSection);
const DeleteAll = memo(DeleteAllSection);
/** The phone's list of cards and person sheet: loaded only on a phone. */
const PeopleCards = memo(lazy(() => import('./PeopleCards')));
/** The map as a picture, and its snapshots over time: below the map, so loaded after the page's first code. */
const PictureSection = lazy(() => import('./picture/PictureSection'));
const SnapshotsSection = lazy(() => import('./snapshots/SnapshotsSection'));
/** Export and import, near the page's foot: after the page's first code too (its module is about 1.4 KB gzip). */
const Files = memo(lazy(() => import('./Files').then(({ Files: FilesSection }) => ({ default: FilesSection }))));
/** The table as printed: empty on the server (no people there), so it can come after the page's first code. */
const PrintTable = lazy(() => import('./PrintTable'));
/** The map and its layout code: below the first screen, so a chunk of its own, fetched as soon as the island runs. */
type MapViewModule = typeof import('./MapView');
const useMapModule = earlyModule(() => import('./MapView'));

/** The map, drawn with its loaded module (memoised like the sections). */
const LoadedMapView = memo(function LoadedMapView({ code, ...props }: ComponentProps<MapViewModule['MapView']> & { code: MapViewModule }) {
  return createElement(code.MapView, props);
});

import '../shared/islands.css';
import './contacts.css';
import type { ContactMapProps } from './ContactMap';

// A reader who opened the page at the map: the layout worker starts now, while the island hydrates, so that its
// thread and code are ready when the map's code asks for the stored people's layout. Started from the map's own chunk
// (later), it was still starting its thread and running its code 53-126 ms after being asked (6 linked loads of a
// 4×-slowed phone).
if (openedAtMap()) hasLayoutWorker();

const SERVER_FILTER = noFilter();
/** Any fixed day will do on the server: nothing rendered there is overdue. */
const SERVER_DAY = '2000-01-01';

/** The contact map below its first screen: the address book, the people, the map, what it shows, follow-up, files. */
export function ContactMapRest(props: ContactMapProps) {
  const { strings: s, lang } = props;
  const [mapFirst] = useState(() => {
    const first = mapDrawnFirst();
    // The map's layout is asked for as soon as its code is here, not once the page has hydrated (`layOutEarly`).
    if (first) void useMapModule.loading?.then((code) => code.layOutEarly(s));
    return first;
  });
  const { stored, state, live, storedPeople, people } = useStoredContacts(mapFirst);
  const { order } = stored;
  // Until then the sections keep the props the server rendered them with (today's date, the table on a phone), so
  // the render just after hydration does not render them all again: they change once, with the stored people.
  const shown = state !== SERVER_STATE;
  const { ties } = state;
  const clientDay = useClientValue(today, SERVER_DAY);
  const day = shown ? clientDay : SERVER_DAY;
  const insights = useMemo(() => readInsights(people, day), [people, day]);
  // One filter for the map and the table (and the cards on a phone).
  const filter = useStore($peopleFilter, { ssr: () => SERVER_FILTER });
  const shownOnMap = useMemo(() => filterPeople(storedPeople, filter, clientDay), [storedPeople, filter, clientDay]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const narrow = useNarrowScreen() && shown;
  const mapCode = useMapModule();
  // The sections whose code loads after hydration: for a reader who opened the page at the map, after it is drawn.
  const later = useAfterMapDrawn();
  const mapPlaceholder = (
    <Section id="cm-map" className="cm-map-section" title={s.mapTitle}>
      <p className="no-print">{s.mapIntro}</p>
      {people.length === 0 && <p className="cm-muted">{s.mapEmpty}</p>}
    </Section>
  );

  // Stable callbacks and props: the sections are memoised, so a change elsewhere on the page (hydration's flags, the
  // map's code arriving) does not render a thousand people's cards or rows again. Messages go to the bar at the top
  // of the page, in the first screen's island.
  const say = useCallback((text: string, undo?: () => void) => $contactMessage.set({ text, undo }), []);
  const onFocused = useCallback(() => setFocusId(null), []);

  /** The people as a list: cards on a phone, the table on wider screens; the same props for both. */
  const peopleProps = useMemo(
    () => ({ strings: s, people, live, today: day, focusId, onFocused, onMessage: say }),
    [s, people, live, day, focusId, onFocused, say],
  );
  const printHeader = useMemo(
    () => <PrintHeader strings={s} lang={lang} goal={state.goal} purposeNames={props.purposeNames} />,
    [s, lang, state.goal, props.purposeNames],
  );

  return (
    <EditingProvider strings={props.storageStrings} lang={props.lang}>
      <div className="cm" data-pagefind-ignore="all">
        {/* Printed before this island has its people (it hydrates when the reader gets near it): say so on paper. */}
        {!shown && <p className="print-only cm-print-not-ready">{s.printNotReady}</p>}
        <div className="no-print">
          <AddressBookSection strings={s} lang={lang} live={live} onMessage={say} />
          {narrow ? (
            <Suspense fallback={null}>
              <PeopleCards {...peopleProps} />
            </Suspense>
          ) : (
            <PeopleTable {...peopleProps} />
          )}
          <TiesSection strings={s} people={people} ties={ties} live={live} />
        </div>
        {/* Drawn only in the browser, once its code is there: the server and hydration draw the placeholder. */}
        {mapCode ? (
          <LoadedMapView code={mapCode} strings={s} people={shownOnMap} ties={ties} onShowInTable={setFocusId} header={printHeader} />
        ) : (
          mapPlaceholder
        )}
        {/* After hydration: the server does not wait for their code (nor stream it in with scripts of its own). */}
        {later && (
          <Suspense fallback={null}>
            <PictureSection strings={s} lang={lang} goal={state.goal} people={people} purposeNames={props.purposeNames} />
            <SnapshotsSection strings={s} lang={lang} live={live} people={people.length} />
          </Suspense>
        )}
        <div className="no-print">
          <InsightsView strings={s} people={people} insights={insights} order={order} ties={ties} goal={state.goal.kind} />
        </div>
        {/* The due list prints (its buttons and forms do not). */}
        <FollowUp strings={s} people={people} insights={insights} goal={state.goal} today={day} live={live} onMessage={say} />
        <div className="no-print">
          {later && (
            <Suspense fallback={null}>
              <Files strings={s} lang={lang} state={state} live={live} onMessage={say} />
            </Suspense>
          )}
          <div className="button-row">
            <button type="button" className="secondary" onClick={() => window.print()}>
              {s.print}
            </button>
            <a href={props.blankHref}>{s.blankLink}</a>
          </div>
          <DeleteAll strings={s} count={people.length} live={live} onMessage={say} />
        </div>
        {ties.length > 0 && <PrintNetwork strings={s} people={people} order={order} ties={ties} goal={state.goal.kind} print />}
        {later && (
          <Suspense fallback={null}>
            <PrintTable strings={s} lang={lang} people={people} />
          </Suspense>
        )}
      </div>
    </EditingProvider>
  );
}

/** The island: its props arrive packed (`ContactMapIsland.astro`). */
export default fromPackedProps(ContactMapRest);
