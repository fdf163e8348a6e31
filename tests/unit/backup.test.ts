import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  buildBackup,
  checkImportSize,
  MAX_IMPORT_BYTES,
  needsExportReminder,
  parseBackupText,
} from '../../src/lib/storage/backup';

const kinds = ['quiz'];
const good = () =>
  buildBackup(
    { quiz: { version: 1, savedAt: '2026-11-22T10:00:00.000Z', data: { answers: {}, step: 0, history: [] } } },
    new Date('2026-11-22T12:00:00Z'),
  );

describe('backup files', () => {
  it('carry the app and schema versions and read back', () => {
    const file = good();
    expect(file).toMatchObject({
      format: 'netvaerkskompasset-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      app: { name: 'Netværkskompasset' },
    });
    const parsed = parseBackupText(JSON.stringify(file), kinds);
    expect(parsed).toEqual({ ok: true, file, unknownKinds: [] });
  });
  it('refuse files over the size limit before reading them, and empty files', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toEqual({ code: 'too-large', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
    expect(checkImportSize(0)).toEqual({ code: 'empty' });
    expect(checkImportSize(1000)).toBeNull();
    expect(parseBackupText('x'.repeat(MAX_IMPORT_BYTES + 1), kinds)).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
  });
  it('report text that is not JSON', () => {
    expect(parseBackupText('{"format": ', kinds)).toMatchObject({ ok: false, problems: [{ code: 'not-json' }] });
  });
  it('refuse prototype-pollution keys anywhere in the file', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = JSON.stringify(good()).replace('"answers":{}', `"answers":{"${key}":{"polluted":true}}`);
      expect(parseBackupText(text, kinds)).toEqual({ ok: false, problems: [{ code: 'forbidden-key', key }] });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('report a JSON file that is not an export, and one from a newer format', () => {
    expect(parseBackupText('{"hello": 1}', kinds)).toEqual({ ok: false, problems: [{ code: 'not-backup' }] });
    expect(parseBackupText(JSON.stringify({ ...good(), formatVersion: BACKUP_FORMAT_VERSION + 1 }), kinds)).toMatchObject({
      ok: false,
      problems: [{ code: 'newer-format' }],
    });
  });
  it('report each bad field of an entry, and set aside unknown kinds', () => {
    const text = JSON.stringify({
      ...good(),
      stores: { quiz: { version: 'one', savedAt: 5 }, future: { version: 1, savedAt: '', data: {} } },
    });
    expect(parseBackupText(text, kinds)).toEqual({
      ok: false,
      problems: [
        { code: 'entry', kind: 'quiz', field: 'version' },
        { code: 'entry', kind: 'quiz', field: 'savedAt' },
        { code: 'entry', kind: 'quiz', field: 'data' },
      ],
    });
    const withUnknown = JSON.stringify({ ...good(), stores: { ...good().stores, future: { version: 1, savedAt: '', data: {} } } });
    expect(parseBackupText(withUnknown, kinds)).toMatchObject({ ok: true, unknownKinds: ['future'] });
  });
});

describe('export reminder', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it('stays quiet with nothing stored, or nothing changed since the last export', () => {
    expect(needsExportReminder(undefined, undefined, now)).toBe(false);
    expect(needsExportReminder('2026-10-01T00:00:00Z', '2026-09-30T00:00:00Z', now)).toBe(false);
  });
  it('reminds when answers changed after an export more than 14 days old', () => {
    expect(needsExportReminder('2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z', now)).toBe(true);
    expect(needsExportReminder('2026-11-10T00:00:00Z', '2026-11-20T00:00:00Z', now)).toBe(false);
  });
  it('reminds whenever answers exist that were never exported', () => {
    expect(needsExportReminder(undefined, '2026-11-22T11:00:00Z', now)).toBe(true);
  });
});
