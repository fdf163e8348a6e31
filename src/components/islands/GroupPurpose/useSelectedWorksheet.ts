import { useStore } from '@nanostores/react';
import { emptyGroupState, getWorksheet, listWorksheets, type GroupState } from '../../../lib/group/state';
import type { Worksheet } from '../../../lib/group/types';
import { CHECKING_STATUS, type DocStatus } from '../../../stores/persist';
import { $groups, $groupStatus, $selectedWorksheetId } from '../../../stores/group';

const SERVER_STATE = emptyGroupState();

/** All worksheets, the one this tab shows (the chosen one, else the first), and whether it can be edited yet. */
export function useSelectedWorksheet(): { state: GroupState; status: DocStatus; sheet: Worksheet | undefined; live: boolean } {
  const state = useStore($groups, { ssr: () => SERVER_STATE });
  const status = useStore($groupStatus, { ssr: () => CHECKING_STATUS });
  const selectedId = useStore($selectedWorksheetId);
  const sheet = (selectedId && getWorksheet(state, selectedId)) || listWorksheets(state)[0];
  return { state, status, sheet, live: status.save !== 'checking' && status.save !== 'readonly' };
}
