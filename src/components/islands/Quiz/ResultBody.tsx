import { fill } from '../../../i18n/fill';
import { interpretScores, type Scores } from '../../../lib/quiz/scoring';
import { purposes, type Purpose } from '../../../lib/quiz/types';
import { CompassRose } from './CompassRose';
import type { QuizProps } from './types';

/*
 * The quiz result as a document: scores, compass rose, what the main purpose means. Shared by the quiz
 * itself (own and shared results) and the "my results" page, so both print the same thing.
 */

export type HeadingRef = React.RefObject<HTMLHeadingElement | null>;
export const Heading = ({ level, children, headingRef }: { level: 2 | 3 | 4; children: React.ReactNode; headingRef?: HeadingRef }) => {
  const Tag = `h${level}` as const;
  return (
    <Tag ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
      {children}
    </Tag>
  );
};

const joinNames = (names: string[], and: string) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;

export function ResultBody(
  props: QuizProps & {
    scores: Scores;
    compare?: Scores | undefined;
    idPrefix: string;
    showProfiles: boolean;
    /** 'shared': someone else's result, told in the third person. */
    voice?: 'own' | 'shared';
  },
) {
  const { strings: s, profiles, scores } = props;
  const shared = props.voice === 'shared';
  const result = interpretScores(scores);
  const names = Object.fromEntries(purposes.map((p) => [p, profiles[p].name])) as Record<Purpose, string>;
  const level = ((props.headingLevel ?? 2) + 1) as 3 | 4;
  const total = props.items.length;
  const lower = (p: Purpose) => names[p].toLowerCase();
  const about: Record<Purpose, string> = shared
    ? { community: s.sharedAboutCommunity, access: s.sharedAboutAccess, influence: s.sharedAboutInfluence, learning: s.sharedAboutLearning }
    : (Object.fromEntries(purposes.map((p) => [p, profiles[p].summary])) as Record<Purpose, string>);
  const tie = result.primary.length > 1;
  return (
    <>
      {/* The verdict and what it means come first; the chart and the numbers follow. */}
      {result.outcome === 'balanced' && (
        <>
          <Heading level={level}>{shared ? s.sharedBalanced : s.balancedTitle}</Heading>
          <p className="quiz__verdict-text">{shared ? s.sharedBalancedText : s.balancedText}</p>
        </>
      )}
      {result.outcome === 'clear' && (
        <>
          <Heading level={level}>
            {fill(shared ? (tie ? s.sharedTie : s.sharedOne) : tie ? s.primaryTie : s.primaryOne, {
              name: lower(result.primary[0]!),
              names: joinNames(result.primary.map(lower), s.and),
            })}
          </Heading>
          {tie ? (
            <ul className="quiz__verdict-text">
              {result.primary.map((p) => (
                <li key={p}>
                  <strong>{names[p]}:</strong> {about[p]}
                </li>
              ))}
            </ul>
          ) : (
            <p className="quiz__verdict-text profile__summary">{about[result.primary[0]!]}</p>
          )}
          {result.secondary.length > 0 && (
            <p className="quiz__secondary">
              <strong>{fill(s.secondary, { names: joinNames(result.secondary.map(lower), s.and) })}.</strong>{' '}
              {result.secondary.map((p) => about[p]).join(' ')}
            </p>
          )}
        </>
      )}
      <div className="result-overview">
        <CompassRose scores={scores} compare={props.compare} names={names} title={s.chartTitle} id={`${props.idPrefix}-rose`} />
        <table className="score-table">
          <caption>{s.scoresCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.purpose}</th>
              <th scope="col">{s.points}</th>
            </tr>
          </thead>
          <tbody>
            {purposes.map((p) => (
              <tr key={p}>
                <th scope="row">{names[p]}</th>
                <td>{scores[p]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="quiz__based-on">
        {result.answered === 1 ? fill(s.basedOnOne, { total }) : fill(s.basedOn, { n: result.answered, total })}
      </p>
      <p className="quiz__limits">{s.limits}</p>
      {props.showProfiles && result.outcome === 'clear' && (
        <div className={tie ? 'profiles profiles--tie' : 'profiles'}>
          {result.primary.map((p) => (
            <Profile key={p} {...props} purpose={p} level={level} />
          ))}
        </div>
      )}
    </>
  );
}

function Profile(props: QuizProps & { purpose: Purpose; level: 3 | 4 }) {
  const { strings: s, profiles, purpose, level } = props;
  const p = profiles[purpose];
  const sub = (level + 1) as 4 | 5;
  const Sub = `h${sub}` as const;
  return (
    <div className="profile">
      <p className="profile__name">{p.name}</p>
      <Sub>{s.meaning}</Sub>
      <p>{p.meaning}</p>
      <Sub>{s.suits}</Sub>
      <p>{p.suits}</p>
      <Sub>{s.lookFor}</Sub>
      <p>{p.lookFor}</p>
      <Sub>{s.offer}</Sub>
      <p>{p.offer}</p>
      <Sub>{s.pitfall}</Sub>
      <p>{p.pitfall}</p>
    </div>
  );
}
