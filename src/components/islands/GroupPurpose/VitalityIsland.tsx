import { EditingProvider } from '../shared/EditableText';
import type { GroupProps } from './GroupPurpose';
import { useSelectedWorksheet } from './useSelectedWorksheet';
import { Vitality } from './Vitality';
import '../shared/islands.css';
import './group.css';

/** The vitality check as its own island: it hydrates when scrolled into view. */
export default function VitalityIsland(props: GroupProps) {
  const { sheet, live } = useSelectedWorksheet();
  // Always render something: an empty island never scrolls into view, so it would never hydrate.
  return (
    <EditingProvider strings={props.storageStrings} lang={props.lang}>
      <div className="group no-print" data-pagefind-ignore="all">
        {sheet ? (
          <Vitality {...props} sheet={sheet} disabled={!live} />
        ) : (
          <section className="group-section" aria-labelledby="vitality-heading">
            <h2 id="vitality-heading">{props.strings.vitalityTitle}</h2>
            <p className="group-section__help">{props.strings.vitalityIntro}</p>
          </section>
        )}
      </div>
    </EditingProvider>
  );
}
