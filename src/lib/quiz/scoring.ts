import { purposes, type Purpose } from '../shared/purposes';

export type Answer = Purpose | 'skip';
export type Scores = Record<Purpose, number>;

export interface QuizResult {
  scores: Scores;
  /** Items answered (skips not counted). */
  answered: number;
  /**
   * none: nothing answered; balanced: no purpose stands out; clear: one or more purposes lead.
   * Fewer than `MIN_FOR_BALANCE` answers is never called balanced: there is too little to go on.
   */
  outcome: 'none' | 'balanced' | 'clear';
  /** The purposes with the highest score (more than one is a tie). Empty when nothing is answered. */
  primary: Purpose[];
  /** The purposes with the next-highest score above zero. */
  secondary: Purpose[];
}

export const MIN_FOR_BALANCE = 4;

export const emptyScores = (): Scores => ({ community: 0, access: 0, influence: 0, learning: 0 });

/** Count the answers given per purpose. Unknown item ids and skips are ignored. */
export function countAnswers(answers: Record<string, Answer>, itemIds: readonly string[]): Scores {
  const scores = emptyScores();
  for (const id of itemIds) {
    const a = answers[id];
    if (a && a !== 'skip') scores[a] += 1;
  }
  return scores;
}

/** Turn scores into a result. Deterministic: ties keep the fixed order of `purposes`. */
export function interpretScores(scores: Scores): QuizResult {
  const answered = purposes.reduce((n, p) => n + scores[p], 0);
  if (answered === 0) return { scores, answered, outcome: 'none', primary: [], secondary: [] };
  const values = purposes.map((p) => scores[p]);
  const max = Math.max(...values);
  const min = Math.min(...values);
  const primary = purposes.filter((p) => scores[p] === max);
  const below = purposes.filter((p) => scores[p] < max && scores[p] > 0);
  const next = below.length ? Math.max(...below.map((p) => scores[p])) : 0;
  const secondary = below.filter((p) => scores[p] === next);
  // Nothing stands out when the spread is at most one answer in ten (and at least one).
  const spread = Math.max(1, Math.round(answered / 10));
  const outcome = answered >= MIN_FOR_BALANCE && max - min <= spread ? 'balanced' : 'clear';
  return { scores, answered, outcome, primary, secondary };
}

export function scoreQuiz(answers: Record<string, Answer>, itemIds: readonly string[]): QuizResult {
  return interpretScores(countAnswers(answers, itemIds));
}
