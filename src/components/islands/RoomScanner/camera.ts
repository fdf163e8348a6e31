/**
 * The room scanner's camera: asked for only when the facilitator opens the scanner (DESIGN.md trap 17),
 * shown in a `<video>` through `srcObject` (no blob URL, so the CSP needs no `media-src`), and read
 * a few times a second through a canvas by `jsqr`, which is loaded at the same moment.
 */
export type CameraProblem = 'denied' | 'no-camera';

export interface Scanner {
  stop(): void;
}

export async function startScanner(video: HTMLVideoElement, onText: (text: string) => void): Promise<Scanner | CameraProblem> {
  if (!navigator.mediaDevices?.getUserMedia) return 'no-camera';
  const decoder = import('jsqr').then((m) => m.default);
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    const name = (error as DOMException | undefined)?.name;
    return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'no-camera';
  }
  let jsQR: Awaited<typeof decoder>;
  try {
    jsQR = await decoder;
  } catch {
    stream.getTracks().forEach((t) => t.stop());
    return 'no-camera';
  }
  video.srcObject = stream;
  video.muted = true;
  video.playsInline = true;
  await video.play().catch(() => undefined);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped || !ctx || video.readyState < 2 || !video.videoWidth) return;
    // At most 640 px wide: enough for a phone's code held up at arm's length, and quick on a laptop.
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
    if (code?.data) onText(code.data);
  }, 150);
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      stream.getTracks().forEach((t) => t.stop());
      video.srcObject = null;
    },
  };
}
