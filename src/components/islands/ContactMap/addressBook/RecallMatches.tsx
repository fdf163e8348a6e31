import { useStore } from '@nanostores/react';
import { useMemo } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { suggestFromBook } from '../../../../lib/contacts/addressBook/search';
import type { ContactContext } from '../../../../lib/contacts/types';
import { $addressBook, $bookIndex, $onMap, addToMap, entryAt } from '../../../../stores/addressBook';

/** At most this many people are offered while a name is typed. */
const SUGGESTIONS = 5;

interface Props {
  strings: ContactStrings;
  /** What is typed in the recall's name field. */
  typed: string;
  context: ContactContext;
  live: boolean;
  /** Someone was picked and put on the map (their name), or could not be (null). */
  onPicked(name: string | null): void;
}

/**
 * While a name is typed in recall, the address book's people with that name, as buttons
 * ("Karen Bøgh, Projektleder, Aarhus Kommune"): picking one puts them on the map in this context with
 * their company and position. The count is announced; Tab reaches the list from the name field.
 */
export default function RecallMatches({ strings, typed, context, live, onPicked }: Props) {
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
  const pick = (i: number) => {
    const entry = entryAt(book, i);
    if (!entry) return;
    const done = addToMap([entry], context);
    onPicked(done && done.added > 0 ? entry.name : null);
  };
  return (
    <div className="cm-suggest">
      <p role="status" className="visually-hidden">
        {offered.length ? fill(s.suggestionsCount, { n: offered.length }) : ''}
      </p>
      {offered.length > 0 && (
        <>
          <p className="cm-muted" id="cm-suggest-label">
            {s.suggestions}
          </p>
          <ul className="cm-suggest__list" aria-labelledby="cm-suggest-label">
            {offered.map((i) => {
              const e = entryAt(book, i)!;
              return (
                <li key={i}>
                  <button type="button" className="secondary" disabled={!live} onClick={() => pick(i)}>
                    {[e.name, e.position, e.organisation].filter(Boolean).join(', ')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
