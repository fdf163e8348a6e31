import { useEffect, useState } from 'react';
import { encodeQuizPayload } from '../../../lib/workshop/payload';
import type { Scores } from '../../../lib/quiz/scoring';
import type { QuizStrings } from '../../../i18n/islands/quiz';

/**
 * The result as a QR code for the workshop's room scanner: only the four scores (the share code).
 * `qrcode` is loaded when the result shows, not with the quiz. It returns plain SVG markup made of
 * attributes only (no `style=""`, which the CSP would block), drawn from our own code, never from input.
 */
export function ResultQr({ scores, strings: s }: { scores: Scores; strings: QuizStrings }) {
  const code = encodeQuizPayload(scores);
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((QRCode) =>
        QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } }),
      )
      .then((markup) => {
        if (live && markup.startsWith('<svg ')) setSvg(markup.replace('<svg ', '<svg aria-hidden="true" focusable="false" '));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [code]);
  return (
    <div className="quiz__qr">
      <div className="quiz__qr-code" role="img" aria-label={s.qrLabel} dangerouslySetInnerHTML={{ __html: svg }} />
      <div>
        <p>{s.qrText}</p>
        <p>
          {s.qrCode}: <code className="quiz__code">{code}</code>
        </p>
      </div>
    </div>
  );
}
