import { EditingProvider } from '../shared/EditableText';
import type { GroupProps } from './GroupPurpose';
import { Spread } from './Spread';
import { useSelectedWorksheet } from './useSelectedWorksheet';
import '../shared/islands.css';
import './group.css';

/** The group view as its own island: it hydrates when scrolled into view. */
export default function SpreadIsland(props: GroupProps) {
  const { sheet, live } = useSelectedWorksheet();
  // Always render something: an empty island never scrolls into view, so it would never hydrate.
  return (
    <EditingProvider strings={props.storageStrings} lang={props.lang}>
      <div className="group no-print" data-pagefind-ignore="all">
        {sheet ? (
          <Spread {...props} sheet={sheet} disabled={!live} />
        ) : (
          <section className="group-section" aria-labelledby="spread-heading">
            <h2 id="spread-heading">{props.strings.spreadTitle}</h2>
            <p className="group-section__help">{props.strings.spreadIntro}</p>
          </section>
        )}
      </div>
    </EditingProvider>
  );
}
