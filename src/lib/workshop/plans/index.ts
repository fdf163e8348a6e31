import * as da from './da';
import * as en from './en';
import type { PlanId, WorkshopPlan } from './types';

export type { PlanId, PlanStep, WorkshopPlan } from './types';
export { clockOf, startsOf } from './types';

/** Both plans in both languages. */
export const workshopPlans: Record<'da' | 'en', Record<PlanId, WorkshopPlan>> = { da: da.plans, en: en.plans };
export const planIds: readonly PlanId[] = ['short', 'long'];
