import { describe, expect, it } from 'vitest';
import { lix, mdxToPlainText } from '../../src/lib/content/lix';

describe('lix', () => {
  it('computes words per sentence plus the share of long words', () => {
    // 6 words, 2 sentences, 1 word over six letters ("netværket")
    const r = lix('Vi mødes i netværket. Det virker.');
    expect(r).toMatchObject({ words: 6, sentences: 2, longWords: 1 });
    expect(r.lix).toBeCloseTo(6 / 2 + (100 * 1) / 6, 5);
  });
  it('counts a heading or list item without a full stop as one sentence', () => {
    expect(lix('Overskrift her\nEn sætning.').sentences).toBe(2);
  });
  it('does not count a blank line after a full stop as an extra sentence', () => {
    expect(lix('Første sætning.\n\nAnden sætning.').sentences).toBe(2);
  });
});

describe('mdxToPlainText', () => {
  it('drops frontmatter, imports, tags and link targets', () => {
    const text = mdxToPlainText('---\ntitle: x\n---\nimport A from "a";\n<A client:load />\nSe [kortet](/oevelser/x/).');
    expect(text).not.toMatch(/title|import|client|oevelser/);
    expect(text).toMatch(/Se kortet\./);
  });
});
