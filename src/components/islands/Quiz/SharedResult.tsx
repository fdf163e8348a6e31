import type { ShareDecode } from '../../../lib/quiz/share';
import { Heading, ResultBody, type HeadingRef } from './ResultBody';
import type { QuizProps } from './types';

/** Someone else's result from a shared link, with a way to take the quiz oneself. */
export function SharedResult(props: QuizProps & { shared: ShareDecode; headingRef: HeadingRef }) {
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
