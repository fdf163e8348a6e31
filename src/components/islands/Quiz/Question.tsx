import { useLayoutEffect, useRef, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { Answer } from '../../../lib/quiz/scoring';
import type { Purpose } from '../../../lib/quiz/types';
import { $quiz } from '../../../stores/quiz';
import { Heading, type HeadingRef } from './ResultBody';
import type { QuizProps } from './types';

/** One question: a choice of purposes, skip, back and next; choosing none and going on is an error. */
export function Question(
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
