/**
 * A workshop plan, in one language: the facilitator guide's running order and the presenter view are
 * both drawn from it. One module per language (`da.ts`, `en.ts`) with the same steps and minutes.
 */
export type PlanId = 'short' | 'long';

export interface PlanStep {
  /** Minutes planned for the step. */
  minutes: number;
  /** A few words, for the projector (readable from the back of the room). */
  title: string;
  /** What happens, for the guide's running order and under the title on the projector. */
  what: string;
  /** A talk by the facilitator: the guide prints its talking points. */
  talk?: boolean;
  /** Talking points and reminders for the facilitator: the notes view, and the guide for talks. */
  notes: readonly string[];
}

export interface WorkshopPlan {
  id: PlanId;
  /** 90 or 180. */
  minutes: number;
  /** Short name for the presenter view, e.g. "90 minutes: from purpose to first step". */
  title: string;
  steps: readonly PlanStep[];
}

/** Where each step starts, in minutes from the start. */
export const startsOf = (plan: WorkshopPlan): number[] => {
  let at = 0;
  return plan.steps.map((s) => {
    const start = at;
    at += s.minutes;
    return start;
  });
};

/** `1:05` for 65 minutes. */
export const clockOf = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
