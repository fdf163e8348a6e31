import { useStore } from '@nanostores/react';
import { useMemo } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { knownNames } from '../../../../lib/contacts/network/ties';
import { $contacts } from '../../../../stores/contacts';

interface Props {
  strings: ContactStrings;
  id: string;
  /** Name at most this many, then "and n more" (the map's card); all of them without it (the details row, the sheet). */
  max?: number;
}

/** "Knows: A, B, C" for a person's details (the table's details row, the phone's person sheet, the map's card). Shown only after a click, so it reads the store itself. */
export function TiesLine({ strings: s, id, max }: Props) {
  const state = useStore($contacts);
  const { names, more } = useMemo(
    () => knownNames(state.ties, id, (other) => state.people[other]?.name, max),
    [state.ties, state.people, id, max],
  );
  if (names.length === 0) return <p className="cm-ties-line">{s.ties.knowsNobody}</p>;
  const rest = more === 0 ? '' : ` ${more === 1 ? s.andOneMore : fill(s.andMore, { n: more })}`;
  return <p className="cm-ties-line">{fill(s.ties.knows, { names: names.join(', ') + rest })}</p>;
}
