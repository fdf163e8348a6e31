import { quizStrings } from '../../../i18n/islands/quiz';
import { storageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import { pathTo } from '../../../i18n/routes';
import { purposeProfiles, quizItems } from '../../../lib/quiz/bank';
import { purposes, type Purpose } from '../../../lib/quiz/types';
import type { ProfileView, QuizProps } from './types';

/** The articles each profile points to, in the page's language: the one part of the quiz that comes from the content collection. */
export type ProfileArticles = Record<Purpose, { title: string; href: string }[]>;

/**
 * The quiz in one language, put together from the string tables and the quiz's data. The server calls it for the
 * quiz's own page and My results (props.ts), and an article's embedded quiz calls it in the browser (QuizEmbedded),
 * so the article's document does not carry the quiz's texts.
 */
export function quizView(lang: Locale, headingLevel: 2 | 3, articles: ProfileArticles): QuizProps {
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
            articles: articles[p],
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
