import * as transitions from '../lib/group/state';
import type { CheckInInput, RemovedWorksheet, SectionPatch } from '../lib/group/state';
import type { FieldSection, Worksheet } from '../lib/group/types';
import { atom } from 'nanostores';
import { newId } from './ids';
import { persistentDoc } from './persist';
import { removeFrom } from './remove';

/** The group worksheets' stored state and the actions that change it. */
export const groupDoc = persistentDoc(transitions.groupSpec);
export const $groups = groupDoc.$data;
export const $groupStatus = groupDoc.$status;
/** The worksheet this tab is looking at (not stored: each tab chooses its own). Shared by the page's islands. */
export const $selectedWorksheetId = atom<string | null>(null);

export function createWorksheet(name: string): string {
  const id = newId();
  groupDoc.update((s) => transitions.createWorksheet(s, name, id, new Date()));
  return id;
}
export const renameWorksheet = (id: string, name: string) => groupDoc.update((s) => transitions.renameWorksheet(s, id, name, new Date()));
export function duplicateWorksheet(id: string, suffix: string): string {
  const copy = newId();
  groupDoc.update((s) => transitions.duplicateWorksheet(s, id, copy, suffix, new Date()));
  return copy;
}
export const deleteWorksheet = (id: string): RemovedWorksheet | null => removeFrom(groupDoc, (s) => transitions.deleteWorksheet(s, id));
export const restoreWorksheet = (removed: RemovedWorksheet) => groupDoc.update((s) => transitions.restoreWorksheet(s, removed));
export const insertWorksheet = (worksheet: Worksheet) => groupDoc.update((s) => transitions.insertWorksheet(s, worksheet));
export const updateSection = <K extends FieldSection>(id: string, section: K, patch: SectionPatch<K>) =>
  groupDoc.update((s) => transitions.updateSection(s, id, section, patch, new Date()));
export const addContribution = (worksheetId: string) =>
  groupDoc.update((s) => transitions.addContribution(s, worksheetId, { id: newId(), name: '', contribution: '' }, new Date()));
export const updateContribution = (worksheetId: string, memberId: string, patch: { name?: string; contribution?: string }) =>
  groupDoc.update((s) => transitions.updateContribution(s, worksheetId, memberId, patch, new Date()));
export const removeContribution = (worksheetId: string, memberId: string) =>
  groupDoc.update((s) => transitions.removeContribution(s, worksheetId, memberId, new Date()));
export const addCheckIn = (worksheetId: string, input: Omit<CheckInInput, 'id'>) =>
  groupDoc.update((s) => transitions.addCheckIn(s, worksheetId, { ...input, id: newId() }, new Date()));
export const removeCheckIn = (worksheetId: string, checkInId: string) =>
  groupDoc.update((s) => transitions.removeCheckIn(s, worksheetId, checkInId, new Date()));
export const addMemberResults = (worksheetId: string, entries: readonly { name: string; code: string }[]) =>
  groupDoc.update((s) =>
    transitions.addMemberResults(
      s,
      worksheetId,
      entries.map((e) => ({ ...e, id: newId() })),
      new Date(),
    ),
  );
export const renameMemberResult = (worksheetId: string, resultId: string, name: string) =>
  groupDoc.update((s) => transitions.renameMemberResult(s, worksheetId, resultId, name, new Date()));
export const removeMemberResult = (worksheetId: string, resultId: string) =>
  groupDoc.update((s) => transitions.removeMemberResult(s, worksheetId, resultId, new Date()));
