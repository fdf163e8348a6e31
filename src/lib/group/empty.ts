import { marks, type GroupState, type Ratings, type Worksheet } from './types';

/** Empty values: a state with no worksheet, a check-in with no mark, a new worksheet. */

export const emptyGroupState = (): GroupState => ({ worksheets: {}, order: [] });

export const emptyRatings = (): Ratings => Object.fromEntries(marks.map((m) => [m, null])) as Ratings;

export function emptyWorksheet(id: string, name: string, now: Date): Worksheet {
  const at = now.toISOString();
  return {
    id,
    name,
    createdAt: at,
    updatedAt: at,
    purpose: { text: '', first: null, second: null, memberValue: '', timeValue: '' },
    boundaries: { openness: null, kind: null, focus: null, privateLine: '' },
    members: { who: '', mix: '', missing: '' },
    content: { shared: '', passion: '' },
    form: { rhythm: '', structure: '', variation: '', leadership: '', giveReceive: '' },
    contributions: [],
    measure: { worth: '', revisit: '' },
    checkIns: [],
    memberResults: [],
  };
}
