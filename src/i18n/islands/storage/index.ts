import type { Locale } from '../../locales';
import { da, type StorageStrings } from './da';
import { en } from './en';

export type { StorageStrings };
/** The storage strings in every language: `storage/da.ts` is the reference, `storage/en.ts` must have every key (the type checker says which is missing). */
export const storageStrings: Record<Locale, StorageStrings> = { da, en };
