import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles } from './source-files';

/**
 * No source file in `src/` is longer than `MAX_LINES`: a file that long does several jobs. Data files
 * (text in both languages, lists of things) may be longer; each is named here with the reason.
 * Run alone with `npx vitest run --project unit tests/unit/source-length.test.ts`.
 */
const MAX_LINES = 300;

const dataFiles: Record<string, string> = {
  'src/data/quiz/items.ts': 'question bank: every quiz item’s situation and four answers in both languages',
  'src/i18n/islands/contacts/da.ts': 'string table: the contact map island’s Danish text',
  'src/i18n/islands/contacts/en.ts': 'string table: the contact map island’s English text',
};

const lineCount = (file: string): number => readFileSync(join(root, file), 'utf8').trimEnd().split('\n').length;

describe('source file length', () => {
  it(`keeps every source file in src/ at ${MAX_LINES} lines or fewer, data files aside`, () => {
    const long = sourceFiles()
      .filter((f) => !Object.hasOwn(dataFiles, f))
      .map((f) => ({ file: f, lines: lineCount(f) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long, `over ${MAX_LINES} lines:\n${long.join('\n')}`).toEqual([]);
  });

  it('lists only data files that exist', () => {
    const files = new Set(sourceFiles());
    expect(Object.keys(dataFiles).filter((f) => !files.has(f))).toEqual([]);
  });
});
