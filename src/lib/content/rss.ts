import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { withBase } from '../../i18n/routes';
import { getArticles, pathOfArticle } from './articles';

/** The RSS feed of one language's articles, newest change first. */
export function rssFeed(lang: Locale): APIRoute {
  return async (context) => {
    const t = useTranslations(lang);
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
