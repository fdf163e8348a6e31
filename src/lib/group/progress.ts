import { fieldSections, sectionFields, worksheetSections, type FieldSection, type Worksheet, type WorksheetSection } from './types';

/* Unanswered sections (printing marks them; the form can show progress) */

const answered = (value: unknown): boolean => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined);

export type UnansweredFields = { [K in FieldSection]: (keyof Worksheet[K])[] };

/** The fields of each section that have no answer (blank text, no choice made). */
export function unansweredFields(worksheet: Worksheet): UnansweredFields {
  const out = {} as Record<FieldSection, string[]>;
  for (const section of fieldSections) {
    const values = worksheet[section] as unknown as Record<string, unknown>;
    out[section] = (sectionFields[section] as readonly string[]).filter((f) => !answered(values[f]));
  }
  return out as UnansweredFields;
}

/** The members who have not yet written what they can contribute. */
export const membersWithoutContribution = (worksheet: Worksheet): string[] =>
  worksheet.contributions.filter((c) => !answered(c.contribution)).map((c) => c.id);

export type SectionStatus = 'empty' | 'partial' | 'complete';

/**
 * How far each section is answered. Contributions: empty with no written contribution, complete when
 * every listed member has written one.
 */
export function sectionStatus(worksheet: Worksheet): Record<WorksheetSection, SectionStatus> {
  const missing = unansweredFields(worksheet);
  const status = {} as Record<WorksheetSection, SectionStatus>;
  for (const section of fieldSections) {
    const left = missing[section].length;
    status[section] = left === 0 ? 'complete' : left === sectionFields[section].length ? 'empty' : 'partial';
  }
  const total = worksheet.contributions.length;
  const without = membersWithoutContribution(worksheet).length;
  status.contributions = total === 0 || without === total ? 'empty' : without === 0 ? 'complete' : 'partial';
  return status;
}

/** The sections with no answer at all, in worksheet order (to be printed as "unanswered"). */
export function unansweredSections(worksheet: Worksheet): WorksheetSection[] {
  const status = sectionStatus(worksheet);
  return worksheetSections.filter((s) => status[s] === 'empty');
}
