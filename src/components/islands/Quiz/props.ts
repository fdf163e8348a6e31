import { quizStrings } from '../../../i18n/islands/quiz';
import { storageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import { pathTo, withBase } from '../../../i18n/routes';
import { getArticles, pathOfArticle } from '../../../lib/content/articles';
import { purposeProfiles, quizItems } from '../../../lib/quiz/bank';
import { purposes, type Purpose } from '../../../lib/quiz/types';
import type { ProfileView, QuizProps } from './types';

/** The props made so far in this build, by language and heading level: every article that embeds the quiz shares them. */
const made = new Map<string, Promise<QuizProps>>();

/** The quiz's props in one language: only that language's text is sent to the browser. Treat them as read-only. */
export function quizProps(lang: Locale, headingLevel: 2 | 3): Promise<QuizProps> {
  if (import.meta.env.DEV) return makeQuizProps(lang, headingLevel);
  const key = `${lang}:${headingLevel}`;
  let props = made.get(key);
  if (!props) {
    props = makeQuizProps(lang, headingLevel);
    made.set(key, props);
  }
  return props;
}

async function makeQuizProps(lang: Locale, headingLevel: 2 | 3): Promise<QuizProps> {
  const articles = await getArticles(lang);
  return {
    lang,
    strings: quizStrings[lang],
    storageStrings: storageStrings[lang],
    headingLevel,
    items: quizItems.map((item) => ({
      id: item.id,
      prompt: item.prompt[lang],
      options: item.optionOrder.map((purpose) => ({ purpose, text: item.options[purpose][lang] })),
    })),
    profiles: Object.fromEntries(
      purposes.map((p): [Purpose, ProfileView] => {
        const profile = purposeProfiles[p];
        return [
          p,
          {
            name: profile.name[lang],
            summary: profile.summary[lang],
            meaning: profile.meaning[lang],
            suits: profile.suits[lang],
            lookFor: profile.lookFor[lang],
            offer: profile.offer[lang],
            pitfall: profile.pitfall[lang],
            articles: profile.articles.flatMap((key) => {
              const a = articles.find((x) => x.data.translationKey === key);
              return a ? [{ title: a.data.title, href: withBase(pathOfArticle(a)) }] : [];
            }),
          },
        ];
      }),
    ) as Record<Purpose, ProfileView>,
    links: {
      quiz: pathTo('quiz', lang),
      paper: pathTo('quizPaper', lang),
      groupPurpose: pathTo('groupPurpose', lang),
      contactMap: pathTo('contactMap', lang),
    },
  };
}
