import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { unpackEntry } from '../../../../lib/contacts/addressBook/book';
import type { AddressBook } from '../../../../lib/contacts/addressBook/types';
import { intlLocale } from '../../../../lib/site/locale';

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  book: AddressBook;
  /** Positions in `book.people` to show: one page of results. */
  shown: number[];
  /** Folded names by position: the key a person is chosen and found on the map by. */
  names: string[];
  onMap: ReadonlySet<string>;
  chosen: ReadonlySet<string>;
  live: boolean;
  onToggle(key: string, on: boolean): void;
  onPut(position: number): void;
}

const formatDate = (iso: string, lang: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** One page of address book results: a checkbox to choose each person, and a button to put them on the map. */
export function BookList({ strings, lang, book, shown, names, onMap, chosen, live, onToggle, onPut }: Props) {
  const s = strings.addressBook;
  return (
    <ul className="cm-book__list" aria-label={s.listLabel}>
      {shown.map((i) => {
        const e = unpackEntry(book, book.people[i]!);
        const key = names[i]!;
        const id = `cm-book-${i}`;
        const about = [e.position, e.organisation].filter(Boolean).join(', ');
        const since = e.connectedOn ? fill(s.connectedSince, { date: formatDate(e.connectedOn, intlLocale(lang)) }) : '';
        return (
          <li key={i} className="cm-book__row">
            <input
              id={id}
              type="checkbox"
              checked={chosen.has(key)}
              disabled={!live || onMap.has(key)}
              aria-describedby={about || since ? `${id}-about` : undefined}
              onChange={(ev) => onToggle(key, (ev.target as HTMLInputElement).checked)}
            />
            <div className="cm-book__who">
              <label htmlFor={id} className="cm-book__name">
                {e.name}
              </label>
              {(about || since || e.email) && (
                <p className="cm-book__about" id={`${id}-about`}>
                  {[about, since, e.email].filter(Boolean).join(' · ')}
                </p>
              )}
            </div>
            {onMap.has(key) ? (
              <span className="cm-book__on-map">{s.onMap}</span>
            ) : (
              <button type="button" className="secondary cm-book__put" disabled={!live} onClick={() => onPut(i)}>
                {s.add}
                <span className="visually-hidden"> {e.name}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
