import type { ComponentType } from 'react';
import { EditingProvider } from '../shared/EditableText';
import type { GroupProps, SheetProps } from './props';
import { useSelectedWorksheet } from './useSelectedWorksheet';

/**
 * A part of the worksheet (the group view, the vitality check) as its own island, which hydrates when
 * scrolled into view. Before a worksheet is chosen it shows the part's heading and introduction.
 */
export function WorksheetIsland({
  part: Part,
  headingId,
  title,
  intro,
  ...props
}: GroupProps & { part: ComponentType<SheetProps>; headingId: string; title: string; intro: string }) {
  const { sheet, live } = useSelectedWorksheet();
  // Always render something: an empty island never scrolls into view, so it would never hydrate.
  return (
    <EditingProvider strings={props.storageStrings} lang={props.lang}>
      <div className="group no-print" data-pagefind-ignore="all">
        {sheet ? (
          <Part {...props} sheet={sheet} disabled={!live} />
        ) : (
          <section className="group-section" aria-labelledby={headingId}>
            <h2 id={headingId}>{title}</h2>
            <p className="group-section__help">{intro}</p>
          </section>
        )}
      </div>
    </EditingProvider>
  );
}
