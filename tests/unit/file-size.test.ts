import { describe, expect, it } from 'vitest';
import { formatFileSize, formatSizeAgainstLimit } from '../../src/lib/fileSize';

const MB = 1024 * 1024;

describe('formatSizeAgainstLimit', () => {
  it('tells a 2,119,380-byte file from a 2 MB limit (the backup that was refused with "2 MB … 2 MB")', () => {
    expect(formatSizeAgainstLimit(2_119_380, 2 * MB, 'da')).toEqual({ size: '2,02 MB', limit: '2 MB' });
    expect(formatSizeAgainstLimit(2_119_380, 2 * MB, 'en')).toEqual({ size: '2.02 MB', limit: '2 MB' });
  });

  it('uses one decimal when that is enough (a 1.5 MB worksheet file against 1 MB)', () => {
    expect(formatSizeAgainstLimit(1.5 * MB, MB, 'da')).toEqual({ size: '1,5 MB', limit: '1 MB' });
    expect(formatSizeAgainstLimit(1.5 * MB, MB, 'en')).toEqual({ size: '1.5 MB', limit: '1 MB' });
    expect(formatSizeAgainstLimit(25 * MB, 10 * MB, 'da')).toEqual({ size: '25 MB', limit: '10 MB' });
  });

  it('goes to a smaller unit for sizes just over the limit', () => {
    // 2 MB + 3 KB: 2.0029 MB is "2" at two decimals, so KB tells them apart.
    expect(formatSizeAgainstLimit(2 * MB + 3 * 1024, 2 * MB, 'da')).toEqual({ size: '2.051 KB', limit: '2.048 KB' });
    expect(formatSizeAgainstLimit(2 * MB + 3 * 1024, 2 * MB, 'en')).toEqual({ size: '2,051 KB', limit: '2,048 KB' });
    // 100 bytes over: KB with decimals.
    expect(formatSizeAgainstLimit(2 * MB + 100, 2 * MB, 'da')).toEqual({ size: '2.048,1 KB', limit: '2.048 KB' });
    // One byte over: only bytes tell them apart.
    expect(formatSizeAgainstLimit(2 * MB + 1, 2 * MB, 'da')).toEqual({ size: '2.097.153 byte', limit: '2.097.152 byte' });
    expect(formatSizeAgainstLimit(2 * MB + 1, 2 * MB, 'en')).toEqual({ size: '2,097,153 bytes', limit: '2,097,152 bytes' });
  });

  it('never shows a size over the limit as equal to it or below it', () => {
    for (const over of [1, 7, 100, 1023, 1024, 5000, 10_240, 20_000, 100_000, 1_000_000]) {
      const { size, limit } = formatSizeAgainstLimit(2 * MB + over, 2 * MB, 'en');
      expect(size, `${over} over`).not.toBe(limit);
      const value = (s: string) => Number.parseFloat(s.replace(/,/g, '')) * (s.endsWith('MB') ? MB : s.endsWith('KB') ? 1024 : 1);
      expect(value(size), `${over} over`).toBeGreaterThan(value(limit));
    }
  });

  it('shows a size at the exact limit as the limit', () => {
    expect(formatSizeAgainstLimit(2 * MB, 2 * MB, 'da')).toEqual({ size: '2 MB', limit: '2 MB' });
    expect(formatSizeAgainstLimit(MB, MB, 'en')).toEqual({ size: '1 MB', limit: '1 MB' });
  });

  it('works in the KB range', () => {
    expect(formatSizeAgainstLimit(600 * 1024, 512 * 1024, 'da')).toEqual({ size: '600 KB', limit: '512 KB' });
    expect(formatSizeAgainstLimit(1536, 1024, 'en')).toEqual({ size: '1.5 KB', limit: '1 KB' });
    expect(formatSizeAgainstLimit(1025, 1024, 'da')).toEqual({ size: '1.025 byte', limit: '1.024 byte' });
  });
});

describe('formatFileSize', () => {
  it('rounds as a reader would say it', () => {
    expect(formatFileSize(2_119_380, 'da')).toBe('2 MB');
    expect(formatFileSize(1.5 * MB, 'da')).toBe('1,5 MB');
    expect(formatFileSize(820 * 1024, 'en')).toBe('820 KB');
    expect(formatFileSize(1536, 'da')).toBe('1,5 KB');
    expect(formatFileSize(512, 'da')).toBe('512 byte');
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
  });
});
