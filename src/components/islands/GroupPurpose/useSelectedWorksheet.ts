import { useStore } from '@nanostores/react';
import { useClientStore } from '../shared/useClientStore';
import { emptyGroupState, getWorksheet, listWorksheets, type GroupState } from '../../../lib/group/state';
import type { Worksheet } from '../../../lib/group/types';
import type { DocStatus } from '../../../stores/persist';
import { $groups, $groupStatus, $selectedWorksheetId } from '../../../stores/group';

const SERVER_STATE = emptyGroupState();
const SERVER_STATUS: DocStatus = { save: 'checking', recovered: false };

/** All worksheets, the one this tab shows (the chosen one, else the first), and whether it can be edited yet. */
export function useSelectedWorksheet(): { state: GroupState; status: DocStatus; sheet: Worksheet | undefined; live: boolean } {
  const state = useClientStore($groups, SERVER_STATE);
  const status = useClientStore($groupStatus, SERVER_STATUS);
  const selectedId = useStore($selectedWorksheetId);
  const sheet = (selectedId && getWorksheet(state, selectedId)) || listWorksheets(state)[0];
  return { state, status, sheet, live: status.save !== 'checking' && status.save !== 'readonly' };
}
