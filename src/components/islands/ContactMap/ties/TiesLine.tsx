import { useStore } from '@nanostores/react';
import { useMemo } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { tiesOf } from '../../../../lib/contacts/network/ties';
import { $contacts } from '../../../../stores/contacts';

/** "Knows: A, B, C" for a person's details (the table's details row, the phone's person sheet). Shown only after a click, so it reads the store itself. */
export function TiesLine({ strings: s, id }: { strings: ContactStrings; id: string }) {
  const state = useStore($contacts);
  const names = useMemo(
    () =>
      tiesOf(state.ties, id)
        .map((other) => state.people[other]?.name)
        .filter((name): name is string => name !== undefined)
        .sort((a, b) => a.localeCompare(b, 'da')),
    [state.ties, state.people, id],
  );
  return <p className="cm-ties-line">{names.length ? fill(s.ties.knows, { names: names.join(', ') }) : s.ties.knowsNobody}</p>;
}
