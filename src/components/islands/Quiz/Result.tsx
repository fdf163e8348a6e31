import { interpretScores, type Scores } from '../../../lib/quiz/scoring';
import { History, type QuizHistory } from './History';
import { Heading, ResultBody, type HeadingRef } from './ResultBody';
import { ResultQr } from './ResultQr';
import { ShareLink } from './ShareLink';
import type { QuizProps } from './types';

type Props = QuizProps & {
  scores: Scores;
  history: QuizHistory;
  headingRef: HeadingRef;
  onChangeAnswers: () => void;
  onRestart: () => void;
};

/** The reader's own result; with no answers, a way back to answer. */
export function Result(props: Props) {
  const { strings: s } = props;
  return (
    <section className="quiz__result">
      <Heading level={props.headingLevel ?? 2} headingRef={props.headingRef}>
        {s.resultTitle}
      </Heading>
      {interpretScores(props.scores).outcome === 'none' ? (
        <>
          <p>{s.noAnswers}</p>
          <div className="button-row">
            <button type="button" onClick={props.onChangeAnswers}>
              {s.changeAnswers}
            </button>
          </div>
        </>
      ) : (
        <OwnResult {...props} />
      )}
    </section>
  );
}

/** What the result means, where to go next, earlier results, and ways to share and print it. */
function OwnResult(props: Props) {
  const { strings: s, scores, profiles, links } = props;
  const sub = ((props.headingLevel ?? 2) + 1) as 3 | 4;
  const earlier = props.history.slice(0, -1);
  const previous = earlier[earlier.length - 1];
  const main = interpretScores(scores).primary[0];
  // The quiz is also embedded in an article: never suggest the page the reader is on.
  const articles = main ? profiles[main].articles.filter((a) => a.href !== props.currentPath) : [];
  const withPurpose = (href: string) => (main ? `${href}?purpose=${main}` : href);
  return (
    <>
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
      {earlier.length > 0 && <History {...props} level={sub} />}
      <div className="no-print">
        <Heading level={sub}>{s.qrTitle}</Heading>
        <ResultQr scores={scores} strings={s} />
      </div>
      <ShareLink {...props} level={sub} />
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
    </>
  );
}
