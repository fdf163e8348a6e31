import { answer, finish, goTo, quizSpec, restart, type QuizStep } from '../lib/quiz/state';
import type { Answer } from '../lib/quiz/scoring';
import { persistentDoc } from './persist';

/** The quiz's stored state and the actions that change it. */
export const quizDoc = persistentDoc(quizSpec);
export const $quiz = quizDoc.$data;
export const $quizStatus = quizDoc.$status;

export const answerItem = (itemId: string, value: Answer) => quizDoc.update((s) => answer(s, itemId, value));
export const goToStep = (step: QuizStep) => quizDoc.update((s) => goTo(s, step));
export const finishQuiz = (itemIds: readonly string[]) => quizDoc.update((s) => finish(s, itemIds, new Date()));
export const restartQuiz = () => quizDoc.update(restart);
