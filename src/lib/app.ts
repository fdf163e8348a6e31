/** The app's name and version, written into every export file. Bump the version with each release. */
export const APP_NAME = 'Netværkskompasset';
export const APP_VERSION = '0.1.0';

/** What every file the site writes starts with: its format and version, the app that wrote it, and when. */
export interface FileHeader<F extends string> {
  format: F;
  formatVersion: number;
  app: { name: string; version: string };
  exportedAt: string;
}

export const fileHeader = <F extends string>(format: F, formatVersion: number, now: Date): FileHeader<F> => ({
  format,
  formatVersion,
  app: { name: APP_NAME, version: APP_VERSION },
  exportedAt: now.toISOString(),
});
