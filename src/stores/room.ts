import { addResult, emptyRoom, roomSpec, type AddOutcome } from '../lib/workshop/room';
import { persistentDoc } from './persist';

/** The room's quiz results on the facilitator's device, and the actions that change them. */
export const roomDoc = persistentDoc(roomSpec);
export const $room = roomDoc.$data;
export const $roomStatus = roomDoc.$status;

/** Add a scanned or typed result; says what happened (added, duplicate, or why it was refused). */
export function addToRoom(text: string, via: 'scan' | 'typed', maxItems: number, allowSame = false): AddOutcome {
  let result: AddOutcome = { outcome: 'invalid', reason: 'format' };
  const saved = roomDoc.update((s) => {
    const next = addResult(s, text, { via, now: new Date(), maxItems, allowSame });
    result = next.result;
    return next.state;
  });
  // Not written (data still being checked or from a newer version): nothing was added.
  return saved ? result : { outcome: 'invalid', reason: 'format' };
}

export const clearRoom = () => roomDoc.replace(emptyRoom());
