import * as z from 'zod/mini';
import { tooManyParams } from '../storage/issues';
import { purposes } from '../shared/purposes';
import { MAX_HISTORY, MAX_ITEMS, type QuizState } from './types';

/** Validates stored and imported quiz data, with limits on every array and string. */
const score = z.int().check(z.minimum(0), z.maximum(MAX_ITEMS));
const scoresSchema = z.object({ community: score, access: score, influence: score, learning: score });
const answerSchema = z.enum([...purposes, 'skip']);

const schema = z.object({
  answers: z
    .record(z.string().check(z.regex(/^q\d{2}$/)), answerSchema)
    .check(z.refine((r) => Object.keys(r).length <= MAX_ITEMS, { error: `at most ${MAX_ITEMS} answers`, ...tooManyParams(MAX_ITEMS) })),
  step: z.union([z.int().check(z.minimum(0), z.maximum(MAX_ITEMS - 1)), z.literal('review'), z.literal('result')]),
  history: z
    .array(z.object({ at: z.string().check(z.maxLength(40)), scores: scoresSchema, answered: score }))
    .check(z.maxLength(MAX_HISTORY)),
});

export const quizStateSchema = schema as z.ZodMiniType<QuizState>;
