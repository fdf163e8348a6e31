import type { Scores } from '../quiz/public';

/** The room's stored state and its limit; the transitions are in `room.ts`, the zod schema in `room-schema.ts`. */

export interface RoomEntry {
  /** The normalised share code, `v1-c3-a5-i2-l4`. */
  code: string;
  scores: Scores;
  /** ISO time it was added. */
  at: string;
  via: 'scan' | 'typed';
}

export interface RoomState {
  entries: RoomEntry[];
  /** Scans and typed codes that were ignored because the same result was already in the room. */
  duplicates: number;
}

/** A workshop has at most 30 people; room for a few rounds on one device. */
export const MAX_ROOM_ENTRIES = 200;
