import { marks, type Mark, type Ratings } from '../../../lib/group/types';

/** Bars for one check-in's five ratings. The same figures are always in the text beside it. */
export function VitalityProfile({
  ratings: r,
  names,
  title,
  id,
}: {
  ratings: Ratings;
  names: Record<Mark, string>;
  title: string;
  id: string;
}) {
  const rowH = 34;
  const labelW = 150;
  const barMax = 200;
  return (
    <svg
      className="vitality-profile"
      viewBox={`0 0 ${labelW + barMax + 40} ${marks.length * rowH + 10}`}
      role="img"
      aria-labelledby={`${id}-title`}
    >
      <title id={`${id}-title`}>{`${title}: ${marks.map((m) => `${names[m]} ${r[m] ?? '–'}`).join(', ')}`}</title>
      {marks.map((m, i) => {
        const y = i * rowH + 8;
        const v = r[m];
        return (
          <g key={m}>
            <text x={labelW - 8} y={y + 17} textAnchor="end" className="vitality-profile__label">
              {names[m]}
            </text>
            <rect x={labelW} y={y + 4} width={barMax} height="18" className="vitality-profile__track" />
            {v !== null && <rect x={labelW} y={y + 4} width={(v / 5) * barMax} height="18" className="vitality-profile__bar" />}
            <text x={labelW + barMax + 8} y={y + 18} className="vitality-profile__value">
              {v ?? '–'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
