import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';

interface Props {
  strings: ContactStrings;
  on: boolean;
  onChange(on: boolean): void;
  /** Ties drawn now (null while switched off), of `total`. */
  drawn: number | null;
  total: number;
}

/** The map's switch for the lines between people who know each other, and how many of them it can draw. */
export function TiesSwitch({ strings: s, on, onChange, drawn, total }: Props) {
  return (
    <div className="cm-ties-switch no-print">
      <label className="choice__option">
        <input type="checkbox" checked={on} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
        {s.ties.showOnMap}
      </label>
      {drawn !== null && drawn < total && <p className="cm-muted">{fill(s.ties.drawnSome, { drawn, total })}</p>}
    </div>
  );
}
