import { useStore } from '@nanostores/react';
import { memo, useState } from 'react';
import { fromPackedProps } from '../shared/packedProps';
import { EditingProvider } from '../shared/EditableText';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { StorageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import type { Purpose } from '../../../lib/quiz/types';
import { $contactMessage } from '../../../stores/contactMessage';
import { contactDoc } from '../../../stores/contacts';
import { StorageStatus } from '../shared/StorageStatus';
import { GoalSection as Goal } from './GoalSection';
import { Recall as RecallSection } from './Recall';
import { mapDrawnFirst } from './firstDrawing';
import { useStoredContacts } from './useStoredContacts';
import type { FirstScreenStrings } from './firstScreenStrings';

/** The sections, memoised: a message shown above them does not render them again. */
const GoalSection = memo(Goal);
const Recall = memo(RecallSection);

import '../shared/islands.css';
import './contacts.css';

/** The contact map's props: all of them for the island below the first screen (`ContactMapRest`) and "my results". */
export interface ContactMapProps {
  lang: Locale;
  strings: ContactStrings;
  storageStrings: StorageStrings;
  purposeNames: Record<Purpose, string>;
  blankHref: string;
}

/** The first screen's props: its own texts only, and the quiz's address (the goal offers the quiz). */
export type FirstScreenProps = Omit<ContactMapProps, 'strings' | 'blankHref'> & { strings: FirstScreenStrings; quizHref: string };

/**
 * The contact map's first screen: storage status, the message bar, goal and guided recall. The page's other sections
 * are an island of their own (`ContactMapRest`), hydrated when the reader gets near them or starts using the page:
 * both read the same stores, so an edit in either shows in the other.
 */
export function ContactMap(props: FirstScreenProps) {
  const { strings: s, lang } = props;
  // For a reader who opened the page at the map, the stored people come here once the map (in the other island) is drawn.
  const [mapFirst] = useState(mapDrawnFirst);
  const { state, live, people } = useStoredContacts(mapFirst);
  const message = useStore($contactMessage);

  return (
    <EditingProvider strings={props.storageStrings} lang={props.lang}>
      <div className="cm" data-pagefind-ignore="all">
        <StorageStatus
          doc={contactDoc}
          name={lang === 'da' ? 'netvaerkskort' : 'contact-map'}
          strings={props.storageStrings}
          lang={lang}
          jsonIndent={1}
        />
        <p className="cm-privacy no-print">{s.privacy}</p>
        <div className="cm-message-bar no-print" role="status">
          {message.text && (
            <p>
              {message.text}{' '}
              {message.undo && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    message.undo?.();
                    $contactMessage.set({ text: '' });
                  }}
                >
                  {s.undo}
                </button>
              )}
            </p>
          )}
        </div>
        <div className="no-print">
          <GoalSection strings={s} goal={state.goal} live={live} purposeNames={props.purposeNames} quizHref={props.quizHref} />
          <Recall strings={s} state={state} people={people} live={live} />
        </div>
      </div>
    </EditingProvider>
  );
}

/** The island: its props arrive packed (`ContactMapIsland.astro`). */
export default fromPackedProps(ContactMap);
