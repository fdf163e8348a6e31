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

export function ResultBody(props: QuizProps & { scores: Scores; compare?: Scores | undefined; idPrefix: string; showProfiles: boolean }) {
  const { strings: s, profiles, scores } = props;
  const result = interpretScores(scores);
  const names = Object.fromEntries(purposes.map((p) => [p, profiles[p].name])) as Record<Purpose, string>;
  const level = ((props.headingLevel ?? 2) + 1) as 3 | 4;
  const total = props.items.length;
  const lower = (p: Purpose) => names[p].toLowerCase();
  return (
    <>
      <p className="quiz__based-on">
        {result.answered === 1 ? fill(s.basedOnOne, { total }) : fill(s.basedOn, { n: result.answered, total })}
      </p>
      <p className="quiz__limits">{s.limits}</p>
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
      {result.outcome === 'balanced' && (
        <>
          <Heading level={level}>{s.balancedTitle}</Heading>
          <p>{s.balancedText}</p>
        </>
      )}
      {result.outcome === 'clear' && (
        <Heading level={level}>
          {result.primary.length === 1
            ? fill(s.primaryOne, { name: lower(result.primary[0]!) })
            : fill(s.primaryTie, { names: joinNames(result.primary.map(lower), s.and) })}
        </Heading>
      )}
      {props.showProfiles && result.outcome === 'clear' && (
        <div className={result.primary.length > 1 ? 'profiles profiles--tie' : 'profiles'}>
          {result.primary.map((p) => (
            <Profile key={p} {...props} purpose={p} level={level} />
          ))}
        </div>
      )}
      {props.showProfiles && result.outcome === 'clear' && result.secondary.length > 0 && (
        <p className="quiz__secondary">
          <strong>{fill(s.secondary, { names: joinNames(result.secondary.map(lower), s.and) })}.</strong>{' '}
          {result.secondary.map((p) => profiles[p].summary).join(' ')}
        </p>
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
      <p className="profile__summary">{p.summary}</p>
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
