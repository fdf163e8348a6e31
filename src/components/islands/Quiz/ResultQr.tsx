import { encodeQuizPayload } from '../../../lib/workshop/payload';
import type { Scores } from '../../../lib/quiz/scoring';
import type { QuizStrings } from '../../../i18n/islands/quiz';
import { QrImage } from '../shared/QrImage';

/** The result as a QR code for the workshop's room scanner: only the four scores (the share code). */
export function ResultQr({ scores, strings: s }: { scores: Scores; strings: QuizStrings }) {
  const code = encodeQuizPayload(scores);
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
