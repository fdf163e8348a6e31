/**
 * The quiz's item ids, in the order the items are asked. Each item's texts and answer order are data, in
 * `src/data/quiz/items.ts`, under the same ids (the type checker insists on one entry per id). Ids are
 * stored with the reader's answers: never reuse or renumber them. This list is all that pages other than
 * the quiz need (how many items there are), so it stays small.
 */
export const quizItemIds = ['q01', 'q02', 'q03', 'q04', 'q05', 'q06', 'q07', 'q08', 'q09', 'q10', 'q11', 'q12', 'q13', 'q14'] as const;

export type QuizItemId = (typeof quizItemIds)[number];
