import type { Locale } from '../../locales';
import { da, type GroupStrings } from './da';
import { en } from './en';

export type { GroupStrings };
/** The group strings in every language: `group/da.ts` is the reference, `group/en.ts` must have every key (the type checker says which is missing). */
export const groupStrings: Record<Locale, GroupStrings> = { da, en };
