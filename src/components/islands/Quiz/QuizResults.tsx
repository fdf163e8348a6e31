import { useStore } from '@nanostores/react';
import { fill } from '../../../i18n/fill';
import type { MyResultsStrings } from '../../../i18n/islands/myResults';
import { emptyQuiz } from '../../../lib/quiz/state';
import { CHECKING_STATUS } from '../../../stores/persist';
import { $quiz, $quizStatus } from '../../../stores/quiz';
import { NoResults, ResultsChecking } from '../shared/NoResults';
import { ResultBody } from './ResultBody';
import type { QuizProps } from './types';
import { fromPackedProps } from '../shared/packedProps';
import '../shared/islands.css';
import './quiz.css';
import { intlLocale } from '../../../lib/site/locale';

const SERVER_STATE = emptyQuiz();

/** The reader's latest quiz result, for the "my results" page; says so plainly when there is none. */
export function QuizResults(props: QuizProps & { results: MyResultsStrings }) {
  const { results: r, lang } = props;
  const state = useStore($quiz, { ssr: () => SERVER_STATE });
  const status = useStore($quizStatus, { ssr: () => CHECKING_STATUS });
  if (status.save === 'checking') return <ResultsChecking text={r.checking} />;
  const latest = state.history.at(-1);
  const previous = state.history.at(-2);
  if (!latest) {
    const started = Object.keys(state.answers).length > 0;
    return (
      <NoResults text={started ? r.quiz.unfinished : r.quiz.none} href={props.links.quiz} link={started ? r.quiz.resume : r.quiz.start} />
    );
  }
  const date = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long' }).format(new Date(latest.at));
  return (
    <div className="quiz results results--filled">
      <p>{fill(r.quiz.from, { date })}</p>
      <ResultBody {...props} scores={latest.scores} compare={previous?.scores} idPrefix="results-quiz" showProfiles />
    </div>
  );
}

/** The island: its props arrive packed (one JSON string, `packProps`). */
export default fromPackedProps(QuizResults);
