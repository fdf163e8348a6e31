import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/content/schema';

const valid = {
  title: 'Hvad er et netværk værd?',
  description: 'Et netværk giver først værdi, når medlemmerne skaber den sammen.',
  keyPoints: ['Medlemskab alene giver intet.', 'Invester først, så følger andre.', 'Svage bånd åbner nye døre.'],
  translationKey: 'network-value',
  order: 1,
  updated: '2026-11-22',
  exercises: ['quiz'],
};

describe('articleSchema', () => {
  it('accepts a complete article and turns the date into a Date', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.updated).toBeInstanceOf(Date);
  });
  it('defaults exercises to none', () => {
    const { exercises: _, ...rest } = valid;
    expect(articleSchema.parse(rest).exercises).toEqual([]);
  });
  it.each([
    ['two key points', { keyPoints: valid.keyPoints.slice(0, 2) }],
    ['six key points', { keyPoints: [...valid.keyPoints, ...valid.keyPoints] }],
    ['an unknown exercise', { exercises: ['bingo'] }],
    ['a translation key with spaces', { translationKey: 'network value' }],
    ['a description over 160 characters', { description: 'x'.repeat(161) }],
    ['order zero', { order: 0 }],
  ])('rejects %s', (_, change) => {
    expect(articleSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
