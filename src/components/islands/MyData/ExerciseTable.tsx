import type { ReactNode } from 'react';

/** A table with one row per exercise: its name, then two values (what is stored, or now and in a file). */
export function ExerciseTable({
  head,
  rows,
}: {
  head: readonly [string, string, string];
  rows: readonly { name: string; cells: readonly [ReactNode, ReactNode] }[];
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
        {rows.map(({ name, cells }) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{cells[0]}</td>
            <td>{cells[1]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
