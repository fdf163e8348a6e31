import { marks, ratings, type Mark, type Rating, type Ratings } from '../../../lib/group/types';
import type { GroupProps } from './props';

/** A group of radio buttons for each mark, one button per rating; `prefix` keeps the groups of different forms apart. */
export function RatingFields({
  prefix,
  value,
  onChange,
  disabled,
  marks: markInfo,
  hints,
}: {
  prefix: string;
  value: Ratings;
  onChange: (m: Mark, r: Rating) => void;
  disabled: boolean;
  marks: GroupProps['marks'];
  hints?: Partial<Record<Mark, string>>;
}) {
  return (
    <>
      {marks.map((m) => (
        <fieldset key={m} className="rating">
          <legend>
            <strong>{markInfo[m].name}</strong>
            {hints?.[m] && <span className="rating__hint"> ({hints[m]})</span>}
            <span className="rating__description">{markInfo[m].description}</span>
          </legend>
          <div className="rating__options">
            {ratings.map((r) => (
              <label key={r} className="rating__option">
                <input
                  type="radio"
                  name={`${prefix}-${m}`}
                  value={r}
                  checked={value[m] === r}
                  disabled={disabled}
                  onChange={() => onChange(m, r)}
                />
                <span>{r}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
