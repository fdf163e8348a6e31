import type { Page } from 'playwright-core';

/** The fake camera's picture size. */
export const W = 640;
export const H = 480;

/**
 * A screenshot (PNG) as the luma plane of one video frame: drawn centred on white, as large as fits with a
 * margin, without smoothing, in the browser that took it (no PNG decoder needed here). Any blank page will do.
 */
export async function lumaFrame(page: Page, png: Buffer): Promise<Buffer> {
  const y = await page.evaluate(
    async ({ b64, W, H }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, W, H);
      ctx.imageSmoothingEnabled = false;
      const scale = (Math.min(W, H) - 40) / Math.max(img.width, img.height);
      const w = Math.round(img.width * scale);
      const h = Math.round(img.height * scale);
      ctx.drawImage(img, Math.round((W - w) / 2), Math.round((H - h) / 2), w, h);
      const px = ctx.getImageData(0, 0, W, H).data;
      const out: number[] = new Array(W * H);
      // BT.601 studio-range luma, as Y4M's C420jpeg expects.
      for (let i = 0; i < W * H; i++)
        out[i] = Math.round(16 + (65.481 * px[i * 4]! + 128.553 * px[i * 4 + 1]! + 24.966 * px[i * 4 + 2]!) / 255);
      return out;
    },
    { b64: png.toString('base64'), W, H },
  );
  return Buffer.from(y);
}

/**
 * A Y4M video (raw YUV 4:2:0, 10 frames a second) for Chromium's fake camera: each picture for 1.5 s with a
 * blank second between, then `tail` blank frames. Chromium plays the file in a loop.
 */
export function y4mVideo(pictures: readonly Buffer[], tail = 30): Buffer {
  const chroma = Buffer.alloc((W * H) / 2, 128);
  const blank = Buffer.concat([Buffer.alloc(W * H, 235), chroma]);
  const frames: Buffer[] = [];
  for (const luma of pictures) {
    const frame = Buffer.concat([luma, chroma]);
    for (let i = 0; i < 15; i++) frames.push(frame);
    for (let i = 0; i < 10; i++) frames.push(blank);
  }
  for (let i = 0; i < tail; i++) frames.push(blank);
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...frames.flatMap((f) => [Buffer.from('FRAME\n'), f])]);
}
