import { useMemo } from 'react';
import type { Locale } from '../../../i18n/locales';
import { Quiz } from './Quiz';
import { quizView, type ProfileArticles } from './view';

interface Props {
  lang: Locale;
  /** The path (with base) of the article the quiz is in: "read next" leaves it out. */
  currentPath: string;
  articles: ProfileArticles;
}

/**
 * The quiz inside an article. Its texts are put together here, in the browser, from the island's own code instead
 * of coming as props: in the page they would be a large part of the article's document, and the document would
 * no longer arrive in one round trip on a phone (issue #21). The code loads only when the quiz scrolls into view.
 */
export default function QuizEmbedded({ lang, currentPath, articles }: Props) {
  const props = useMemo(() => ({ ...quizView(lang, 3, articles), currentPath }), [lang, currentPath, articles]);
  return <Quiz {...props} />;
}
