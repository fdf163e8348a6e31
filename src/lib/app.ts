/** The app's name and version, written into every export file. Bump the version with each release. */
export const APP_NAME = 'Netværkskompasset';
export const APP_VERSION = '0.1.0';
