import type { RouteKey } from '../i18n/routes';
import type { ExerciseId } from '../lib/content/schema';

/** An exercise as article frontmatter names it → its route, which is also its key in the UI strings (`exercise.<key>.title`). */
export const exerciseKey = { quiz: 'quiz', 'group-purpose': 'groupPurpose', 'contact-map': 'contactMap' } as const satisfies Record<
  ExerciseId,
  RouteKey
>;
