/** Offer text as a file download, entirely in the browser. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  downloadBlob(filename, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Offer a file (a picture, say) as a download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `netvaerkskompasset-quiz-2026-11-22.json` */
export function datedFilename(name: string, ext: string, now = new Date()): string {
  return `netvaerkskompasset-${name}-${now.toISOString().slice(0, 10)}.${ext}`;
}
