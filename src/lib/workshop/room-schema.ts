import * as z from 'zod/mini';
import { MAX_ITEMS } from '../quiz/public';
import { MAX_ROOM_ENTRIES, type RoomState } from './room-types';

/** Validates the stored and imported room, with limits on every array and string. */
const score = z.int().check(z.minimum(0), z.maximum(MAX_ITEMS));
const schema = z.object({
  entries: z
    .array(
      z.object({
        code: z.string().check(z.regex(/^v1-c\d{1,2}-a\d{1,2}-i\d{1,2}-l\d{1,2}$/)),
        scores: z.object({ community: score, access: score, influence: score, learning: score }),
        at: z.string().check(z.maxLength(40)),
        via: z.enum(['scan', 'typed']),
      }),
    )
    .check(z.maxLength(MAX_ROOM_ENTRIES)),
  duplicates: z.int().check(z.minimum(0), z.maximum(1_000_000)),
});

export const roomStateSchema = schema as z.ZodMiniType<RoomState>;
