import { purposes } from '../shared/purposes';
import { clampText, editWorksheet } from './edit';
import {
  fieldSections,
  groupFocuses,
  groupKinds,
  opennessValues,
  sectionFields,
  textLimits,
  type FieldSection,
  type GroupState,
  type Worksheet,
} from './types';

/* Sections */

export type SectionPatch<K extends FieldSection> = Partial<Worksheet[K]>;

/** The allowed values of the fields that are choices; every other field is text. */
const choiceFields: Partial<Record<string, readonly (string | null)[]>> = {
  'purpose.first': purposes,
  'purpose.second': purposes,
  'boundaries.openness': opennessValues,
  'boundaries.kind': groupKinds,
  'boundaries.focus': groupFocuses,
};

/**
 * Change some fields of one section. Unknown fields and values that are not allowed are ignored; text
 * is cut to its limit. Choosing as first purpose what was second (or the other way round) swaps them.
 */
export function updateSection<K extends FieldSection>(
  state: GroupState,
  id: string,
  section: K,
  patch: SectionPatch<K>,
  now: Date,
): GroupState {
  if (!(fieldSections as readonly string[]).includes(section)) return state;
  return editWorksheet(state, id, now, (w) => {
    const before = w[section] as unknown as Record<string, string | null>;
    const after: Record<string, string | null> = { ...before };
    const input = patch as Record<string, unknown>;
    const limitsOf = textLimits[section] as Record<string, number | undefined>;
    for (const field of sectionFields[section] as readonly string[]) {
      if (!Object.hasOwn(input, field)) continue;
      const value = input[field];
      const choices = choiceFields[`${section}.${field}`];
      const max = limitsOf[field];
      if (choices) {
        if (value === null || (typeof value === 'string' && choices.includes(value))) after[field] = value;
      } else if (max !== undefined && typeof value === 'string') {
        after[field] = clampText(value, max);
      }
    }
    if (section === 'purpose' && after.first !== null && after.first === after.second) {
      // The purpose just chosen takes the other slot's place; the other slot gets what it replaced.
      const setFirst = Object.hasOwn(input, 'first') && after.first !== before.first;
      const setSecond = Object.hasOwn(input, 'second') && after.second !== before.second;
      if (setFirst && setSecond) after.second = null;
      else if (setFirst) after.second = before.first ?? null;
      else after.first = before.second ?? null;
    }
    const changed = Object.keys(after).some((k) => after[k] !== before[k]);
    return changed ? { ...w, [section]: after } : null;
  });
}
