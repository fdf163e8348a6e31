import type { ReactNode } from 'react';

/** A table of exercises with two figures each (what is stored, what a file holds). */
export function CountTable({
  head,
  rows,
}: {
  head: [string, string, string];
  rows: { id: string; cells: [string, ReactNode, ReactNode] }[];
}) {
  return (
    <table className="my-data__table">
      <thead>
        <tr>
          {head.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, cells: [name, a, b] }) => (
          <tr key={id}>
            <th scope="row">{name}</th>
            <td>{a}</td>
            <td>{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
