import type { ContactStrings } from '../../../i18n/islands/contacts';

/**
 * The texts of the contact map's first screen (its messages, goal and guided recall). That island's props carry only
 * these: the page holds the rest of the texts once, in the props of the island below it (`ContactMapRest`).
 */
const FIRST_SCREEN_KEYS = [
  'andMore',
  'contexts',
  'contextsShort',
  'goalIntro',
  'goalKindLegend',
  'goalKinds',
  'goalText',
  'goalTextHint',
  'goalTextRequired',
  'goalTitle',
  'nextContext',
  'previousContext',
  'privacy',
  'prompts',
  'quizPurpose',
  'recallAdd',
  'recallAdded',
  'recallChoose',
  'recallDone',
  'recallFull',
  'recallHere',
  'recallIntro',
  'recallName',
  'recallNone',
  'recallStep',
  'recallTitle',
  'takeQuiz',
  'undo',
  'useQuizPurpose',
] as const satisfies readonly (keyof ContactStrings)[];

/** What recall's suggestions from the address book say. */
const SUGGESTION_KEYS = ['suggestions', 'suggestionsCount', 'picked'] as const satisfies readonly (keyof ContactStrings['addressBook'])[];

export type FirstScreenStrings = Pick<ContactStrings, (typeof FIRST_SCREEN_KEYS)[number]> & {
  addressBook: Pick<ContactStrings['addressBook'], (typeof SUGGESTION_KEYS)[number]>;
};

const pick = <T extends object, K extends keyof T>(from: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;

/** The first screen's texts out of all the contact map's texts. */
export const firstScreenStrings = (s: ContactStrings): FirstScreenStrings => ({
  ...pick(s, FIRST_SCREEN_KEYS),
  addressBook: pick(s.addressBook, SUGGESTION_KEYS),
});
