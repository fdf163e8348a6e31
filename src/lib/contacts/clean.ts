import { isIsoDate } from '../shared/ids';
import {
  closenessLevels,
  contexts as contextOrder,
  limits,
  rhythms,
  roles as roleOrder,
  type ContactContext,
  type LogEntry,
  type PersonDraft,
} from './types';

/** Cleaning what comes in (typed, imported, merged): text cut to its limit, lists in their fixed order, unknown values dropped. */

export const cut = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);
const clean = (text: string, max: number): string => cut(text.replace(/\s+/g, ' ').trim(), max);

export const uniqueIn = <T extends string>(values: readonly T[], order: readonly T[]): T[] => order.filter((v) => values.includes(v));

export function cleanDraft(draft: PersonDraft): PersonDraft {
  return {
    name: clean(draft.name, limits.name),
    // The first context is the person's sector on the map, so the reader's order is kept.
    contexts: [...new Set(draft.contexts)].filter((c): c is ContactContext => (contextOrder as readonly string[]).includes(c)),
    closeness: draft.closeness !== null && closenessLevels.includes(draft.closeness) ? draft.closeness : null,
    roles: uniqueIn(draft.roles, roleOrder),
    connector: draft.connector === true,
    peer: draft.peer === true,
    lastContact: draft.lastContact !== null && isIsoDate(draft.lastContact) ? draft.lastContact : null,
    nextStep: cut(draft.nextStep, limits.nextStep),
    notes: cut(draft.notes, limits.notes),
    organisation: clean(draft.organisation, limits.organisation),
    position: clean(draft.position, limits.position),
    rhythm: rhythms.includes(draft.rhythm) ? draft.rhythm : 'none',
    log: cleanLog(draft.log),
  };
}

/** A log newest first, valid dates only, each line on one line and cut to size, one entry per date and text. */
function cleanLog(log: readonly LogEntry[]): LogEntry[] {
  const seen = new Set<string>();
  const out: LogEntry[] = [];
  for (const entry of [...log].filter((e) => isIsoDate(e.date)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))) {
    const text = clean(entry.text, limits.logText);
    const key = `${entry.date} ${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ date: entry.date, text });
  }
  return out.slice(0, limits.log);
}
