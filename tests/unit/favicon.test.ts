import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faviconPng } from '../../src/components/layout/faviconPng';

describe('the favicon written into the pages', () => {
  it('is the PNG beside its module, so a new icon there reaches the pages', () => {
    const file = readFileSync(new URL('../../src/components/layout/favicon-32.png', import.meta.url));
    expect(faviconPng).toBe(`data:image/png;base64,${file.toString('base64')}`);
  });

  it('is a 32 × 32 PNG', () => {
    const png = Buffer.from(faviconPng.split(',')[1]!, 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
  });
});
