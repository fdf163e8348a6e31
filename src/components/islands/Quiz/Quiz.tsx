import { useStore } from '@nanostores/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { scoreQuiz } from '../../../lib/quiz/scoring';
import { emptyQuiz, type QuizStep } from '../../../lib/quiz/state';
import { CHECKING_STATUS } from '../../../stores/persist';
import { $quiz, $quizStatus, answerItem, finishQuiz, goToStep, quizDoc, restartQuiz } from '../../../stores/quiz';
import { StorageStatus } from '../shared/StorageStatus';
import { useSharedCode } from './useSharedCode';
import { Question } from './Question';
import { Review } from './Review';
import { Result } from './Result';
import { SharedResult } from './SharedResult';
import type { QuizProps } from './types';
import { fromPackedProps } from '../shared/packedProps';
import '../shared/islands.css';
import './quiz.css';

// The server renders these; stable objects so hydration sees the same snapshot (DESIGN.md trap 1).
const SERVER_STATE = emptyQuiz();
// The server renders the form as 'checking' (inputs disabled) so nothing can be chosen before hydration.

export function Quiz(props: QuizProps) {
  const { strings: s, items, lang } = props;
  const state = useStore($quiz, { ssr: () => SERVER_STATE });
  const status = useStore($quizStatus, { ssr: () => CHECKING_STATUS });
  const shared = useSharedCode(items.length);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [returnToReview, setReturnToReview] = useState(false);
  // Answers sync across tabs, but once the reader moves in this tab, it keeps its own place.
  const [localStep, setLocalStep] = useState<QuizStep | null>(null);
  const itemIds = items.map((i) => i.id);
  const rawStep = localStep ?? state.step;
  const step: QuizStep = typeof rawStep === 'number' ? Math.min(rawStep, items.length - 1) : rawStep;

  // Move focus to the new view's heading after the reader acts (not on page load). A layout effect runs
  // right after the render, so a fast keyboard user's next key press lands on the new view.
  useLayoutEffect(() => {
    if (moved.current) {
      moved.current = false;
      headingRef.current?.focus();
    }
  }, [step, shared]);

  /** Shows another view after the reader acts: focus follows it, and `change` updates the store. */
  const show = (next: QuizStep, change: () => void) => {
    moved.current = true;
    setLocalStep(next);
    change();
  };
  const go = (next: QuizStep) => show(next, () => goToStep(next));
  const restart = () => show(0, restartQuiz);

  const storageLine = <StorageStatus doc={quizDoc} name="quiz" strings={props.storageStrings} lang={lang} />;

  if (shared) {
    return (
      <div className="quiz" data-pagefind-ignore="all">
        <SharedResult {...props} shared={shared} headingRef={headingRef} />
      </div>
    );
  }

  return (
    <div className="quiz" data-pagefind-ignore="all">
      {storageLine}
      {typeof step === 'number' && (
        <Question
          {...props}
          key={items[step]!.id}
          index={step}
          value={state.answers[items[step]!.id]}
          headingRef={headingRef}
          readOnly={status.save === 'readonly' || status.save === 'checking'}
          onAnswer={(value) => answerItem(items[step]!.id, value)}
          onBack={() => go(step - 1)}
          onNext={(value) => {
            if (value === 'skip') answerItem(items[step]!.id, 'skip');
            const last = step === items.length - 1;
            go(returnToReview || last ? 'review' : step + 1);
            setReturnToReview(false);
          }}
        />
      )}
      {step === 'review' && (
        <Review
          {...props}
          answers={state.answers}
          headingRef={headingRef}
          onChange={(index) => {
            setReturnToReview(true);
            go(index);
          }}
          onFinish={() => show('result', () => finishQuiz(itemIds))}
          onRestart={restart}
        />
      )}
      {step === 'result' && (
        <Result
          {...props}
          scores={scoreQuiz(state.answers, itemIds).scores}
          history={state.history}
          headingRef={headingRef}
          onChangeAnswers={() => go('review')}
          onRestart={restart}
        />
      )}
      <p className="quiz__paper no-print">
        <a href={props.links.paper}>{s.paperVersion}</a>
      </p>
    </div>
  );
}

/** The island: its props arrive packed (one JSON string, `packProps`). */
export default fromPackedProps(Quiz);
