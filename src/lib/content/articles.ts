import { getCollection, type CollectionEntry } from 'astro:content';
import { localeFromEntryId, otherLocale, slugFromEntryId, type Locale } from '../../i18n/locales';
import { articlePath, routes } from '../../i18n/routes';

export type Article = CollectionEntry<'articles'>;

/** The articles of one language, in reading order. */
export async function getArticles(lang: Locale): Promise<Article[]> {
  const all = await getCollection('articles', (entry) => localeFromEntryId(entry.id) === lang);
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Site path (no base) of an article. */
export function pathOfArticle(entry: Article): string {
  return articlePath(localeFromEntryId(entry.id), slugFromEntryId(entry.id));
}

/** Path of the article's translation; the other language's article index when there is none. */
export async function translationPathOf(entry: Article): Promise<string> {
  const other = otherLocale(localeFromEntryId(entry.id));
  const match = (await getArticles(other)).find((a) => a.data.translationKey === entry.data.translationKey);
  return match ? pathOfArticle(match) : routes.articles[other];
}
