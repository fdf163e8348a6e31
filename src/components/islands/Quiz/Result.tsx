import { useState } from 'react';
import { interpretScores, type Scores } from '../../../lib/quiz/scoring';
import { encodeShareCode } from '../../../lib/quiz/share';
import { purposes } from '../../../lib/quiz/types';
import { useClientValue } from '../shared/useClientValue';
import { intlLocale } from '../../../lib/site/locale';
import { Heading, ResultBody, type HeadingRef } from './ResultBody';
import { ResultQr } from './ResultQr';
import type { QuizProps } from './types';

/** The reader's own result: what it means, where to go next, earlier results, and ways to share and print it. */
export function Result(
  props: QuizProps & {
    scores: Scores;
    history: { at: string; scores: Scores; answered: number }[];
    headingRef: HeadingRef;
    onChangeAnswers: () => void;
    onRestart: () => void;
  },
) {
  const { strings: s, scores, lang, profiles, links } = props;
  const level = props.headingLevel ?? 2;
  const sub = (level + 1) as 3 | 4;
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const shareUrl = useClientValue(() => new URL(`${links.quiz}#${encodeShareCode(scores)}`, location.href).href, '');
  const earlier = props.history.slice(0, -1);
  const previous = earlier[earlier.length - 1];
  const dateFormat = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium' });
  // The main purpose; there is none only when nothing was answered.
  const main = interpretScores(scores).primary[0];
  // The quiz is also embedded in an article: never suggest the page the reader is on.
  const articles = main ? profiles[main].articles.filter((a) => a.href !== props.currentPath) : [];
  const changeAnswers = (
    <button type="button" className={main && 'secondary'} onClick={props.onChangeAnswers}>
      {s.changeAnswers}
    </button>
  );
  return (
    <section className="quiz__result">
      <Heading level={level} headingRef={props.headingRef}>
        {s.resultTitle}
      </Heading>
      {!main ? (
        <>
          <p>{s.noAnswers}</p>
          <div className="button-row">{changeAnswers}</div>
        </>
      ) : (
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
                <a href={`${links.groupPurpose}?purpose=${main}`}>{s.toGroup}</a>
              </li>
              <li>
                <a href={`${links.contactMap}?purpose=${main}`}>{s.toMap}</a>
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
            <div className="inline-field share-row">
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
            {changeAnswers}
            <button type="button" className="secondary" onClick={props.onRestart}>
              {s.startOver}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
