import { useStore } from '@nanostores/react';
import { atom } from 'nanostores';
import { useMemo, useState } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { searchBook, topCompanies } from '../../../../lib/contacts/addressBook/search';
import { $addressBook, $addressBookStatus, $bookIndex, $onMap, addToMap, entryAt } from '../../../../stores/addressBook';
import { BookList } from './BookList';
import { DeleteBook } from './DeleteBook';
import { MoveUntouched } from './MoveUntouched';
import { intlLocale } from '../../../../lib/site/locale';
import { Field } from '../labelled';

interface Props {
  strings: ContactStrings;
  lang: 'da' | 'en';
  live: boolean;
  onMessage(message: string): void;
}

/** Who is on the map, as far as an empty address book needs to know. */
const $noneOnMap = atom<ReadonlySet<string>>(new Set());

/** How many people a page of results shows, and how many more "show more" adds. */
const PAGE = 25;
/** Suggestions offered for the company filter (the most shared companies). */
const COMPANY_SUGGESTIONS = 200;

/**
 * The address book: search by name, company and position, filter by company, and put people on the
 * map one by one or as a selection. Only a page of results is rendered, however large the book.
 */
export default function AddressBook({ strings, lang, live, onMessage }: Props) {
  const s = strings.addressBook;
  const book = useStore($addressBook);
  const status = useStore($addressBookStatus);
  const index = useStore($bookIndex);
  // Worked out only once the book has people to mark: folding a thousand names on the map is a long task on a phone.
  const onMap = useStore(book.people.length > 0 ? $onMap : $noneOnMap);
  const [text, setText] = useState('');
  const [company, setCompany] = useState('');
  const [limit, setLimit] = useState(PAGE);
  // Chosen people by their folded name, so a choice survives a new search.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [said, setSaid] = useState('');

  const results = useMemo(() => searchBook(index, { text, company }, limit), [index, text, company, limit]);
  const companies = useMemo(() => topCompanies(book, COMPANY_SUGGESTIONS), [book]);
  const number = (n: number) => n.toLocaleString(intlLocale(lang));
  const writable = live && status.save !== 'checking' && status.save !== 'readonly';

  const say = (message: string) => {
    setSaid(message);
    onMessage(message);
  };
  const put = (positions: number[]) => {
    const entries = positions.map((i) => entryAt(book, i)).filter((e) => e !== undefined);
    const done = addToMap(entries);
    if (!done) return say(s.locked);
    const parts = [entries.length === 1 && done.added === 1 ? fill(s.added, { name: entries[0]!.name }) : fill(s.addedMany, done)];
    if (done.already) parts.push(fill(s.already, { n: done.already }));
    if (done.skipped) parts.push(fill(s.mapFull, { n: done.skipped }));
    say(parts.join(' '));
  };
  const putChosen = () => {
    const at = new Map(index.names.map((name, i) => [name, i]));
    put([...chosen].map((key) => at.get(key)).filter((i) => i !== undefined));
    setChosen(new Set());
  };
  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  if (status.save === 'checking') return <p className="cm-muted">{s.loading}</p>;
  return (
    <>
      <p>{s.intro}</p>
      <MoveUntouched strings={strings} live={writable} onMessage={say} />
      {book.people.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <>
          <p>{fill(s.count, { n: number(book.people.length) })}</p>
          <div className="cm-book__filters" role="search">
            <Field id="cm-book-search" label={s.search}>
              <input
                id="cm-book-search"
                type="search"
                autoComplete="off"
                value={text}
                onChange={(e) => {
                  setText((e.target as HTMLInputElement).value);
                  setLimit(PAGE);
                }}
              />
            </Field>
            <Field id="cm-book-company" label={s.company}>
              <input
                id="cm-book-company"
                type="search"
                autoComplete="off"
                list="cm-book-companies"
                aria-describedby="cm-book-company-hint"
                value={company}
                onChange={(e) => {
                  setCompany((e.target as HTMLInputElement).value);
                  setLimit(PAGE);
                }}
              />
              <p className="cm-muted" id="cm-book-company-hint">
                {s.companyHint}
              </p>
              <datalist id="cm-book-companies">
                {companies.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </Field>
          </div>
          <p role="status" className="cm-book__count">
            {results.total === 0 ? s.noResults : fill(s.results, { total: number(results.total), shown: results.shown.length })}
          </p>
          <BookList
            strings={strings}
            lang={lang}
            book={book}
            shown={results.shown}
            names={index.names}
            onMap={onMap}
            chosen={chosen}
            live={writable}
            onToggle={toggle}
            onPut={(i) => put([i])}
          />
          {results.total > results.shown.length && (
            <button type="button" className="secondary" onClick={() => setLimit((n) => n + PAGE)}>
              {fill(s.showMore, { n: Math.min(PAGE, results.total - results.shown.length) })}
            </button>
          )}
          {chosen.size > 0 && (
            <div className="cm-book__chosen" role="group" aria-label={fill(s.selected, { n: chosen.size })}>
              <p>{fill(s.selected, { n: chosen.size })}</p>
              <div className="button-row">
                <button type="button" disabled={!writable} onClick={putChosen}>
                  {s.addSelected}
                </button>
                <button type="button" className="secondary" onClick={() => setChosen(new Set())}>
                  {s.clearSelection}
                </button>
              </div>
            </div>
          )}
          <p role="status" className="cm-message">
            {said}
          </p>
          <DeleteBook strings={strings} count={number(book.people.length)} live={writable} onMessage={say} />
        </>
      )}
    </>
  );
}
