import { lazy, Suspense, useState } from 'react';
import { checkLength } from '../../../lib/editing/fieldSync';
import { emptyRatings } from '../../../lib/group/state';
import { limits, marks, type Ratings } from '../../../lib/group/types';
import { encodeMarksCode } from '../../../lib/group/votes';
import { LimitedInput } from '../shared/EditableText';
import type { SheetProps } from './props';
import { RatingFields } from './RatingFields';

/** The QR code loads only when it shows. */
const MarksQr = lazy(() => import('./MarksQr'));

/** On a member's own phone: their marks as a short code to send to whoever collects them. */
export function PhoneMarks(props: SheetProps) {
  const { strings: s, marks: markInfo } = props;
  const [mine, setMine] = useState<Ratings>(emptyRatings);
  const [name, setName] = useState('');
  const any = marks.some((m) => mine[m] !== null);
  return (
    <details className="phone-marks">
      <summary>{s.phoneTitle}</summary>
      <p className="group-section__help">{s.phoneIntro}</p>
      <div className="field">
        <label htmlFor="phone-name">{s.phoneName}</label>
        <LimitedInput id="phone-name" value={name} limit={limits.voterName} autoComplete="off" onValue={setName} />
      </div>
      <RatingFields prefix="phone" value={mine} disabled={false} marks={markInfo} onChange={(m, r) => setMine((d) => ({ ...d, [m]: r }))} />
      <p role="status">
        {any && !checkLength(name, limits.voterName).over ? (
          <>
            {s.phoneCode}: <output className="phone-marks__code">{encodeMarksCode(mine, name)}</output>
          </>
        ) : (
          s.phoneNone
        )}
      </p>
      {any && (
        <Suspense fallback={null}>
          <MarksQr ratings={mine} strings={s} />
        </Suspense>
      )}
    </details>
  );
}
