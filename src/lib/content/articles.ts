import { getCollection, type CollectionEntry } from 'astro:content';
import { localeFromEntryId, otherLocale, slugFromEntryId, type Locale } from '../site/locale';
import { articlePath, routes } from '../site/routes';
import { pickByKeys } from './reading';

export type Article = CollectionEntry<'articles'>;

/** How many articles the home page lists (the first in reading order); the article index lists them all. */
export const HOME_ARTICLES = 12;
/** How many articles an exercise page lists as leading to it. */
export const RELATED_ARTICLES = 8;

/**
 * The articles of each language, read and sorted once per build: every page asks for them (article pages for
 * their neighbours and translation, the home page, the exercises), and with 1,000 articles a `getCollection`
 * and a sort per page cost more than the page itself. The dev server reads afresh, so edits show up.
 */
const cache = new Map<Locale, Promise<Article[]>>();

async function readArticles(lang: Locale): Promise<Article[]> {
  const all = await getCollection('articles', (entry) => localeFromEntryId(entry.id) === lang);
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The articles of one language, in reading order. Treat the array as read-only: it is shared. */
export function getArticles(lang: Locale): Promise<Article[]> {
  if (import.meta.env.DEV) return readArticles(lang);
  let found = cache.get(lang);
  if (!found) {
    found = readArticles(lang);
    cache.set(lang, found);
  }
  return found;
}

const indexes = new WeakMap<Article[], { position: Map<string, number>; byKey: Map<string, Article> }>();

/** Lookups into one language's article list (position by id, article by translation key), made once per list. */
async function indexOf(lang: Locale): Promise<{ list: Article[]; position: Map<string, number>; byKey: Map<string, Article> }> {
  const list = await getArticles(lang);
  let index = indexes.get(list);
  if (!index) {
    index = {
      position: new Map(list.map((a, i) => [a.id, i] as const)),
      // The first article with a key wins, as `Array.find` would.
      byKey: new Map([...list].reverse().map((a) => [a.data.translationKey, a] as const)),
    };
    indexes.set(list, index);
  }
  return { list, ...index };
}

/** Where an article stands in its language's reading order (-1 when it is not there), and that list. */
export async function positionOf(entry: Article): Promise<{ list: Article[]; index: number }> {
  const { list, position } = await indexOf(localeFromEntryId(entry.id));
  return { list, index: position.get(entry.id) ?? -1 };
}

/** The articles whose translation keys `keys` lists, in that order, each once, never `entry` itself. */
export async function relatedOf(entry: Article, keys: readonly string[]): Promise<Article[]> {
  const { byKey } = await indexOf(localeFromEntryId(entry.id));
  const candidates = keys.map((k) => byKey.get(k)).filter((a): a is Article => a !== undefined);
  return pickByKeys(candidates, keys, (a) => a.data.translationKey, entry.data.translationKey);
}

/** Site path (no base) of an article. */
export function pathOfArticle(entry: Article): string {
  return articlePath(localeFromEntryId(entry.id), slugFromEntryId(entry.id));
}

/** Path of the article's translation; the other language's article index when there is none. */
export async function translationPathOf(entry: Article): Promise<string> {
  const other = otherLocale(localeFromEntryId(entry.id));
  const match = (await indexOf(other)).byKey.get(entry.data.translationKey);
  return match ? pathOfArticle(match) : routes.articles[other];
}
