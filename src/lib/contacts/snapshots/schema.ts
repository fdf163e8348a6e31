import * as z from 'zod/mini';
import { id, isoDate, noRepeats, person as mapPerson, tie } from '../schema';
import { limits } from '../types';
import { SNAPSHOT_LIMIT, type ContactSnapshots } from './types';

/**
 * Validates stored and imported snapshots, with the map's own rules for ids, dates, ties and the fields of a person it
 * keeps. Loaded with a dynamic import (`snapshotsSpec.loadSchema`).
 */
const person = z.pick(mapPerson, { id: true, name: true, contexts: true, closeness: true, roles: true, lastContact: true });

const snapshot = z
  .object({
    id,
    date: isoDate,
    people: z.array(person).check(z.maxLength(limits.people)),
    ties: z.array(tie).check(z.maxLength(limits.ties)),
  })
  .check(
    z.refine((s) => noRepeats(s.people.map((p) => p.id)), 'a person is listed twice'),
    z.refine((s) => {
      const ids = new Set(s.people.map((p) => p.id));
      return s.ties.every(([a, b]) => ids.has(a) && ids.has(b));
    }, 'a tie names someone not in the snapshot'),
  );

const list = z.object({
  snapshots: z.array(snapshot).check(
    z.maxLength(SNAPSHOT_LIMIT),
    z.refine((l) => noRepeats(l.map((s) => s.id)), 'a snapshot is listed twice'),
  ),
});

/* The schema's output must be exactly our type: a compile error here means they have drifted apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.infer<typeof list>, ContactSnapshots> = true;
void same;

export const snapshotsSchema: z.ZodMiniType<ContactSnapshots> = list;
