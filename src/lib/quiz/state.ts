import type { DocSpec } from '../storage/envelope';
import { dropRevisedAnswers } from './revisions';
import { countAnswers, type Answer } from './scoring';
import { MAX_HISTORY, type QuizHistoryEntry, type QuizState, type QuizStep } from './types';

export { MAX_HISTORY, MAX_ITEMS, type QuizHistoryEntry, type QuizState, type QuizStep } from './types';

export const emptyQuiz = (): QuizState => ({ answers: {}, step: 0, history: [] });

export const quizSpec: DocSpec<QuizState> = {
  kind: 'quiz',
  /** 2: answers to the items rewritten for issue 18 are dropped (see `revisions.ts`). */
  version: 2,
  loadSchema: () => import('./schema').then((m) => m.quizStateSchema),
  migrations: { 1: (data) => dropRevisedAnswers(data, 2) },
  empty: emptyQuiz,
  count: (s) => Object.values(s.answers).filter((a) => a !== 'skip').length + s.history.length,
  merge: (current, incoming) => ({
    answers: { ...current.answers, ...incoming.answers },
    step: current.step,
    history: mergeHistory(current.history, incoming.history),
  }),
};

/** Both histories, without duplicates, oldest first, capped. */
export function mergeHistory(a: QuizHistoryEntry[], b: QuizHistoryEntry[]): QuizHistoryEntry[] {
  const byAt = new Map<string, QuizHistoryEntry>();
  for (const e of [...a, ...b]) byAt.set(e.at, e);
  return [...byAt.values()].sort((x, y) => x.at.localeCompare(y.at)).slice(-MAX_HISTORY);
}

/* Transitions: pure functions from state to state, used by the store's actions. */

export function answer(state: QuizState, itemId: string, value: Answer): QuizState {
  return { ...state, answers: { ...state.answers, [itemId]: value } };
}

export function goTo(state: QuizState, step: QuizStep): QuizState {
  return { ...state, step };
}

/** Finish: show the result and keep it, dated, in the history. */
export function finish(state: QuizState, itemIds: readonly string[], now: Date): QuizState {
  const scores = countAnswers(state.answers, itemIds);
  const answered = Object.values(scores).reduce((n, v) => n + v, 0);
  const entry: QuizHistoryEntry = { at: now.toISOString(), scores, answered };
  return { ...state, step: 'result', history: mergeHistory(state.history, [entry]) };
}

/** Start over: clear answers, keep the history of earlier results. */
export function restart(state: QuizState): QuizState {
  return { ...emptyQuiz(), history: state.history };
}
