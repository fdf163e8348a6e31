import type { Locale } from '../../../i18n/locales';
import { withBase } from '../../../i18n/routes';
import { getArticles, pathOfArticle } from '../../../lib/content/articles';
import { purposeProfiles } from '../../../lib/quiz/bank';
import { purposes, type Purpose } from '../../../lib/quiz/types';
import type { QuizProps } from './types';
import { quizView, type ProfileArticles } from './view';

/** The articles each result profile points to, in one language (read from the content collection, so on the server). */
export async function profileArticles(lang: Locale): Promise<ProfileArticles> {
  const articles = await getArticles(lang);
  return Object.fromEntries(
    purposes.map((p): [Purpose, ProfileArticles[Purpose]] => [
      p,
      purposeProfiles[p].articles.flatMap((key) => {
        const a = articles.find((x) => x.data.translationKey === key);
        return a ? [{ title: a.data.title, href: withBase(pathOfArticle(a)) }] : [];
      }),
    ]),
  ) as ProfileArticles;
}

/** The quiz's props in one language: only that language's text is sent to the browser. */
export async function quizProps(lang: Locale, headingLevel: 2 | 3): Promise<QuizProps> {
  return quizView(lang, headingLevel, await profileArticles(lang));
}
