import { purposes, type Purpose } from '../../../lib/quiz/types';
import type { Scores } from '../../../lib/quiz/scoring';

interface Props {
  scores: Scores;
  names: Record<Purpose, string>;
  title: string;
  /** A second set of scores drawn as a dashed outline (an earlier result). */
  compare?: Scores | undefined;
  id: string;
}

const R = 80;
// North, east, south, west.
const angle: Record<Purpose, number> = { community: -90, access: 0, influence: 90, learning: 180 };
const point = (p: Purpose, r: number) => {
  const a = (angle[p] * Math.PI) / 180;
  return [Math.round(Math.cos(a) * r * 10) / 10, Math.round(Math.sin(a) * r * 10) / 10] as const;
};

function shape(scores: Scores, max: number) {
  return purposes.map((p) => point(p, max === 0 ? 0 : (scores[p] / max) * R).join(',')).join(' ');
}

/** The four scores as a compass rose. The same numbers are always shown as text beside it. */
export function CompassRose({ scores, names, title, compare, id }: Props) {
  const max = Math.max(1, ...purposes.map((p) => scores[p]), ...(compare ? purposes.map((p) => compare[p]) : []));
  const labelPos: Record<Purpose, { x: number; y: number; anchor: 'middle' | 'start' | 'end' }> = {
    community: { x: 0, y: -R - 12, anchor: 'middle' },
    access: { x: R + 8, y: 4, anchor: 'start' },
    influence: { x: 0, y: R + 22, anchor: 'middle' },
    learning: { x: -R - 8, y: 4, anchor: 'end' },
  };
  return (
    <svg className="compass" viewBox="-175 -112 350 230" role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{`${title}: ${purposes.map((p) => `${names[p]} ${scores[p]}`).join(', ')}`}</title>
      {[0.25, 0.5, 0.75, 1].map((f) => (
        <circle key={f} r={R * f} className="compass__ring" fill="none" />
      ))}
      {purposes.map((p) => {
        const [x, y] = point(p, R);
        return <line key={p} x1="0" y1="0" x2={x} y2={y} className="compass__axis" />;
      })}
      {compare && <polygon points={shape(compare, max)} className="compass__compare" fill="none" />}
      <polygon points={shape(scores, max)} className="compass__shape" />
      {purposes.map((p) => {
        const [x, y] = point(p, max === 0 ? 0 : (scores[p] / max) * R);
        return <circle key={p} cx={x} cy={y} r="4" className="compass__dot" />;
      })}
      {purposes.map((p) => (
        <text key={p} x={labelPos[p].x} y={labelPos[p].y} textAnchor={labelPos[p].anchor} className="compass__label">
          {`${names[p]} ${scores[p]}`}
        </text>
      ))}
    </svg>
  );
}
