import { encodeShareCode } from '../../../lib/quiz/share';
import type { Scores } from '../../../lib/quiz/scoring';
import type { QuizStrings } from '../../../i18n/islands/quiz';
import { QrImage } from '../shared/QrImage';

/**
 * The result as a QR code for the workshop's room scanner: only the four scores, as the share code (what the
 * room reads as a quiz payload, `lib/workshop/payload.ts`). Made here from the quiz's own module, so the quiz
 * page does not load the workshop's payload reader and the group worksheet's types with it.
 */
export function ResultQr({ scores, strings: s }: { scores: Scores; strings: QuizStrings }) {
  const code = encodeShareCode(scores);
  return (
    <div className="quiz__qr">
      <QrImage text={code} label={s.qrLabel} className="quiz__qr-code" />
      <div>
        <p>{s.qrText}</p>
        <p>
          {s.qrCode}: <code className="quiz__code">{code}</code>
        </p>
      </div>
    </div>
  );
}
