import { describe, expect, it } from 'vitest';
import { cyclesOf, importGraph, importsOf, resolveImport } from './source-files';

/**
 * The import graph of `src/`: no file reaches itself through its imports, and the logic layer
 * (`src/lib`) never imports the layers above it (components, UI text, stores). Run alone with
 * `npx vitest run --project unit tests/unit/import-graph.test.ts`.
 */
const graph = importGraph();

describe('the import graph of src/', () => {
  it('reads imports of every kind, and skips comments', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {',
      '  c,',
      "} from './c';",
      "export * from './d';",
      "import './e.css';",
      "const f = () => import('./f');",
      " * see `import('./not-an-import')`",
      "// import { g } from './not-either';",
      "import z from 'zod/mini';",
    ].join('\n');
    expect(importsOf(code).sort()).toEqual(['../b', './a', './c', './d', './e.css', './f', 'zod/mini']);
  });

  it('finds the files it resolves to', () => {
    expect(resolveImport('src/lib/quiz/state.ts', './schema')).toBe('src/lib/quiz/schema.ts');
    expect(resolveImport('src/lib/quiz/state.ts', 'zod/mini')).toBeNull();
    expect(graph.size).toBeGreaterThan(100);
  });

  it('finds and prints a cycle, and leaves files outside it alone', () => {
    const small = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', []],
      ['e', ['a']],
    ]);
    expect(cyclesOf(small)).toEqual(['a → b → c → a']);
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no cycles', () => {
    const cycles = cyclesOf(graph);
    expect(cycles, `import cycles:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('keeps src/lib free of components, UI text and stores', () => {
    const upward = [...graph]
      .filter(([file]) => file.startsWith('src/lib/'))
      .flatMap(([file, targets]) => targets.filter((t) => /^src\/(components|i18n|stores)\//.test(t)).map((t) => `${file} → ${t}`));
    expect(upward, `src/lib imports upward:\n${upward.join('\n')}`).toEqual([]);
  });
});
