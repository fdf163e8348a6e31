import { purposeNames } from '../../data/purposes';
import type { Locale } from '../site/locale';
import { purposes, type Purpose } from './purposes';

/** The purposes' names in one language, for islands that show them (props are per language). */
export const purposeNamesIn = (lang: Locale): Record<Purpose, string> =>
  Object.fromEntries(purposes.map((p) => [p, purposeNames[p][lang]])) as Record<Purpose, string>;
