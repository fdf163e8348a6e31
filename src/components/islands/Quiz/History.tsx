import type { Scores } from '../../../lib/quiz/scoring';
import { purposes } from '../../../lib/quiz/types';
import { Heading } from './ResultBody';
import type { QuizProps } from './types';

export type QuizHistory = { at: string; scores: Scores; answered: number }[];

/** Every result the reader has had, one row a time they finished the quiz. */
export function History({ strings: s, lang, profiles, history, level }: QuizProps & { history: QuizHistory; level: 3 | 4 }) {
  const dateFormat = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium' });
  return (
    <div className="quiz__history">
      <Heading level={level}>{s.historyTitle}</Heading>
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
          {history.map((h) => (
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
  );
}
