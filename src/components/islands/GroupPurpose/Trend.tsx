import { formatDay } from '../../../lib/group/dates';
import { marks } from '../../../lib/group/types';
import type { TrendPoint, vitalityTrend } from '../../../lib/group/vitality';
import { markNames, num, TrendChart, TrendLegend } from './Charts';
import type { GroupProps } from './props';

/**
 * The trend: a small chart per sign and the table with the same figures. Shared with the printed sheet. On screen the
 * table has a column per check-in (it scrolls sideways); on paper a row per check-in, so that a year of check-ins
 * runs down the page instead of off its right edge.
 */
export function Trend(props: GroupProps & { trend: ReturnType<typeof vitalityTrend>; idPrefix?: string }) {
  const { strings: s, trend, lang, marks: markInfo } = props;
  const names = markNames(markInfo);
  const changeWord = { up: `↑ ${s.up}`, down: `↓ ${s.down}`, same: `= ${s.same}`, new: '', none: '' } as const;
  const cell = (p: TrendPoint) => (
    <>
      {p.rating ?? '–'} <span className="trend-change">{changeWord[p.change]}</span>
      {p.voters > 0 && p.median !== null && (
        <span className={`trend-votes${p.disagree ? ' trend-votes--disagree' : ''}`}>
          {s.medianShort} {num(p.median, lang)},{' '}
          <span className="trend-range">
            {p.low}–{p.high}
            {p.disagree ? ' !' : ''}
          </span>
        </span>
      )}
    </>
  );
  return (
    <>
      <div className="trend-charts">
        {marks.map((m) => (
          <figure key={m} className="trend-charts__item">
            <figcaption>{names[m]}</figcaption>
            <TrendChart points={trend.series[m]} sign={names[m]} lang={lang} strings={s} />
          </figure>
        ))}
      </div>
      <TrendLegend strings={s} />
      <div className="table-scroll trend-table--on-screen" role="region" aria-label={s.trendCaption} tabIndex={0}>
        <table className="trend-table">
          <caption>{s.trendCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.mark}</th>
              {trend.points.map((p) => (
                <th scope="col" key={p.checkInId}>
                  {formatDay(p.date, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {marks.map((m) => (
              <tr key={m}>
                <th scope="row">{names[m]}</th>
                {trend.series[m].map((p) => (
                  <td key={p.checkInId}>{cell(p)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className="trend-table trend-table--on-paper">
        <caption>{s.trendCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.checkInDate}</th>
            {marks.map((m) => (
              <th scope="col" key={m}>
                {names[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.points.map((p, i) => (
            <tr key={p.checkInId}>
              <th scope="row">{formatDay(p.date, lang)}</th>
              {marks.map((m) => (
                <td key={m}>{cell(trend.series[m][i]!)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
