import type { GroupStrings } from '../../../i18n/islands/group';
import { marks, type Ratings } from '../../../lib/group/types';
import { encodeVitalityPayload, type VitalityMarks } from '../../../lib/workshop/payload';
import { QrImage } from '../shared/QrImage';

/** A member's own marks as a QR code for the chair's scanner: the five marks only (`vt1-34205`), never the name. */
export default function MarksQr({ ratings, strings: s }: { ratings: Ratings; strings: GroupStrings }) {
  const rated = Object.fromEntries(marks.filter((m) => ratings[m] !== null).map((m) => [m, ratings[m]])) as VitalityMarks;
  return (
    <div className="phone-marks__qr">
      <QrImage text={encodeVitalityPayload(rated)} label={s.phoneQr} className="phone-marks__qr-code" />
      <p>{s.phoneQrText}</p>
    </div>
  );
}
