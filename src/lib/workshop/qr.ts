import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time. The code is black on a white square with the standard
 * quiet zone of four modules, so it scans on paper and on a dark screen alike. `qrcode` styles its SVG
 * with attributes only (no `style=""`, which the CSP would block). It is hidden from screen readers:
 * the page always shows the same URL as text beside it.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  if (!svg.startsWith('<svg ')) throw new Error('qrcode returned something other than an <svg>');
  return svg.trim().replace('<svg ', '<svg class="qr" aria-hidden="true" focusable="false" ');
}

/** An absolute URL as a reader would type it: no scheme, no `www.`, no trailing slash. */
export function shortUrl(href: string): string {
  return href
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
