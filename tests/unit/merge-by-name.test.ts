import { describe, expect, it } from 'vitest';
import { hasName, mergeByName } from '../../src/lib/contacts/mergeByName';

interface Row {
  name: string;
  n: number;
}

/** A list of rows keyed by lower-case name, holding at most `room` rows. */
function list(rows: Row[], room: number) {
  const index = new Map(rows.map((r, i) => [r.name.toLowerCase(), i]));
  return {
    rows,
    index,
    key: (r: Row) => r.name.toLowerCase(),
    merge: (i: number, r: Row) => (rows[i] = { ...rows[i]!, n: rows[i]!.n + r.n }),
    add: (r: Row) => (rows.length < room ? rows.push(r) - 1 : null),
  };
}

describe('mergeByName', () => {
  it('merges a name already there and a name twice in the file, and adds the rest while there is room', () => {
    const target = list([{ name: 'Anna', n: 1 }], 3);
    const counts = mergeByName(
      [
        { name: 'ANNA', n: 1 },
        { name: 'Bo', n: 1 },
        { name: 'bo', n: 1 },
        { name: 'Carl', n: 1 },
        { name: 'Dorte', n: 1 },
      ],
      target,
    );
    expect(counts).toEqual({ added: 2, merged: 2, skipped: 1 });
    expect(target.rows).toEqual([
      { name: 'Anna', n: 2 },
      { name: 'Bo', n: 2 },
      { name: 'Carl', n: 1 },
    ]);
  });

  it('leaves out records without a name before merging', () => {
    expect([{ name: '' }, { name: 'Eva' }].filter(hasName)).toEqual([{ name: 'Eva' }]);
  });
});
