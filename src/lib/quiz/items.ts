import type { Purpose } from '../shared/purposes';

/**
 * The quiz's items, in the order they are asked: each item's id and the order its four answers are shown
 * in. The texts are data, in `src/data/quiz/items.ts`, under the same ids (the type checker insists on
 * one text per id). Ids are stored with the reader's answers: never reuse or renumber them.
 *
 * The order is varied so no purpose is always first: across all items, each purpose is shown in each
 * position about equally often (`tests/unit/quiz-bank.test.ts` checks it and prints the counts).
 */
export const itemOrders = {
  q01: ['community', 'access', 'influence', 'learning'],
  q02: ['access', 'influence', 'learning', 'community'],
  q03: ['influence', 'learning', 'community', 'access'],
  q04: ['learning', 'community', 'access', 'influence'],
  q05: ['community', 'influence', 'learning', 'access'],
  q06: ['influence', 'learning', 'access', 'community'],
  q07: ['learning', 'access', 'community', 'influence'],
  q08: ['access', 'community', 'influence', 'learning'],
  q09: ['access', 'learning', 'influence', 'community'],
  q10: ['learning', 'influence', 'community', 'access'],
  q11: ['influence', 'community', 'access', 'learning'],
  q12: ['community', 'access', 'learning', 'influence'],
  q13: ['influence', 'access', 'learning', 'community'],
  q14: ['community', 'learning', 'access', 'influence'],
} as const satisfies Record<string, readonly [Purpose, Purpose, Purpose, Purpose]>;

export type QuizItemId = keyof typeof itemOrders;

/** The item ids in the order they are asked. */
export const quizItemIds = Object.keys(itemOrders) as QuizItemId[];
