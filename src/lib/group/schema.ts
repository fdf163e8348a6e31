import * as z from 'zod/mini';
import { isIsoDate, isValidId } from '../shared/ids';
import { keyedRecordChecks, orderListsEvery } from '../shared/orderSchema';
import { purposes } from '../shared/purposes';
import { isShareCode } from './members';
import {
  groupFocuses,
  groupKinds,
  limits,
  marks,
  opennessValues,
  ratings,
  VOTE_MARKS_PATTERN,
  type GroupState,
  type Mark,
  type Worksheet,
} from './types';

/**
 * Validates stored and imported group worksheets, with limits on every string and array.
 * Loaded with a dynamic import (see `groupSpec.loadSchema`), so it is not in the page's first-load JS.
 */
const text = (max: number) => z.string().check(z.maxLength(max));
const id = z.string().check(z.maxLength(limits.id), z.refine(isValidId, 'not a valid id'));
const timestamp = text(limits.timestamp);
const isoDate = z.string().check(z.maxLength(10), z.refine(isIsoDate, 'not a date (YYYY-MM-DD)'));
const longText = text(limits.longText);
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.nullable(z.enum(values));
const rating = z.nullable(z.literal(ratings));

const unique = <T extends { id: string }>(list: readonly T[]) => new Set(list.map((x) => x.id)).size === list.length;

const contribution = z.object({ id, name: text(limits.name), contribution: text(limits.note) });

const vote = z.object({
  name: text(limits.voterName),
  marks: z.string().check(z.regex(VOTE_MARKS_PATTERN, 'one mark per sign, each 1–5 or -')),
});

const checkIn = z.object({
  id,
  date: isoDate,
  ratings: z.object(Object.fromEntries(marks.map((m) => [m, rating])) as Record<Mark, typeof rating>),
  note: text(limits.note),
  votes: z.array(vote).check(z.maxLength(limits.votes)),
});

const memberResult = z.object({
  id,
  name: text(limits.voterName),
  code: z.string().check(z.maxLength(limits.shareCode), z.refine(isShareCode, 'not a quiz result code')),
});

const worksheet = z.object({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(limits.name)),
  createdAt: timestamp,
  updatedAt: timestamp,
  purpose: z.object({ text: longText, first: choice(purposes), second: choice(purposes), memberValue: longText, timeValue: longText }),
  boundaries: z.object({ openness: choice(opennessValues), kind: choice(groupKinds), focus: choice(groupFocuses), privateLine: longText }),
  members: z.object({ who: longText, mix: longText, missing: longText }),
  content: z.object({ shared: longText, passion: longText }),
  form: z.object({ rhythm: longText, structure: longText, variation: longText, leadership: longText, giveReceive: longText }),
  contributions: z.array(contribution).check(z.maxLength(limits.members), z.refine(unique, 'member ids must be unique')),
  measure: z.object({ worth: longText, revisit: text(limits.shortText) }),
  checkIns: z.array(checkIn).check(z.maxLength(limits.checkIns), z.refine(unique, 'check-in ids must be unique')),
  memberResults: z.array(memberResult).check(z.maxLength(limits.memberResults), z.refine(unique, 'member ids must be unique')),
});

const state = z
  .object({
    worksheets: z.record(id, worksheet).check(...keyedRecordChecks<Worksheet>(limits.worksheets, 'worksheets')),
    order: z.array(id).check(z.maxLength(limits.worksheets)),
  })
  .check(orderListsEvery('worksheets', 'worksheet'));

/* The schema's output must be exactly our types: a compile error here means they have drifted apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameWorksheet: Same<z.infer<typeof worksheet>, Worksheet> = true;
const sameState: Same<z.infer<typeof state>, GroupState> = true;
void sameWorksheet;
void sameState;

export const worksheetSchema: z.ZodMiniType<Worksheet> = worksheet;
export const groupStateSchema: z.ZodMiniType<GroupState> = state;
