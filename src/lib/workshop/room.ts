import type { DocSpec } from '../storage/envelope';
import { interpretScores } from '../quiz/public';
import { purposes, type Purpose } from '../shared/purposes';
import { decodePayload, type PayloadProblem } from './payload';
import { MAX_ROOM_ENTRIES, type RoomEntry, type RoomState } from './room-types';

export { MAX_ROOM_ENTRIES, type RoomEntry, type RoomState } from './room-types';

/**
 * The room's quiz results, kept on the facilitator's device: one entry per participant, made from a
 * scanned QR code or a typed share code. Only scores are kept: no names. Pure: no DOM, no storage.
 */
export const emptyRoom = (): RoomState => ({ entries: [], duplicates: 0 });

export const roomSpec: DocSpec<RoomState> = {
  kind: 'room',
  version: 1,
  loadSchema: () => import('./room-schema').then((m) => m.roomStateSchema),
  empty: emptyRoom,
  count: (s) => s.entries.length,
  merge: (current, incoming) => {
    const seen = new Set(current.entries.map((e) => `${e.code}@${e.at}`));
    const entries = [...current.entries, ...incoming.entries.filter((e) => !seen.has(`${e.code}@${e.at}`))]
      .sort((a, b) => a.at.localeCompare(b.at))
      .slice(0, MAX_ROOM_ENTRIES);
    return { entries, duplicates: current.duplicates + incoming.duplicates };
  },
};

export type AddOutcome =
  | { outcome: 'added'; entry: RoomEntry }
  | { outcome: 'duplicate'; code: string }
  | { outcome: 'invalid'; reason: PayloadProblem | 'vitality' | 'full' };

/**
 * Add one scanned or typed result. The same code twice is taken as the same person scanned again and
 * counted as a duplicate, unless `allowSame` (two people with the same scores, confirmed by the facilitator).
 */
export function addResult(
  state: RoomState,
  text: string,
  opts: { via: 'scan' | 'typed'; now: Date; maxItems: number; allowSame?: boolean },
): { state: RoomState; result: AddOutcome } {
  const decoded = decodePayload(text, opts.maxItems);
  if (!decoded.ok) return { state, result: { outcome: 'invalid', reason: decoded.reason } };
  if (decoded.kind !== 'quiz') return { state, result: { outcome: 'invalid', reason: 'vitality' } };
  if (!opts.allowSame && state.entries.some((e) => e.code === decoded.code)) {
    return { state: { ...state, duplicates: state.duplicates + 1 }, result: { outcome: 'duplicate', code: decoded.code } };
  }
  if (state.entries.length >= MAX_ROOM_ENTRIES) return { state, result: { outcome: 'invalid', reason: 'full' } };
  const entry: RoomEntry = { code: decoded.code, scores: decoded.scores, at: opts.now.toISOString(), via: opts.via };
  return { state: { ...state, entries: [...state.entries, entry] }, result: { outcome: 'added', entry } };
}

/**
 * A camera sees the same code in many frames in a row. The gate lets a text through once, then not
 * again until it has been out of view for `quietMs` (so holding a phone up counts once).
 */
export function createScanGate(quietMs = 2500) {
  const lastSeen = new Map<string, number>();
  return (text: string, nowMs: number): boolean => {
    const last = lastSeen.get(text);
    lastSeen.set(text, nowMs);
    return last === undefined || nowMs - last > quietMs;
  };
}

export interface RoomTally {
  people: number;
  /** How many have this purpose alone as their highest score: their corner. */
  corners: Record<Purpose, number>;
  /** People whose highest score is shared by two or more purposes: they stand between corners. */
  between: number;
  /** Every person's score for each purpose, lowest first: the spread. */
  spread: Record<Purpose, number[]>;
}

/** The four corners and the spread of the room's results. */
export function tallyRoom(entries: readonly RoomEntry[]): RoomTally {
  const corners = Object.fromEntries(purposes.map((p) => [p, 0])) as Record<Purpose, number>;
  const spread = Object.fromEntries(purposes.map((p) => [p, [] as number[]])) as Record<Purpose, number[]>;
  let between = 0;
  for (const e of entries) {
    const { primary } = interpretScores(e.scores);
    if (primary.length === 1) corners[primary[0]!] += 1;
    else between += 1;
    for (const p of purposes) spread[p].push(e.scores[p]);
  }
  for (const p of purposes) spread[p].sort((a, b) => a - b);
  return { people: entries.length, corners, between, spread };
}

/** The median of sorted numbers (0 for none). */
export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The room as a CSV: one row per person, purposes named in the reader's language. */
export function roomCsv(
  entries: readonly RoomEntry[],
  headings: { person: string; code: string; added: string; names: Record<Purpose, string> },
  separator: ',' | ';',
): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const head = [headings.person, headings.code, ...purposes.map((p) => headings.names[p]), headings.added];
  const rows = entries.map((e, i) => [i + 1, e.code, ...purposes.map((p) => e.scores[p]), e.at]);
  return [head, ...rows].map((r) => r.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** The room as a JSON export: the entries and the tally. */
export function roomJson(state: RoomState, now: Date): string {
  const tally = tallyRoom(state.entries);
  return JSON.stringify(
    {
      format: 'netvaerkskompasset-room',
      version: 1,
      exportedAt: now.toISOString(),
      duplicatesIgnored: state.duplicates,
      corners: tally.corners,
      between: tally.between,
      people: state.entries,
    },
    null,
    2,
  );
}
