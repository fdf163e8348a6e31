import { useStore } from '@nanostores/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useClientValue } from '../shared/useClientValue';
import { fill } from '../../../i18n/fill';
import { interpretScores, scoreQuiz, type Answer, type Scores } from '../../../lib/quiz/scoring';
import { decodeShareCode, encodeShareCode, type ShareDecode } from '../../../lib/quiz/share';
import { emptyQuiz, type QuizStep } from '../../../lib/quiz/state';
import { purposes, type Purpose } from '../../../lib/quiz/types';
import { CHECKING_STATUS } from '../../../stores/persist';
import { $quiz, $quizStatus, answerItem, finishQuiz, goToStep, quizDoc, restartQuiz } from '../../../stores/quiz';
import { StorageStatus } from '../shared/StorageStatus';
import { Heading, ResultBody, type HeadingRef } from './ResultBody';
import { ResultQr } from './ResultQr';
import type { QuizProps } from './types';
import '../shared/islands.css';
import './quiz.css';
import { intlLocale } from '../../../lib/site/locale';

// The server renders these; stable objects so hydration sees the same snapshot (DESIGN.md trap 1).
const SERVER_STATE = emptyQuiz();
// The server renders the form as 'checking' (inputs disabled) so nothing can be chosen before hydration.

/** Reads the shared result in the URL fragment, if there is one. Only in the browser, after hydration. */
function useSharedCode(maxItems: number): ShareDecode | null {
  const [shared, setShared] = useState<ShareDecode | null>(null);
  useEffect(() => {
    const read = () => setShared(location.hash.length > 1 ? decodeShareCode(location.hash, maxItems) : null);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [maxItems]);
  return shared;
}

export default function Quiz(props: QuizProps) {
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

  const go = (next: QuizStep) => {
    moved.current = true;
    setLocalStep(next);
    goToStep(next);
  };

  const storageLine = (
    <StorageStatus
      status={status}
      strings={props.storageStrings}
      lang={lang}
      name="quiz"
      currentJson={() => JSON.stringify($quiz.get(), null, 2)}
      backup={() => quizDoc.corruptBackup()}
      onDismissBackup={() => quizDoc.dismissBackup()}
    />
  );

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
          onFinish={() => {
            moved.current = true;
            setLocalStep('result');
            finishQuiz(itemIds);
          }}
          onRestart={() => {
            moved.current = true;
            setLocalStep(0);
            restartQuiz();
          }}
        />
      )}
      {step === 'result' && (
        <Result
          {...props}
          scores={scoreQuiz(state.answers, itemIds).scores}
          history={state.history}
          headingRef={headingRef}
          onChangeAnswers={() => go('review')}
          onRestart={() => {
            moved.current = true;
            setLocalStep(0);
            restartQuiz();
          }}
        />
      )}
      <p className="quiz__paper no-print">
        <a href={props.links.paper}>{s.paperVersion}</a>
      </p>
    </div>
  );
}

function Question(
  props: QuizProps & {
    index: number;
    value: Answer | undefined;
    headingRef: HeadingRef;
    readOnly: boolean;
    onAnswer: (value: Purpose) => void;
    onBack: () => void;
    onNext: (value: Answer | undefined) => void;
  },
) {
  const { strings: s, items, index, value, headingRef } = props;
  const item = items[index]!;
  const [error, setError] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    // Read the store, not this render's props: Enter can follow an arrow key before the island re-renders.
    const current = $quiz.get().answers[item.id];
    if (!current || current === 'skip') {
      setError(true);
      return;
    }
    props.onNext(current);
  };
  const n = index + 1;
  const name = `quiz-${item.id}`;
  const level = props.headingLevel ?? 2;
  return (
    <form className="quiz__question" onSubmit={submit} noValidate>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
          <Heading level={(level + 1) as 3 | 4}>{s.errorTitle}</Heading>
          <p>
            <a href={`#${name}-${item.options[0]!.purpose}`}>{s.errorChoose}</a>
          </p>
        </div>
      )}
      <p className="quiz__progress" aria-hidden="true">
        <span>{fill(s.progress, { n, total: items.length })}</span>
        <progress max={items.length} value={n} />
      </p>
      <fieldset aria-describedby={`${name}-hint`} aria-invalid={error || undefined}>
        <legend>
          <Heading level={level} headingRef={headingRef}>
            <span className="visually-hidden">{fill(s.progressLabel, { n, total: items.length })}: </span>
            {item.prompt}
          </Heading>
        </legend>
        <p id={`${name}-hint`} className="quiz__hint">
          {s.chooseOne}
        </p>
        {error && <p className="field-error">{s.errorChoose}</p>}
        <div className="quiz__options">
          {item.options.map((o) => (
            <label key={o.purpose} className="quiz__option" htmlFor={`${name}-${o.purpose}`}>
              <input
                type="radio"
                id={`${name}-${o.purpose}`}
                name={name}
                value={o.purpose}
                checked={value === o.purpose}
                disabled={props.readOnly}
                onChange={() => {
                  setError(false);
                  props.onAnswer(o.purpose);
                }}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        {index > 0 && (
          <button type="button" className="secondary" onClick={props.onBack}>
            {s.back}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => props.onNext('skip')} disabled={props.readOnly}>
          {s.skip}
        </button>
        <button type="submit">{index === items.length - 1 ? s.toReview : s.next}</button>
      </div>
    </form>
  );
}

function Review(
  props: QuizProps & {
    answers: Record<string, Answer>;
    headingRef: HeadingRef;
    onChange: (index: number) => void;
    onFinish: () => void;
    onRestart: () => void;
  },
) {
  const { strings: s, items, answers } = props;
  const level = props.headingLevel ?? 2;
  return (
    <section className="quiz__review">
      <Heading level={level} headingRef={props.headingRef}>
        {s.reviewTitle}
      </Heading>
      <p>{s.reviewIntro}</p>
      <dl className="review-list">
        {items.map((item, i) => {
          const a = answers[item.id];
          const text = !a ? s.notAnswered : a === 'skip' ? s.skipped : item.options.find((o) => o.purpose === a)?.text;
          return (
            <div key={item.id} className="review-list__row">
              <dt>
                <span className="review-list__n">{i + 1}.</span> {item.prompt}
              </dt>
              <dd className={!a || a === 'skip' ? 'review-list__empty' : undefined}>{text}</dd>
              <dd className="review-list__action">
                <button type="button" className="link-button" onClick={() => props.onChange(i)}>
                  {s.change}
                  <span className="visually-hidden"> {fill(s.changeHidden, { n: i + 1 })}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="button-row">
        <button type="button" onClick={props.onFinish}>
          {s.seeResult}
        </button>
        <button type="button" className="secondary" onClick={props.onRestart}>
          {s.startOver}
        </button>
      </div>
    </section>
  );
}

function Result(
  props: QuizProps & {
    scores: Scores;
    history: { at: string; scores: Scores; answered: number }[];
    headingRef: HeadingRef;
    onChangeAnswers: () => void;
    onRestart: () => void;
  },
) {
  const { strings: s, scores, lang, profiles, links } = props;
  const result = interpretScores(scores);
  const level = props.headingLevel ?? 2;
  const sub = (level + 1) as 3 | 4;
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const shareUrl = useClientValue(() => new URL(`${links.quiz}#${encodeShareCode(scores)}`, location.href).href, '');
  const earlier = props.history.slice(0, -1);
  const previous = earlier[earlier.length - 1];
  const dateFormat = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium' });
  const main = result.primary[0];
  // The quiz is also embedded in an article: never suggest the page the reader is on.
  const articles = main ? profiles[main].articles.filter((a) => a.href !== props.currentPath) : [];
  const withPurpose = (href: string) => (main ? `${href}?purpose=${main}` : href);

  if (result.outcome === 'none') {
    return (
      <section className="quiz__result">
        <Heading level={level} headingRef={props.headingRef}>
          {s.resultTitle}
        </Heading>
        <p>{s.noAnswers}</p>
        <div className="button-row">
          <button type="button" onClick={props.onChangeAnswers}>
            {s.changeAnswers}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="quiz__result">
      <Heading level={level} headingRef={props.headingRef}>
        {s.resultTitle}
      </Heading>
      <ResultBody {...props} compare={previous?.scores} idPrefix="own" showProfiles />
      {articles.length > 0 && (
        <div className="no-print">
          <Heading level={sub}>{s.readNext}</Heading>
          <ul>
            {articles.map((a) => (
              <li key={a.href}>
                <a href={a.href}>{a.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="no-print">
        <Heading level={sub}>{s.nextSteps}</Heading>
        <ul>
          <li>
            <a href={withPurpose(links.groupPurpose)}>{s.toGroup}</a>
          </li>
          <li>
            <a href={withPurpose(links.contactMap)}>{s.toMap}</a>
          </li>
        </ul>
      </div>
      {earlier.length > 0 && (
        <div className="quiz__history">
          <Heading level={sub}>{s.historyTitle}</Heading>
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{s.historyDate}</th>
                {purposes.map((p) => (
                  <th scope="col" key={p}>
                    {profiles[p].name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.history.map((h) => (
                <tr key={h.at}>
                  <th scope="row">{dateFormat.format(new Date(h.at))}</th>
                  {purposes.map((p) => (
                    <td key={p}>{h.scores[p]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="no-print">
        <Heading level={sub}>{s.qrTitle}</Heading>
        <ResultQr scores={scores} strings={s} />
      </div>
      <div className="quiz__share no-print">
        <Heading level={sub}>{s.shareTitle}</Heading>
        <p>{s.shareText}</p>
        <label htmlFor="quiz-share-url">{s.shareLabel}</label>
        <div className="share-row">
          <input id="quiz-share-url" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
          <button
            type="button"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(shareUrl);
                setCopyState('copied');
              } catch {
                setCopyState('failed');
              }
            }}
          >
            {s.copy}
          </button>
        </div>
        <p role="status" className="share-status">
          {copyState === 'copied' ? s.copied : copyState === 'failed' ? s.copyFailed : ''}
        </p>
      </div>
      <div className="button-row no-print">
        <button type="button" onClick={() => window.print()}>
          {s.print}
        </button>
        <button type="button" className="secondary" onClick={props.onChangeAnswers}>
          {s.changeAnswers}
        </button>
        <button type="button" className="secondary" onClick={props.onRestart}>
          {s.startOver}
        </button>
      </div>
    </section>
  );
}

function SharedResult(props: QuizProps & { shared: ShareDecode; headingRef: HeadingRef }) {
  const { strings: s, shared } = props;
  const level = props.headingLevel ?? 2;
  return (
    <section className="quiz__shared">
      <Heading level={level} headingRef={props.headingRef}>
        {s.sharedTitle}
      </Heading>
      {shared.ok ? (
        <>
          <p>{s.sharedIntro}</p>
          <ResultBody {...props} scores={shared.scores} idPrefix="shared" showProfiles={false} voice="shared" />
        </>
      ) : (
        <p role="alert" className="notice notice--warn">
          {s.sharedInvalid}
        </p>
      )}
      <div className="button-row">
        <a
          className="button"
          href={props.links.quiz}
          onClick={(e) => {
            e.preventDefault();
            history.pushState(null, '', props.links.quiz);
            window.dispatchEvent(new HashChangeEvent('hashchange'));
          }}
        >
          {s.takeQuiz}
        </a>
      </div>
    </section>
  );
}
