/** One choice in a select: its value and what the reader sees. */
export type SelectOption<V extends string> = readonly [value: V, text: string];

interface Props<V extends string> {
  id?: string;
  /** A name for a select without a visible label (a table cell). */
  ariaLabel?: string;
  value: V;
  options: readonly SelectOption<V>[];
  disabled?: boolean;
  onChange(value: V): void;
}

/** A select over a fixed list of choices (the filters, the sort order, a table cell's context or closeness). */
export function ChoiceSelect<V extends string>({ id, ariaLabel, value, options, disabled, onChange }: Props<V>) {
  return (
    <select
      id={id}
      aria-label={ariaLabel}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange((e.target as HTMLSelectElement).value as V)}
    >
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}
