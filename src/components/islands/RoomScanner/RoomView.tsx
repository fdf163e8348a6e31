import { fill } from '../../../i18n/fill';
import type { RoomStrings } from '../../../i18n/islands/room';
import { purposes, type Purpose } from '../../../lib/quiz/types';
import { median, type RoomTally } from '../../../lib/workshop/room';

/** Dots in rows inside a box: where the i-th of n dots goes. */
const dotAt = (i: number, x: number, y: number, perRow: number, gap: number) => ({
  cx: x + (i % perRow) * gap,
  cy: y + Math.floor(i / perRow) * gap,
});

/** The room as the four corners (one dot a person) and the spread of each purpose's scores. Drawn with SVG attributes only (CSP). */
export function RoomView({
  tally,
  names,
  strings: s,
  maxItems,
}: {
  tally: RoomTally;
  names: Record<Purpose, string>;
  strings: RoomStrings;
  maxItems: number;
}) {
  const quadrants: Record<Purpose, { x: number; y: number }> = {
    community: { x: 0, y: 0 },
    access: { x: 200, y: 0 },
    influence: { x: 0, y: 150 },
    learning: { x: 200, y: 150 },
  };
  return (
    <>
      <h3>{s.cornersTitle}</h3>
      <p>{s.cornersText}</p>
      <svg className="room-corners" viewBox="0 0 400 300" role="img" aria-labelledby="room-corners-desc">
        <desc id="room-corners-desc">{purposes.map((p) => `${names[p]}: ${tally.corners[p]}`).join(', ')}</desc>
        {purposes.map((p) => {
          const q = quadrants[p];
          return (
            <g key={p}>
              <rect className="room-corners__box" x={q.x + 2} y={q.y + 2} width={196} height={146} rx={8} />
              <text className="room-corners__name" x={q.x + 14} y={q.y + 26}>
                {names[p]}
              </text>
              <text className="room-corners__count" x={q.x + 186} y={q.y + 28} textAnchor="end">
                {tally.corners[p]}
              </text>
              {Array.from({ length: tally.corners[p] }, (_, i) => {
                const { cx, cy } = dotAt(i, q.x + 20, q.y + 48, 10, 17);
                return <circle key={i} className="room-dot" cx={cx} cy={cy} r={6} />;
              })}
            </g>
          );
        })}
      </svg>
      <ul className="room-counts">
        {purposes.map((p) => (
          <li key={p}>
            {names[p]}: <strong>{tally.corners[p]}</strong>
          </li>
        ))}
        <li>{fill(s.between, { n: tally.between })}</li>
      </ul>
      <h3>{s.spreadTitle}</h3>
      <p>{s.spreadText}</p>
      <dl className="room-spread">
        {purposes.map((p) => {
          const values = tally.spread[p];
          const stacks = new Map<number, number>();
          return (
            <div key={p} className="room-spread__row">
              <dt>{names[p]}</dt>
              <dd>
                <svg viewBox={`0 0 ${maxItems * 20 + 20} 44`} className="room-spread__strip" aria-hidden="true" focusable="false">
                  <line className="room-spread__axis" x1={10} x2={maxItems * 20 + 10} y1={38} y2={38} />
                  {values.map((v, i) => {
                    const level = stacks.get(v) ?? 0;
                    stacks.set(v, level + 1);
                    return <circle key={i} className="room-dot room-dot--small" cx={10 + v * 20} cy={32 - Math.min(level, 5) * 6} r={4} />;
                  })}
                </svg>
                <span className="room-spread__text">
                  {values.length ? fill(s.spreadRange, { min: values[0]!, max: values[values.length - 1]!, median: median(values) }) : '–'}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
