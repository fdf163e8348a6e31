/**
 * What a text field shows while the reader edits it and the stored value may change underneath
 * (their own save coming back, or another tab's). Pure: the field component dispatches events.
 *
 * - `base`: the stored text this field's draft started from (or last saved).
 * - `draft`: what is on screen.
 * - `theirs`: a different text another tab stored while this one had unsaved typing; while it is
 *   set, nothing is saved until the reader chooses.
 */
export interface FieldSync {
  base: string;
  draft: string;
  theirs: string | null;
}

export type FieldEvent =
  /** The reader changed the text. */
  | { type: 'typed'; text: string }
  /** This field is saving `text` now: from here on it is the base. */
  | { type: 'saving'; text: string }
  /** The stored value is now `value` (this tab's save, or another tab's). */
  | { type: 'stored'; value: string }
  /** The reader keeps their own text (it will be saved over the other tab's). */
  | { type: 'keepMine' }
  /** The reader takes the other tab's text. */
  | { type: 'useTheirs' };

export const startField = (value: string): FieldSync => ({ base: value, draft: value, theirs: null });

export function fieldSync(state: FieldSync, event: FieldEvent): FieldSync {
  switch (event.type) {
    case 'typed':
      return { ...state, draft: event.text };
    case 'saving':
      return { ...state, base: event.text };
    case 'stored': {
      const { value } = event;
      if (value === state.base) return state.theirs === null ? state : { ...state, theirs: null };
      // Nothing typed since the last save, or both say the same: take the stored text.
      if (state.draft === state.base || state.draft === value) return startField(value);
      return { ...state, theirs: value };
    }
    case 'keepMine':
      return state.theirs === null ? state : { base: state.theirs, draft: state.draft, theirs: null };
    case 'useTheirs':
      return state.theirs === null ? state : startField(state.theirs);
  }
}

/** There is typing on screen that is not stored yet, and no conflict waits for the reader. */
export const hasUnsavedText = (state: FieldSync): boolean => state.theirs === null && state.draft !== state.base;

/** How a text stands against its field's limit: shown as a counter near it, refused over it. */
export interface LengthCheck {
  length: number;
  limit: number;
  /** Show a counter: the text is at 90 % of the limit or more. */
  nearLimit: boolean;
  /** Longer than the limit: kept on screen, not saved. */
  over: boolean;
}

export function checkLength(text: string, limit: number): LengthCheck {
  // Characters as the reader counts them (an emoji is one), not UTF-16 units.
  const length = [...text].length;
  return { length, limit, nearLimit: length >= Math.floor(limit * 0.9), over: length > limit };
}
