import { fold, foldedWords } from './fold';
import type { AddressBook } from './types';

/**
 * Searching the address book: every person's name, company and position folded once (see `fold`),
 * then each search is a scan of plain strings. Built when the book changes, not per key press.
 */
export interface BookIndex {
  /** Folded names, by position in `book.people`. */
  names: string[];
  /** Folded "name company position", by position in `book.people`. */
  texts: string[];
  /** Each person's company index, and the folded companies table. */
  companyOf: number[];
  companies: string[];
}

export function indexBook(book: AddressBook): BookIndex {
  const companies = book.companies.map(fold);
  const positions = book.positions.map(fold);
  const n = book.people.length;
  const names = new Array<string>(n);
  const texts = new Array<string>(n);
  const companyOf = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const [name, company, position] = book.people[i]!;
    names[i] = fold(name);
    texts[i] = `${names[i]} ${companies[company] ?? ''} ${positions[position] ?? ''}`;
    companyOf[i] = company;
  }
  return { names, texts, companyOf, companies };
}

export interface BookQuery {
  /** Words to find in name, company or position (all of them, in any order). */
  text: string;
  /** Part of the company's name; empty for any company. */
  company: string;
}

export interface BookResults {
  /** How many people match. */
  total: number;
  /** The first `limit` of them, as positions in `book.people`, in the book's order. */
  shown: number[];
}

const hasAll = (text: string, words: readonly string[]): boolean => words.every((w) => text.includes(w));

/** The people matching a query; only the first `limit` are listed (the list is paged, never all drawn). */
export function searchBook(index: BookIndex, query: BookQuery, limit: number): BookResults {
  const words = foldedWords(query.text);
  const company = fold(query.company);
  const companyOk = company === '' ? null : index.companies.map((c) => c.includes(company));
  const shown: number[] = [];
  let total = 0;
  for (let i = 0; i < index.texts.length; i++) {
    if (companyOk && !companyOk[index.companyOf[i]!]) continue;
    if (words.length && !hasAll(index.texts[i]!, words)) continue;
    if (total++ < limit) shown.push(i);
  }
  return { total, shown };
}

/**
 * People whose name holds every word typed, for the recall step's suggestions, at most `limit`: names
 * that start with what was typed first, then names with a word that starts with it, then the rest.
 * Fewer than two letters suggest nobody.
 */
export function suggestFromBook(index: BookIndex, typed: string, limit: number): number[] {
  const words = foldedWords(typed);
  if (words.join('').length < 2) return [];
  const first = words.join(' ');
  const buckets: [number[], number[], number[]] = [[], [], []];
  for (let i = 0; i < index.names.length && buckets[0].length < limit; i++) {
    const name = index.names[i]!;
    if (!hasAll(name, words)) continue;
    const bucket = buckets[name.startsWith(first) ? 0 : name.includes(` ${first}`) ? 1 : 2];
    if (bucket.length < limit) bucket.push(i);
  }
  return buckets.flat().slice(0, limit);
}

/** The companies most people share, most first (suggestions for the company filter). */
export function topCompanies(book: AddressBook, limit: number): string[] {
  const counts = new Array<number>(book.companies.length).fill(0);
  for (const p of book.people) counts[p[1]] = (counts[p[1]] ?? 0) + 1;
  return book.companies
    .map((name, i) => ({ name, n: counts[i] ?? 0 }))
    .filter((c) => c.name !== '' && c.n > 0)
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'da'))
    .slice(0, limit)
    .map((c) => c.name);
}
