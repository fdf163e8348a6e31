import * as z from 'zod/mini';
import { isIsoDate, isValidId } from '../shared/ids';
import { keyedRecordChecks, orderListsEvery } from '../shared/orderSchema';
import { purposes } from '../shared/purposes';
import type { Slicing } from '../storage/envelope';
import { closenessLevels, contexts, goalKinds, limits, rhythms, roles, type ContactState, type Goal, type Person } from './types';

/**
 * Validates the stored and imported contact map, with limits on every string and list.
 * Loaded with a dynamic import (see `contactSpec.loadSchema`), so it is not in the page's first-load JS.
 */
const text = (max: number) => z.string().check(z.maxLength(max));
export const id = z.string().check(z.maxLength(limits.id), z.refine(isValidId, 'not a valid id'));
export const isoDate = z.string().check(z.maxLength(10), z.refine(isIsoDate, 'not a date (YYYY-MM-DD)'));
export const noRepeats = <T>(list: readonly T[]) => new Set(list).size === list.length;

export const person = z.object({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(limits.name)),
  contexts: z.array(z.enum(contexts)).check(z.maxLength(contexts.length), z.refine(noRepeats, 'a context is listed twice')),
  closeness: z.nullable(z.enum(closenessLevels)),
  roles: z.array(z.enum(roles)).check(z.maxLength(roles.length), z.refine(noRepeats, 'a role is listed twice')),
  connector: z.boolean(),
  peer: z.boolean(),
  lastContact: z.nullable(isoDate),
  nextStep: text(limits.nextStep),
  notes: text(limits.notes),
  organisation: text(limits.organisation),
  position: text(limits.position),
  rhythm: z.enum(rhythms),
  log: z.array(z.object({ date: isoDate, text: text(limits.logText) })).check(z.maxLength(limits.log)),
  updatedAt: text(limits.timestamp),
});

/** A pair who know each other: two different people, the smaller id first (so each pair has one spelling). */
export const tie = z.readonly(z.tuple([id, id])).check(z.refine(([a, b]) => a < b, 'a tie lists the smaller id first'));

const goal = z.object({ kind: z.nullable(z.enum(goalKinds)), text: text(limits.goalText), purpose: z.nullable(z.enum(purposes)) });

/** The map with each person checked by `entry`: the whole schema takes `person`; the slices' shell only an id. */
const stateWith = <P extends { id: string }>(entry: z.ZodMiniType<P>) =>
  z
    .object({
      goal,
      people: z.record(id, entry).check(...keyedRecordChecks<P>(limits.people, 'people')),
      order: z.array(id).check(z.maxLength(limits.people)),
      ties: z.array(tie).check(
        z.maxLength(limits.ties),
        z.refine((list) => noRepeats(list.map(([a, b]) => `${a} ${b}`)), 'a tie is listed twice'),
      ),
    })
    .check(
      orderListsEvery('people', 'person'),
      z.refine(
        (s) => s.ties.every(([a, b]) => Object.hasOwn(s.people, a) && Object.hasOwn(s.people, b)),
        'a tie names someone not on the map',
      ),
    );

const state = stateWith(person);

/** A person as the slices' shell takes them: any object with a string id, passed on as it is for `person` to check. */
const unchecked = z.custom<{ id: string }>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string',
  'not a person',
);

/* The schema's output must be exactly our types: a compile error here means they have drifted apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const samePerson: Same<z.infer<typeof person>, Person> = true;
const sameGoal: Same<z.infer<typeof goal>, Goal> = true;
const sameState: Same<z.infer<typeof state>, ContactState> = true;
void samePerson;
void sameGoal;
void sameState;

export const personSchema: z.ZodMiniType<Person> = person;
export const contactStateSchema: z.ZodMiniType<ContactState> = state;
/** The same check, a slice of people at a time (a first load of a large map). */
export const contactStateSlicing: Slicing = { key: 'people', shell: stateWith(unchecked), entry: person };
