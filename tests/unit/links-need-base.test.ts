import { describe, expect, it } from 'vitest';
import { linksNeedBase } from '../../src/components/content/linksNeedBase';

describe('linksNeedBase', () => {
  it('leaves links in MDX bodies as written when the site is at the root', () => {
    expect(linksNeedBase('/')).toBe(false);
    expect(linksNeedBase('')).toBe(false);
  });

  it('rewrites them under a sub-path, with or without its trailing slash', () => {
    expect(linksNeedBase('/kompas/')).toBe(true);
    expect(linksNeedBase('/kompas')).toBe(true);
  });
});
