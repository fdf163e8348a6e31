import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { Locale } from '../site/locale';
import { withBase } from '../site/routes';
import { getArticles, pathOfArticle } from './articles';

/** The feed's own words, from the page's dictionary (`useTranslations(lang)`). */
export type FeedText = (key: 'site.name' | 'site.description') => string;

/** The RSS feed of one language's articles, newest change first. */
export function rssFeed(lang: Locale, t: FeedText): APIRoute {
  return async (context) => {
    const articles = await getArticles(lang);
    return rss({
      title: t('site.name'),
      description: t('site.description'),
      site: new URL(withBase('/'), context.site).href,
      customData: `<language>${lang}</language>`,
      items: [...articles]
        .sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime())
        .map((a) => ({
          title: a.data.title,
          description: a.data.description,
          pubDate: a.data.updated,
          link: withBase(pathOfArticle(a)),
        })),
    });
  };
}
