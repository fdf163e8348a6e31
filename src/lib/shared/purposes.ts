/**
 * The four things people want from a network (after Wanscher, Nielsen & Beckmann, 2010), in the order
 * every exercise lists them: the quiz scores them, the group worksheet chooses among them, the contact
 * map's goal can name one. Their names in both languages are data: `src/data/purposes.ts`.
 */
export const purposes = ['community', 'access', 'influence', 'learning'] as const;
export type Purpose = (typeof purposes)[number];

export const isPurpose = (value: unknown): value is Purpose => (purposes as readonly unknown[]).includes(value);
