/* Filling placeholders is plain logic, used by `src/lib` too; it lives in `src/lib/site/fill.ts`. */
export { fill } from '../lib/site/fill';
