import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';

/** Zoom steps: 0 fits the whole map to the screen; the others are CSS pixels per map unit (1 = labels at 12 px). */
export const ZOOM_STEPS = [0, 1, 1.5, 2] as const;

interface Props {
  strings: ContactStrings;
  step: number;
  onStep(step: number): void;
  onPan(dx: number, dy: number): void;
}

/** Zoom and pan by buttons: nothing on the map needs a pinch or a drag (WCAG 2.5.7). */
export function MapZoom({ strings: s, step, onStep, onPan }: Props) {
  const level = ZOOM_STEPS[step] ?? 0;
  return (
    <div className="no-print cm-map-tools" role="group" aria-label={s.mapTitle}>
      <button type="button" className="secondary" disabled={step === 0} onClick={() => onStep(step - 1)}>
        {s.zoomOut}
      </button>
      <button type="button" className="secondary" disabled={step === ZOOM_STEPS.length - 1} onClick={() => onStep(step + 1)}>
        {s.zoomIn}
      </button>
      <span className="cm-zoom-level" aria-live="polite">
        {level === 0 ? s.zoomFit : fill(s.zoomLevel, { n: level * 100 })}
      </span>
      {level > 0 && (
        <span className="cm-pan">
          <button type="button" className="secondary" aria-label={s.panLeft} onClick={() => onPan(-1, 0)}>
            ←
          </button>
          <button type="button" className="secondary" aria-label={s.panUp} onClick={() => onPan(0, -1)}>
            ↑
          </button>
          <button type="button" className="secondary" aria-label={s.panDown} onClick={() => onPan(0, 1)}>
            ↓
          </button>
          <button type="button" className="secondary" aria-label={s.panRight} onClick={() => onPan(1, 0)}>
            →
          </button>
        </span>
      )}
    </div>
  );
}
