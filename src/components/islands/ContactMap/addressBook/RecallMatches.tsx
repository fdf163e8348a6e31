import { useStore } from '@nanostores/react';
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { fill } from '../../../../i18n/fill';
import type { FirstScreenStrings } from '../firstScreenStrings';
import { suggestFromBook } from '../../../../lib/contacts/addressBook/search';
import type { ContactContext } from '../../../../lib/contacts/types';
import { $addressBook, $bookIndex, $onMap, addToMap, entryAt } from '../../../../stores/addressBook';

/** At most this many people are offered while a name is typed. */
const SUGGESTIONS = 5;

/** What the name field (the combobox) can ask of its list. */
export interface MatchesHandle {
  /** Put the offered person at this place in the list on the map. */
  pick(index: number): void;
}

interface Props {
  strings: FirstScreenStrings;
  /** What is typed in the recall's name field. */
  typed: string;
  context: ContactContext;
  live: boolean;
  /** The listbox's id (the combobox's aria-controls) and each option's (its aria-activedescendant). */
  listId: string;
  optionId(index: number): string;
  /** Whether the list is open (the reader has not closed it with Escape or left the field). */
  open: boolean;
  /** The option the arrow keys are on (-1: none). */
  active: number;
  /** How many are offered now, so the combobox knows whether it is expanded. */
  onCount(n: number): void;
  /** Someone was picked and put on the map (their name), or could not be (null). */
  onPicked(name: string | null): void;
  ref?: Ref<MatchesHandle>;
}

/**
 * While a name is typed in recall, the address book's people with that name ("Karen Bøgh,
 * Projektleder, Aarhus Kommune"), as the listbox of the name field's combobox (WAI-ARIA APG: focus
 * stays in the field, the arrow keys move through the options, Enter picks, Escape closes). Picking
 * one puts them on the map in this context with their company and position. How many are offered is
 * announced in a polite status region.
 */
export default function RecallMatches({ strings, typed, context, live, listId, optionId, open, active, onCount, onPicked, ref }: Props) {
  const s = strings.addressBook;
  const book = useStore($addressBook);
  const index = useStore($bookIndex);
  const onMap = useStore($onMap);
  const offered = useMemo(
    () =>
      suggestFromBook(index, typed, SUGGESTIONS + onMap.size)
        .filter((i) => !onMap.has(index.names[i]!))
        .slice(0, SUGGESTIONS),
    [index, typed, onMap],
  );
  const pick = (at: number) => {
    const entry = offered[at] === undefined ? undefined : entryAt(book, offered[at]);
    if (!entry || !live) return;
    const done = addToMap([entry], context);
    onPicked(done && done.added > 0 ? entry.name : null);
  };
  useImperativeHandle(ref, () => ({ pick }));
  useEffect(() => onCount(offered.length), [offered.length, onCount]);
  const shown = open && offered.length > 0;
  // When the list opens below the fold (a phone, its keyboard up), it is scrolled into view.
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (shown) list.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  return (
    <div className="cm-suggest">
      <p role="status" className="visually-hidden">
        {shown ? fill(s.suggestionsCount, { n: offered.length }) : ''}
      </p>
      {shown && (
        <>
          <p className="cm-muted" id={`${listId}-label`}>
            {s.suggestions}
          </p>
          <div ref={list} className="cm-suggest__list" id={listId} role="listbox" aria-labelledby={`${listId}-label`}>
            {offered.map((i, at) => {
              const e = entryAt(book, i)!;
              return (
                // The keys are the combobox's (APG: focus stays in the name field, also on a tap); a click picks too.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={i}
                  id={optionId(at)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={at === active}
                  aria-disabled={!live || undefined}
                  className={at === active ? 'cm-suggest__option cm-suggest__option--active' : 'cm-suggest__option'}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(at)}
                >
                  {[e.name, e.position, e.organisation].filter(Boolean).join(', ')}
                </div>
              );
            })}
          </div>
        </>
      )}
    </div>
  );
}
