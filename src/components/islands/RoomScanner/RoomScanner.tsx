import { useStore } from '@nanostores/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { RoomStrings } from '../../../i18n/islands/room';
import type { StorageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import type { Purpose } from '../../../lib/quiz/types';
import { createScanGate, emptyRoom, roomCsv, roomJson, tallyRoom, type AddOutcome } from '../../../lib/workshop/room';
import { CHECKING_STATUS } from '../../../stores/persist';
import { $room, $roomStatus, addToRoom, clearRoom, roomDoc } from '../../../stores/room';
import { datedFilename, downloadText } from '../shared/download';
import { StorageStatus } from '../shared/StorageStatus';
import { useHydrated } from '../shared/useClientValue';
import { startScanner, type CameraProblem, type Scanner } from './camera';
import { RoomView } from './RoomView';
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
type Camera = { state: 'off' } | { state: 'starting' } | { state: 'on' } | { state: 'problem'; problem: CameraProblem };
type Last = { outcome: AddOutcome; text: string; via: 'scan' | 'typed'; seq: number } | null;

export default function RoomScanner(props: Props) {
  const { strings: s, names, maxItems, lang } = props;
  const room = useStore($room, { ssr: () => SERVER_ROOM });
  const status = useStore($roomStatus, { ssr: () => CHECKING_STATUS });
  const live = useHydrated();
  const [camera, setCamera] = useState<Camera>({ state: 'off' });
  const [typed, setTyped] = useState('');
  const [last, setLast] = useState<Last>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [cleared, setCleared] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const scanner = useRef<Scanner | null>(null);
  const typedRef = useRef<HTMLInputElement>(null);
  const focusTyped = useRef(false);
  const tally = tallyRoom(room.entries);

  const add = (text: string, via: 'scan' | 'typed', allowSame = false) => {
    const outcome = addToRoom(text, via, maxItems, allowSame);
    setCleared(false);
    setLast((prev) => ({ outcome, text, via, seq: (prev?.seq ?? 0) + 1 }));
    return outcome;
  };

  useEffect(() => () => scanner.current?.stop(), []);
  useLayoutEffect(() => {
    if (focusTyped.current) {
      focusTyped.current = false;
      typedRef.current?.focus();
    }
  }, [camera]);

  async function open() {
    setCamera({ state: 'starting' });
    const gate = createScanGate();
    const result = await startScanner(video.current!, (text) => {
      if (gate(text, Date.now())) add(text, 'scan');
    });
    if (typeof result === 'string') {
      focusTyped.current = true;
      setCamera({ state: 'problem', problem: result });
    } else {
      scanner.current = result;
      setCamera({ state: 'on' });
    }
  }
  function close() {
    scanner.current?.stop();
    scanner.current = null;
    setCamera({ state: 'off' });
  }

  const message = (l: NonNullable<Last>) => {
    const o = l.outcome;
    if (o.outcome === 'added') return fill(s.added, { n: room.entries.length });
    if (o.outcome === 'duplicate') return s.duplicate;
    return o.reason === 'vitality' ? s.vitality : o.reason === 'full' ? s.full : s.invalid;
  };
  const cameraOn = camera.state === 'on' || camera.state === 'starting';
  const csvHead = { person: s.person, code: s.code, added: s.addedAt, names };

  return (
    <div className="room" data-pagefind-ignore="all">
      <StorageStatus
        status={status}
        strings={props.storageStrings}
        lang={lang}
        name="room"
        currentJson={() => JSON.stringify($room.get(), null, 2)}
        backup={() => roomDoc.corruptBackup()}
        onDismissBackup={() => roomDoc.dismissBackup()}
      />
      <p>{s.intro}</p>
      <div className="button-row">
        {cameraOn ? (
          <button type="button" className="secondary" onClick={close}>
            {s.close}
          </button>
        ) : (
          <button type="button" onClick={() => void open()} disabled={!live}>
            {s.open}
          </button>
        )}
      </div>
      <div className="room__camera" hidden={!cameraOn}>
        <video ref={video} className="room__video" aria-label={s.video} muted playsInline />
        <p>{camera.state === 'starting' ? s.starting : s.scanning}</p>
      </div>
      {camera.state === 'problem' && (
        <p className="notice notice--warn" role="alert">
          {camera.problem === 'denied' ? s.denied : s.noCamera}
        </p>
      )}
      <form
        className="room__typed"
        onSubmit={(e) => {
          e.preventDefault();
          if (add(typed, 'typed').outcome !== 'invalid') setTyped('');
        }}
      >
        <label htmlFor="room-code">{s.typedLabel}</label>
        <p id="room-code-hint" className="room__hint">
          {s.typedHint}
        </p>
        <div className="share-row">
          <input
            id="room-code"
            ref={typedRef}
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby="room-code-hint"
            value={typed}
            disabled={!live}
            onChange={(e) => setTyped(e.currentTarget.value)}
          />
          <button type="submit" disabled={!live}>
            {s.add}
          </button>
        </div>
      </form>
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
