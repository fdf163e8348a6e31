import { fill } from '../../../i18n/fill';
import type { Answer } from '../../../lib/quiz/scoring';
import { Heading, type HeadingRef } from './ResultBody';
import type { QuizProps } from './types';

/** Every answer on one page ("check your answers"), each with a way back to change it. */
export function Review(
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
