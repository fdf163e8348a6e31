import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RoomStrings } from '../../../i18n/islands/room';
import { createScanGate } from '../../../lib/workshop/room';
import { startScanner, type CameraProblem, type Scanner } from './camera';
import './room.css';

/** The words the camera and the typed code need: the room's, or the group worksheet's for members' marks. */
export type ScannerStrings = Pick<
  RoomStrings,
  'open' | 'close' | 'starting' | 'scanning' | 'video' | 'denied' | 'noCamera' | 'typedLabel' | 'typedHint' | 'add'
>;

type Camera = { state: 'off' } | { state: 'starting' } | { state: 'on' } | { state: 'problem'; problem: CameraProblem };

interface Props {
  strings: ScannerStrings;
  /** The typed code's field id (the hint's is derived from it). */
  inputId: string;
  live: boolean;
  /** A scanned or typed text. Returns whether it was taken (the typed field is then emptied). */
  onText: (text: string, via: 'scan' | 'typed') => boolean;
  /** Open the camera as soon as this shows (it was loaded by a click that asked for the scanner). */
  autoOpen?: boolean;
}

/**
 * The scanner's camera and its typed-code fallback, shared by the workshop's room and the group worksheet:
 * the camera is asked for only on "Open" (jsqr loads then, in `camera.ts`); the same code held up over many
 * frames counts once; a refusal or no camera says so and puts the cursor in the typed code.
 */
export function ScannerPanel({ strings: s, inputId, live, onText, autoOpen = false }: Props) {
  const [camera, setCamera] = useState<Camera>({ state: 'off' });
  const [typed, setTyped] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  const scanner = useRef<Scanner | null>(null);
  const typedRef = useRef<HTMLInputElement>(null);
  const focusTyped = useRef(false);
  // The latest handler, for the camera's callback (which lives as long as the camera).
  const handler = useRef(onText);
  useEffect(() => {
    handler.current = onText;
  });

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
      if (gate(text, Date.now())) handler.current(text, 'scan');
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

  const opened = useRef(false);
  useEffect(() => {
    if (autoOpen && live && !opened.current) {
      opened.current = true;
      void open();
    }
  }, [autoOpen, live]);

  const cameraOn = camera.state === 'on' || camera.state === 'starting';
  const hintId = `${inputId}-hint`;
  return (
    <>
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
          if (onText(typed, 'typed')) setTyped('');
        }}
      >
        <label htmlFor={inputId}>{s.typedLabel}</label>
        <p id={hintId} className="room__hint">
          {s.typedHint}
        </p>
        <div className="share-row">
          <input
            id={inputId}
            ref={typedRef}
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={hintId}
            value={typed}
            disabled={!live}
            onChange={(e) => setTyped(e.currentTarget.value)}
          />
          <button type="submit" disabled={!live}>
            {s.add}
          </button>
        </div>
      </form>
    </>
  );
}
