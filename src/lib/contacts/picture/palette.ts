/**
 * The colours a downloaded picture of the map is drawn in: the site's light theme on white, whatever the
 * reader's screen shows (a dark picture prints badly and looks wrong in a document). The map's own rules
 * (`map.css`) use these custom properties; the picture defines them on its outer `<svg>`.
 */
export const pictureColours = {
  '--bg': '#ffffff',
  '--surface': '#ffffff',
  '--surface-2': '#ecebe4',
  '--text': '#1d2321',
  '--muted': '#4e5753',
  '--accent': '#1f5e4a',
  '--accent-soft': '#dcebe3',
  '--border': '#c9cbc3',
  '--focus': '#b3400f',
} as const;

export const PICTURE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The stylesheet put in the picture: the colours and font, then the map's rules as the page has them. */
export function pictureStyle(mapRules: readonly string[]): string {
  const vars = Object.entries(pictureColours)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return [`svg{${vars};font-family:${PICTURE_FONT}}`, ...mapRules].join('\n');
}

/** The picture's size in pixels when drawn as PNG at `scale` (2 for print). */
export const pngSize = (width: number, height: number, scale = 2) => ({
  width: Math.round(width * scale),
  height: Math.round(height * scale),
});
