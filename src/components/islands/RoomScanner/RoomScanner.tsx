import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { RoomStrings } from '../../../i18n/islands/room';
import type { StorageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import type { Purpose } from '../../../lib/quiz/types';
import { emptyRoom, roomCsv, roomJson, tallyRoom, type AddOutcome } from '../../../lib/workshop/room';
import { $room, addToRoom, clearRoom, roomDoc } from '../../../stores/room';
import { datedFilename, downloadText } from '../shared/download';
import { StorageStatus } from '../shared/StorageStatus';
import { useHydrated } from '../shared/useClientValue';
import { RoomView } from './RoomView';
import { ScannerPanel } from './ScannerPanel';
import '../shared/islands.css';
import './room.css';

interface Props {
  lang: Locale;
  strings: RoomStrings;
  storageStrings: StorageStrings;
  names: Record<Purpose, string>;
  /** The number of questions in the quiz: the most a score can be. */
  maxItems: number;
}

const SERVER_ROOM = emptyRoom();
type Last = { outcome: AddOutcome; text: string; via: 'scan' | 'typed'; seq: number } | null;

export default function RoomScanner(props: Props) {
  const { strings: s, names, maxItems, lang } = props;
  const room = useStore($room, { ssr: () => SERVER_ROOM });
  const live = useHydrated();
  const [last, setLast] = useState<Last>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [cleared, setCleared] = useState(false);
  const tally = tallyRoom(room.entries);

  const add = (text: string, via: 'scan' | 'typed', allowSame = false) => {
    const outcome = addToRoom(text, via, maxItems, allowSame);
    setCleared(false);
    setLast((prev) => ({ outcome, text, via, seq: (prev?.seq ?? 0) + 1 }));
    return outcome;
  };

  const message = (l: NonNullable<Last>) => {
    const o = l.outcome;
    if (o.outcome === 'added') return fill(s.added, { n: room.entries.length });
    if (o.outcome === 'duplicate') return s.duplicate;
    return o.reason === 'vitality' ? s.vitality : o.reason === 'full' ? s.full : s.invalid;
  };
  const csvHead = { person: s.person, code: s.code, added: s.addedAt, names };

  return (
    <div className="room" data-pagefind-ignore="all">
      <StorageStatus doc={roomDoc} name="room" strings={props.storageStrings} lang={lang} />
      <p>{s.intro}</p>
      <ScannerPanel strings={s} inputId="room-code" live={live} onText={(text, via) => add(text, via).outcome !== 'invalid'} />
      <div className={`room__last room__last--${last?.outcome.outcome ?? 'none'}`} role="status" key={last?.seq}>
        {last && (
          <p>
            {message(last)}{' '}
            {last.outcome.outcome === 'duplicate' && (
              <button type="button" className="link-button" onClick={() => add(last.text, last.via, true)}>
                {s.addAnyway}
              </button>
            )}
          </p>
        )}
        {cleared && <p>{s.cleared}</p>}
      </div>
      <p className="room__summary" data-testid="room-summary">
        <strong>{tally.people === 1 ? s.peopleOne : fill(s.people, { n: tally.people })}</strong>
        {room.duplicates > 0 && <> · {room.duplicates === 1 ? s.duplicatesOne : fill(s.duplicates, { n: room.duplicates })}</>}
      </p>
      <RoomView tally={tally} names={names} strings={s} maxItems={maxItems} />
      {room.entries.length > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            onClick={() => downloadText(datedFilename('room', 'json'), roomJson(room, new Date()))}
          >
            {s.exportJson}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadText(datedFilename('room', 'csv'), `\ufeff${roomCsv(room.entries, csvHead, lang === 'da' ? ';' : ',')}`, 'text/csv')
            }
          >
            {s.exportCsv}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirmClear(true)}>
            {s.clear}
          </button>
        </div>
      )}
      {confirmClear && room.entries.length > 0 && (
        <div className="notice notice--warn" role="group" aria-labelledby="room-clear-q">
          <p id="room-clear-q">{fill(s.clearConfirm, { n: room.entries.length })}</p>
          <div className="button-row">
            <button
              type="button"
              onClick={() => {
                clearRoom();
                setConfirmClear(false);
                setLast(null);
                setCleared(true);
              }}
            >
              {s.clearYes}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmClear(false)}>
              {s.clearNo}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
