import { fill } from '../../../i18n/fill';
import { labelledPoints } from '../../../lib/group/chartLabels';
import { formatMonth } from '../../../lib/group/dates';
import type { Mark } from '../../../lib/group/types';
import type { TrendPoint } from '../../../lib/group/vitality';
import type { SignSpread } from '../../../lib/group/votes';
import type { GroupProps } from './props';
import { intlLocale } from '../../../lib/site/locale';

type Strings = GroupProps['strings'];
/** A figure with at most one decimal, in the page's language. */
export const num = (n: number, lang: GroupProps['lang']) => n.toLocaleString(intlLocale(lang), { maximumFractionDigits: 1 });

/**
 * One sign's members' marks on a 1–5 scale: a dot per member (equal marks stacked), the median as an
 * upright line. The same figures are always in the text beside it.
 */
export function SignDots({
  spread,
  label,
  lang,
  strings: s,
}: {
  spread: SignSpread;
  label: string;
  lang: GroupProps['lang'];
  strings: Strings;
}) {
  const W = 300;
  const left = 20;
  const step = (W - 2 * left) / 4;
  const x = (v: number) => left + (v - 1) * step;
  const counts = new Map<number, number>();
  for (const v of spread.values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const tallest = Math.max(1, ...counts.values());
  const gap = Math.min(12, 60 / tallest);
  const base = 18 + tallest * gap;
  const H = base + 22;
  const seen = new Map<number, number>();
  const summary = spread.median === null ? '' : `${spread.values.join(', ')}; ${fill(s.median, { n: num(spread.median, lang) })}`;
  return (
    <svg
      className={`sign-dots${spread.disagree ? ' sign-dots--disagree' : ''}`}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${label}: ${summary}`}
    >
      <line x1={x(1)} x2={x(5)} y1={base} y2={base} className="sign-dots__axis" />
      {[1, 2, 3, 4, 5].map((v) => (
        <text key={v} x={x(v)} y={base + 16} textAnchor="middle" className="sign-dots__tick">
          {v}
        </text>
      ))}
      {spread.median !== null && <line x1={x(spread.median)} x2={x(spread.median)} y1={6} y2={base} className="sign-dots__median" />}
      {spread.values.map((v, i) => {
        const k = seen.get(v) ?? 0;
        seen.set(v, k + 1);
        return <circle key={i} cx={x(v)} cy={base - 8 - k * gap} r={Math.min(5, gap / 2)} className="sign-dots__dot" />;
      })}
    </svg>
  );
}

/** The trend chart's drawing box and the margins for the mark axis (left) and the dates (below `bottom`). */
const TREND_FRAME = { width: 320, height: 120, left: 24, right: 16, top: 10, bottom: 96 } as const;
/** Month labels under a trend chart: about 45 units wide each ("sept. 25" at 12 px), so five fit in its width. */
const TREND_MOST_LABELS = 5;

/**
 * One sign over time: the agreed mark as a line of filled dots, the members' median as a hollow
 * diamond, their lowest to highest mark as a bar.
 */
export function TrendChart({
  points,
  sign,
  lang,
  strings: s,
}: {
  points: TrendPoint[];
  sign: string;
  lang: GroupProps['lang'];
  strings: Strings;
}) {
  const { width: W, height: H, left, right, top, bottom } = TREND_FRAME;
  const n = points.length;
  const x = (i: number) => (n === 1 ? (left + W - right) / 2 : left + (i * (W - left - right)) / (n - 1));
  const y = (v: number) => bottom - ((v - 1) * (bottom - top)) / 4;
  const agreed = points.map((p, i) => (p.rating === null ? null : `${x(i)},${y(p.rating)}`));
  // Lines join only neighbouring check-ins that both have an agreed mark.
  const segments: string[] = [];
  let current: string[] = [];
  for (const a of agreed) {
    if (a) current.push(a);
    else if (current.length) {
      segments.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) segments.push(current.join(' '));
  const labelled = new Set(labelledPoints(n, TREND_MOST_LABELS));
  return (
    <svg className="trend-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={fill(s.trendChartTitle, { sign })}>
      {[1, 2, 3, 4, 5].map((v) => (
        <g key={v}>
          <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} className="trend-chart__grid" />
          <text x={left - 8} y={y(v) + 4} textAnchor="end" className="trend-chart__tick">
            {v}
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        p.low !== null && p.high !== null ? (
          <rect
            key={`s${p.checkInId}`}
            x={x(i) - 4}
            y={y(p.high) - 4}
            width={8}
            height={y(p.low) - y(p.high) + 8}
            rx={4}
            className="trend-chart__spread"
          />
        ) : null,
      )}
      {segments.map((pts) => (
        <polyline key={pts} points={pts} className="trend-chart__line" />
      ))}
      {points.map((p, i) => (
        <g key={p.checkInId}>
          {p.median !== null && <path d={`M ${x(i)} ${y(p.median) - 6} l 6 6 l -6 6 l -6 -6 z`} className="trend-chart__median" />}
          {p.rating !== null && <circle cx={x(i)} cy={y(p.rating)} r={4} className="trend-chart__agreed" />}
          {labelled.has(i) ? (
            <text
              x={x(i)}
              y={H - 6}
              textAnchor={n > 1 && i === n - 1 ? 'end' : n > 1 && i === 0 ? 'start' : 'middle'}
              className="trend-chart__tick"
            >
              {formatMonth(p.date, lang)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

/** The legend under the trend charts, in words and the same shapes. */
export function TrendLegend({ strings: s }: { strings: Strings }) {
  return (
    <p className="trend-legend">
      <svg viewBox="0 0 12 12" className="trend-legend__key" aria-hidden="true">
        <circle cx="6" cy="6" r="4" className="trend-chart__agreed" />
      </svg>
      {s.agreed}{' '}
      <svg viewBox="0 0 12 12" className="trend-legend__key" aria-hidden="true">
        <path d="M 6 0 l 6 6 l -6 6 l -6 -6 z" className="trend-chart__median" />
      </svg>
      {s.medianShort}{' '}
      <svg viewBox="0 0 12 12" className="trend-legend__key" aria-hidden="true">
        <rect x="3" y="0" width="6" height="12" rx="3" className="trend-chart__spread" />
      </svg>
      {s.spreadShort} · ! = {s.disagree}
    </p>
  );
}

/** The marks' names in the page's language. */
export const markNames = (marks: GroupProps['marks']) =>
  Object.fromEntries(Object.entries(marks).map(([m, v]) => [m, v.name])) as Record<Mark, string>;
