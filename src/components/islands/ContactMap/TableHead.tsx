import type { ContactStrings } from '../../../i18n/islands/contacts';

/** The people table's header row, on screen and in print: the columns named by their `col` strings. */
export function TableHead({ strings: s, columns }: { strings: ContactStrings; columns: readonly (keyof ContactStrings['col'])[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th scope="col" key={c}>
            {s.col[c]}
          </th>
        ))}
      </tr>
    </thead>
  );
}
