import { purposes } from '../quiz/types';
import type { DocSpec } from '../storage/envelope';
import { isShareCode, resultKey } from './members';
import {
  fieldSections,
  groupFocuses,
  groupKinds,
  isIsoDate,
  isValidId,
  limits,
  marks,
  opennessValues,
  ratings as ratingValues,
  sectionFields,
  textLimits,
  worksheetSections,
  type CheckIn,
  type Contribution,
  type FieldSection,
  type MemberResult,
  type Vote,
  VOTE_MARKS_PATTERN,
  type Rating,
  type Ratings,
  type Worksheet,
  type WorksheetSection,
} from './types';

/** Every group worksheet the reader keeps, by id, and the order they are listed in. */
export interface GroupState {
  worksheets: Record<string, Worksheet>;
  order: string[];
}

export const emptyGroupState = (): GroupState => ({ worksheets: {}, order: [] });

export const emptyRatings = (): Ratings => ({ purpose: null, relationships: null, interest: null, passion: null, structure: null });

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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A worksheet of version 1 (before members' quiz results and each member's own marks were kept) in the
 * shape of version 2: no stored results, and no votes at any check-in. Anything else is left for the
 * schema to refuse.
 */
export function upgradeWorksheetV1(worksheet: unknown): unknown {
  if (!isObject(worksheet)) return worksheet;
  const checkIns = Array.isArray(worksheet.checkIns)
    ? worksheet.checkIns.map((c: unknown) => (isObject(c) && !('votes' in c) ? { ...c, votes: [] } : c))
    : worksheet.checkIns;
  return { ...worksheet, checkIns, memberResults: 'memberResults' in worksheet ? worksheet.memberResults : [] };
}

/** Stored group state of version 1, upgraded worksheet by worksheet. */
export function upgradeGroupStateV1(data: unknown): unknown {
  if (!isObject(data) || !isObject(data.worksheets)) return data;
  const worksheets: Record<string, unknown> = {};
  for (const [id, w] of Object.entries(data.worksheets)) worksheets[id] = upgradeWorksheetV1(w);
  return { ...data, worksheets };
}

export const groupSpec: DocSpec<GroupState> = {
  kind: 'groupPurpose',
  version: 2,
  migrations: { 1: upgradeGroupStateV1 },
  loadSchema: () => import('./schema').then((m) => m.groupStateSchema),
  empty: emptyGroupState,
  count: (s) => s.order.length,
  merge: (current, incoming) => mergeGroupStates(current, incoming),
};

/* Reading */

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The worksheet with this id (never something inherited from `Object.prototype`). */
export const getWorksheet = (state: GroupState, id: string): Worksheet | undefined => own(state.worksheets, id);

/** The worksheets in list order. */
export const listWorksheets = (state: GroupState): Worksheet[] =>
  state.order.map((id) => own(state.worksheets, id)).filter((w): w is Worksheet => w !== undefined);

export const canAddWorksheet = (state: GroupState): boolean => state.order.length < limits.worksheets;

/* Merging (import, two tabs) */

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** Check-ins in date order; same-day check-ins keep their order. Stable. */
export const sortCheckIns = (list: readonly CheckIn[]): CheckIn[] =>
  [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The newer of two versions of a worksheet (by `updatedAt`; a tie keeps `a`), with the check-ins of both. */
export function mergeWorksheets(a: Worksheet, b: Worksheet): Worksheet {
  const [newer, older] = time(b.updatedAt) > time(a.updatedAt) ? [b, a] : [a, b];
  const ids = new Set(newer.checkIns.map((c) => c.id));
  const extra = older.checkIns.filter((c) => !ids.has(c.id));
  if (!extra.length) return newer;
  // Over the limit, the oldest check-ins go.
  return { ...newer, checkIns: sortCheckIns([...newer.checkIns, ...extra]).slice(-limits.checkIns) };
}

/**
 * Union by worksheet id: a worksheet on both sides keeps the newer version plus the check-ins of both.
 * Current worksheets are listed first, then new ones in the incoming order; over the limit, the last go.
 */
export function mergeGroupStates(current: GroupState, incoming: GroupState): GroupState {
  const worksheets: Record<string, Worksheet> = {};
  const order: string[] = [];
  for (const id of [...current.order, ...incoming.order]) {
    if (order.length >= limits.worksheets) break;
    if (Object.hasOwn(worksheets, id)) continue;
    const a = own(current.worksheets, id);
    const b = own(incoming.worksheets, id);
    const merged = a && b ? mergeWorksheets(a, b) : (a ?? b);
    if (!merged) continue;
    worksheets[id] = merged;
    order.push(id);
  }
  return { worksheets, order };
}

/*
 * Transitions: pure functions from state to state, used by the store's actions. None mutates its input.
 * Ids and times come in as parameters, so every result is deterministic. A transition that cannot apply
 * (unknown id, a list at its limit, invalid input, no change) returns the very same state object.
 */

const clampText = (value: string, max: number): string => value.slice(0, max);
const cleanName = (name: string): string => clampText(name.trim(), limits.name);

function putWorksheet(state: GroupState, worksheet: Worksheet): GroupState {
  return { ...state, worksheets: { ...state.worksheets, [worksheet.id]: worksheet } };
}

/** Apply `change` to one worksheet and stamp it; `change` returns its input (or null) for "no change". */
function editWorksheet(state: GroupState, id: string, now: Date, change: (w: Worksheet) => Worksheet | null): GroupState {
  const current = getWorksheet(state, id);
  if (!current) return state;
  const next = change(current);
  if (!next || next === current) return state;
  return putWorksheet(state, { ...next, updatedAt: now.toISOString() });
}

/** A new, empty worksheet at the end of the list. */
export function createWorksheet(state: GroupState, name: string, id: string, now: Date): GroupState {
  const clean = cleanName(name);
  if (!clean || !isValidId(id) || getWorksheet(state, id) || !canAddWorksheet(state)) return state;
  return { worksheets: { ...state.worksheets, [id]: emptyWorksheet(id, clean, now) }, order: [...state.order, id] };
}

export function renameWorksheet(state: GroupState, id: string, name: string, now: Date): GroupState {
  const clean = cleanName(name);
  if (!clean) return state;
  return editWorksheet(state, id, now, (w) => (w.name === clean ? null : { ...w, name: clean }));
}

/**
 * A copy of a worksheet under a new id, listed right after the original, named with `copySuffix`
 * appended (`(kopi)`, `(copy)`): the original name is shortened if both would not fit.
 */
export function duplicateWorksheet(state: GroupState, id: string, newId: string, copySuffix: string, now: Date): GroupState {
  const source = getWorksheet(state, id);
  if (!source || !isValidId(newId) || getWorksheet(state, newId) || !canAddWorksheet(state)) return state;
  const suffix = cleanName(copySuffix);
  const base = suffix ? source.name.slice(0, Math.max(0, limits.name - suffix.length - 1)).trimEnd() : source.name;
  const name = cleanName(suffix ? `${base} ${suffix}` : base) || source.name;
  const at = now.toISOString();
  const copy: Worksheet = {
    ...source,
    id: newId,
    name,
    createdAt: at,
    updatedAt: at,
    contributions: [...source.contributions],
    checkIns: [...source.checkIns],
    memberResults: [...source.memberResults],
  };
  const order = [...state.order];
  order.splice(order.indexOf(id) + 1, 0, newId);
  return { worksheets: { ...state.worksheets, [newId]: copy }, order };
}

/** A deleted worksheet and where it was listed, so it can be put back (undo). */
export interface RemovedWorksheet {
  worksheet: Worksheet;
  index: number;
}

export function deleteWorksheet(state: GroupState, id: string): { state: GroupState; removed: RemovedWorksheet | null } {
  const worksheet = getWorksheet(state, id);
  if (!worksheet) return { state, removed: null };
  const worksheets = { ...state.worksheets };
  delete worksheets[id];
  const index = state.order.indexOf(id);
  return { state: { worksheets, order: state.order.filter((o) => o !== id) }, removed: { worksheet, index: Math.max(0, index) } };
}

/** Undo a delete: the worksheet goes back where it was (or last, if the list has shrunk since). */
export function restoreWorksheet(state: GroupState, removed: RemovedWorksheet): GroupState {
  const { worksheet } = removed;
  if (getWorksheet(state, worksheet.id) || !canAddWorksheet(state)) return state;
  const order = [...state.order];
  order.splice(Math.min(Math.max(0, removed.index), order.length), 0, worksheet.id);
  return { worksheets: { ...state.worksheets, [worksheet.id]: worksheet }, order };
}

/** Add a whole worksheet (an imported file) at the end of the list, if its id is free. */
export function insertWorksheet(state: GroupState, worksheet: Worksheet): GroupState {
  if (!isValidId(worksheet.id) || getWorksheet(state, worksheet.id) || !canAddWorksheet(state)) return state;
  return { worksheets: { ...state.worksheets, [worksheet.id]: worksheet }, order: [...state.order, worksheet.id] };
}

/* Sections */

export type SectionPatch<K extends FieldSection> = Partial<Worksheet[K]>;

/** The allowed values of the fields that are choices; every other field is text. */
const choiceFields: Partial<Record<string, readonly (string | null)[]>> = {
  'purpose.first': purposes,
  'purpose.second': purposes,
  'boundaries.openness': opennessValues,
  'boundaries.kind': groupKinds,
  'boundaries.focus': groupFocuses,
};

/**
 * Change some fields of one section. Unknown fields and values that are not allowed are ignored; text
 * is cut to its limit. Choosing as first purpose what was second (or the other way round) swaps them.
 */
export function updateSection<K extends FieldSection>(
  state: GroupState,
  id: string,
  section: K,
  patch: SectionPatch<K>,
  now: Date,
): GroupState {
  if (!(fieldSections as readonly string[]).includes(section)) return state;
  return editWorksheet(state, id, now, (w) => {
    const before = w[section] as unknown as Record<string, string | null>;
    const after: Record<string, string | null> = { ...before };
    const input = patch as Record<string, unknown>;
    const limitsOf = textLimits[section] as Record<string, number | undefined>;
    for (const field of sectionFields[section] as readonly string[]) {
      if (!Object.hasOwn(input, field)) continue;
      const value = input[field];
      const choices = choiceFields[`${section}.${field}`];
      const max = limitsOf[field];
      if (choices) {
        if (value === null || (typeof value === 'string' && choices.includes(value))) after[field] = value;
      } else if (max !== undefined && typeof value === 'string') {
        after[field] = clampText(value, max);
      }
    }
    if (section === 'purpose' && after.first !== null && after.first === after.second) {
      // The purpose just chosen takes the other slot's place; the other slot gets what it replaced.
      const setFirst = Object.hasOwn(input, 'first') && after.first !== before.first;
      const setSecond = Object.hasOwn(input, 'second') && after.second !== before.second;
      if (setFirst && setSecond) after.second = null;
      else if (setFirst) after.second = before.first ?? null;
      else after.first = before.second ?? null;
    }
    const changed = Object.keys(after).some((k) => after[k] !== before[k]);
    return changed ? { ...w, [section]: after } : null;
  });
}

/* f. Contributions */

export function addContribution(
  state: GroupState,
  worksheetId: string,
  member: { id: string; name?: string; contribution?: string },
  now: Date,
): GroupState {
  if (!isValidId(member.id)) return state;
  return editWorksheet(state, worksheetId, now, (w) => {
    if (w.contributions.length >= limits.members || w.contributions.some((c) => c.id === member.id)) return null;
    const entry: Contribution = {
      id: member.id,
      name: clampText(member.name ?? '', limits.name),
      contribution: clampText(member.contribution ?? '', limits.note),
    };
    return { ...w, contributions: [...w.contributions, entry] };
  });
}

export function updateContribution(
  state: GroupState,
  worksheetId: string,
  memberId: string,
  patch: Partial<Pick<Contribution, 'name' | 'contribution'>>,
  now: Date,
): GroupState {
  return editWorksheet(state, worksheetId, now, (w) => {
    const i = w.contributions.findIndex((c) => c.id === memberId);
    const current = w.contributions[i];
    if (!current) return null;
    const next: Contribution = {
      ...current,
      ...(typeof patch.name === 'string' ? { name: clampText(patch.name, limits.name) } : {}),
      ...(typeof patch.contribution === 'string' ? { contribution: clampText(patch.contribution, limits.note) } : {}),
    };
    if (next.name === current.name && next.contribution === current.contribution) return null;
    return { ...w, contributions: w.contributions.map((c, j) => (j === i ? next : c)) };
  });
}

export function removeContribution(state: GroupState, worksheetId: string, memberId: string, now: Date): GroupState {
  return editWorksheet(state, worksheetId, now, (w) =>
    w.contributions.some((c) => c.id === memberId) ? { ...w, contributions: w.contributions.filter((c) => c.id !== memberId) } : null,
  );
}

/* Vitality check-ins */

const isRating = (v: unknown): v is Rating => (ratingValues as readonly unknown[]).includes(v);

/** Ratings with only the known marks and valid values (1–5 or null) of `patch` applied. */
function applyRatings(base: Ratings, patch: Partial<Record<string, unknown>> | undefined): Ratings {
  const next = { ...base };
  if (!patch) return next;
  for (const mark of marks) {
    if (!Object.hasOwn(patch, mark)) continue;
    const v = patch[mark];
    if (v === null || isRating(v)) next[mark] = v;
  }
  return next;
}

export interface CheckInInput {
  id: string;
  date: string;
  ratings?: Partial<Ratings>;
  note?: string;
  /** Each member's own marks; invalid ones are dropped, names cut to their limit, at most `limits.votes`. */
  votes?: readonly Vote[];
}

const cleanVotes = (votes: readonly Vote[] | undefined): Vote[] =>
  (votes ?? [])
    .filter((v) => typeof v?.marks === 'string' && VOTE_MARKS_PATTERN.test(v.marks) && v.marks !== '-----')
    .slice(0, limits.votes)
    .map((v) => ({ name: clampText(typeof v.name === 'string' ? v.name.trim() : '', limits.voterName), marks: v.marks }));

/** Add a check-in (kept in date order). A date that is not `YYYY-MM-DD` is refused. */
export function addCheckIn(state: GroupState, worksheetId: string, input: CheckInInput, now: Date): GroupState {
  if (!isValidId(input.id) || !isIsoDate(input.date)) return state;
  return editWorksheet(state, worksheetId, now, (w) => {
    if (w.checkIns.length >= limits.checkIns || w.checkIns.some((c) => c.id === input.id)) return null;
    const entry: CheckIn = {
      id: input.id,
      date: input.date,
      ratings: applyRatings(emptyRatings(), input.ratings),
      note: clampText(input.note ?? '', limits.note),
      votes: cleanVotes(input.votes),
    };
    return { ...w, checkIns: sortCheckIns([...w.checkIns, entry]) };
  });
}

/** Change a check-in's date, some of its ratings (null clears one) or its note. */
export function updateCheckIn(
  state: GroupState,
  worksheetId: string,
  checkInId: string,
  patch: { date?: string; ratings?: Partial<Ratings>; note?: string },
  now: Date,
): GroupState {
  if (patch.date !== undefined && !isIsoDate(patch.date)) return state;
  return editWorksheet(state, worksheetId, now, (w) => {
    const current = w.checkIns.find((c) => c.id === checkInId);
    if (!current) return null;
    const next: CheckIn = {
      ...current,
      date: patch.date ?? current.date,
      ratings: applyRatings(current.ratings, patch.ratings),
      note: typeof patch.note === 'string' ? clampText(patch.note, limits.note) : current.note,
    };
    const same = next.date === current.date && next.note === current.note && marks.every((m) => next.ratings[m] === current.ratings[m]);
    if (same) return null;
    return { ...w, checkIns: sortCheckIns(w.checkIns.map((c) => (c.id === checkInId ? next : c))) };
  });
}

export function removeCheckIn(state: GroupState, worksheetId: string, checkInId: string, now: Date): GroupState {
  return editWorksheet(state, worksheetId, now, (w) =>
    w.checkIns.some((c) => c.id === checkInId) ? { ...w, checkIns: w.checkIns.filter((c) => c.id !== checkInId) } : null,
  );
}

/* Members' quiz results */

/**
 * Add members' results (from `planPastedResults`). Codes that are not valid, results already there
 * (same code and name), and any past `limits.memberResults` are left out.
 */
export function addMemberResults(
  state: GroupState,
  worksheetId: string,
  entries: readonly { id: string; name?: string; code: string }[],
  now: Date,
): GroupState {
  return editWorksheet(state, worksheetId, now, (w) => {
    const seen = new Set(w.memberResults.map(resultKey));
    const added: MemberResult[] = [];
    for (const e of entries) {
      if (w.memberResults.length + added.length >= limits.memberResults) break;
      const entry: MemberResult = { id: e.id, name: clampText((e.name ?? '').trim(), limits.voterName), code: e.code };
      const key = resultKey(entry);
      if (!isValidId(e.id) || !isShareCode(e.code) || seen.has(key) || w.memberResults.some((m) => m.id === e.id)) continue;
      if (added.some((m) => m.id === e.id)) continue;
      seen.add(key);
      added.push(entry);
    }
    return added.length ? { ...w, memberResults: [...w.memberResults, ...added] } : null;
  });
}

/** Give a member's result a name or initials (cut to its limit). */
export function renameMemberResult(state: GroupState, worksheetId: string, resultId: string, name: string, now: Date): GroupState {
  return editWorksheet(state, worksheetId, now, (w) => {
    const current = w.memberResults.find((m) => m.id === resultId);
    const clean = clampText(name, limits.voterName);
    if (!current || current.name === clean) return null;
    return { ...w, memberResults: w.memberResults.map((m) => (m.id === resultId ? { ...m, name: clean } : m)) };
  });
}

export function removeMemberResult(state: GroupState, worksheetId: string, resultId: string, now: Date): GroupState {
  return editWorksheet(state, worksheetId, now, (w) =>
    w.memberResults.some((m) => m.id === resultId) ? { ...w, memberResults: w.memberResults.filter((m) => m.id !== resultId) } : null,
  );
}

/* Unanswered sections (printing marks them; the form can show progress) */

const answered = (value: unknown): boolean => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined);

export type UnansweredFields = { [K in FieldSection]: (keyof Worksheet[K])[] };

/** The fields of each section that have no answer (blank text, no choice made). */
export function unansweredFields(worksheet: Worksheet): UnansweredFields {
  const out = {} as Record<FieldSection, string[]>;
  for (const section of fieldSections) {
    const values = worksheet[section] as unknown as Record<string, unknown>;
    out[section] = (sectionFields[section] as readonly string[]).filter((f) => !answered(values[f]));
  }
  return out as UnansweredFields;
}

/** The members who have not yet written what they can contribute. */
export const membersWithoutContribution = (worksheet: Worksheet): string[] =>
  worksheet.contributions.filter((c) => !answered(c.contribution)).map((c) => c.id);

export type SectionStatus = 'empty' | 'partial' | 'complete';

/**
 * How far each section is answered. Contributions: empty with no written contribution, complete when
 * every listed member has written one.
 */
export function sectionStatus(worksheet: Worksheet): Record<WorksheetSection, SectionStatus> {
  const missing = unansweredFields(worksheet);
  const status = {} as Record<WorksheetSection, SectionStatus>;
  for (const section of fieldSections) {
    const left = missing[section].length;
    status[section] = left === 0 ? 'complete' : left === sectionFields[section].length ? 'empty' : 'partial';
  }
  const total = worksheet.contributions.length;
  const without = membersWithoutContribution(worksheet).length;
  status.contributions = total === 0 || without === total ? 'empty' : without === 0 ? 'complete' : 'partial';
  return status;
}

/** The sections with no answer at all, in worksheet order (to be printed as "unanswered"). */
export function unansweredSections(worksheet: Worksheet): WorksheetSection[] {
  const status = sectionStatus(worksheet);
  return worksheetSections.filter((s) => status[s] === 'empty');
}
