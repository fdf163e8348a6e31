import type { Locale } from '../../locales';
import { da, type RoomStrings } from './da';
import { en } from './en';

export type { RoomStrings };
/** The room strings in every language: `room/da.ts` is the reference, `room/en.ts` must have every key (the type checker says which is missing). */
export const roomStrings: Record<Locale, RoomStrings> = { da, en };
