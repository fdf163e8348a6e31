import { purposeNames } from '../../data/purposes';
import { purposeProfileTexts } from '../../data/quiz/profiles';
import { quizItemEntries } from '../../data/quiz/items';
import { purposes, type Purpose } from '../shared/purposes';
import { quizItemIds } from './items';
import type { PurposeProfile, QuizItem } from './types';

/**
 * The quiz "Hvad vil du have ud af netværk?" / "What do you want from networking?": its items and the
 * result profiles, put together from the ids (`items.ts`) and the texts, which are data (`src/data/quiz/`).
 * Read on the server (pages, props builders): islands get the texts as props.
 */
export const quizItems: readonly QuizItem[] = quizItemIds.map((id) => ({ id, ...quizItemEntries[id] }));

export const purposeProfiles: Record<Purpose, PurposeProfile> = Object.fromEntries(
  purposes.map((p) => [p, { name: purposeNames[p], ...purposeProfileTexts[p] }]),
) as Record<Purpose, PurposeProfile>;
