import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg, shortUrl } from '../../src/lib/workshop/qr';

/** Draw qrcode's SVG (one path of horizontal runs: `M x y.5`, `m dx 0`, `h n`) as RGBA pixels, `scale` px per module. */
function rasterize(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (cmd === 'm') x += Number(a);
    else {
      for (let col = x; col < x + Number(a); col++)
        for (let py = y * scale; py < (y + 1) * scale; py++)
          for (let px = col * scale; px < (col + 1) * scale; px++) data.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
      x += Number(a);
    }
  }
  return { data, size };
}

describe('qrSvg', () => {
  const urls = [
    'https://netvaerkskompasset.dk/oevelser/hvad-vil-du/',
    'https://netvaerkskompasset.dk/en/articles/relationships-not-business-cards/',
    'https://example.org/kompas/artikler/vaerdi-i-netvaerksgruppen/',
  ];
  for (const url of urls) {
    it(`encodes ${url} so that a QR reader gets it back`, async () => {
      const { data, size } = rasterize(await qrSvg(url));
      expect(jsQR(data, size, size)?.data).toBe(url);
    });
  }

  it('is plain SVG the CSP allows: no style attribute, hidden from screen readers, with a quiet zone', async () => {
    const svg = await qrSvg(urls[0]!);
    expect(svg).toMatch(
      /^<svg class="qr" aria-hidden="true" focusable="false" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/,
    );
    expect(svg).not.toMatch(/style=|<script|\son\w+=/i);
    // The path starts four modules in: the standard quiet zone.
    expect(svg).toContain('d="M4 4.5h7');
    expect(svg.endsWith('</svg>')).toBe(true);
  });
});

describe('shortUrl', () => {
  it('drops the scheme, www. and the trailing slash', () => {
    expect(shortUrl('https://netvaerkskompasset.dk/oevelser/hvad-vil-du/')).toBe('netvaerkskompasset.dk/oevelser/hvad-vil-du');
    expect(shortUrl('http://www.example.org/kompas/')).toBe('example.org/kompas');
    expect(shortUrl('https://example.org/')).toBe('example.org');
  });
});
