import { fill } from '../../../i18n/fill';
import type { GroupSpread } from '../../../lib/group/spread';
import type { GroupProps } from './props';

/** What the members' results say about the chosen purpose, in words; empty when there are no members. */
export function verdictText({ strings: s, purposeNames }: GroupProps, view: GroupSpread): string {
  const v = view.verdict;
  if (v.kind === 'no-members') return '';
  if (v.kind === 'no-choice') return s.verdicts['no-choice'];
  return fill(s.verdicts[v.kind], { count: v.matching, total: v.valid, purpose: purposeNames[v.purpose].toLowerCase() });
}
