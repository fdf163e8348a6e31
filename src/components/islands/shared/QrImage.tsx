import { useEffect, useState } from 'react';

/**
 * A QR code drawn in the browser, for the workshop's scanner: `qrcode` is loaded when the code first shows,
 * never with the page. It returns plain SVG made of attributes only (no `style=""`, which the CSP would
 * block), drawn from our own short codes, never from what a reader typed. Black on white with the standard
 * quiet zone of four modules, so a camera reads it from a phone held at arm's length.
 */
export function QrImage({ text, label, className }: { text: string; label: string; className: string }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((QRCode) =>
        QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } }),
      )
      .then((markup) => {
        if (live && markup.startsWith('<svg ')) setSvg(markup.replace('<svg ', '<svg aria-hidden="true" focusable="false" '));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [text]);
  return <div className={className} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
