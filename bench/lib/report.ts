/** The benchmark's results as sections of rows and cells, and their markdown: one column, or two side by side. */
import { formatBytes } from './stats.ts';

export type Unit = 'bytes' | 'ms' | 's' | 'score' | 'count' | 'cls' | 'text';

export interface Cell {
  value: number | null;
  unit: Unit;
  /** For text cells, or to replace the formatted number. */
  text?: string;
}

export interface Row {
  label: string;
  cells: Cell[];
}

export interface Section {
  id: string;
  title: string;
  notes: string[];
  rowHeader: string;
  columns: string[];
  /** Columns that describe the row rather than measure it; --compare leaves them out when both sides agree. */
  labelColumns?: string[];
  rows: Row[];
}

export interface Goal {
  goal: string;
  measured: string;
  /** null when it could not be measured. */
  met: boolean | null;
}

export interface Results {
  label: string;
  sections: Section[];
  goals: Goal[];
}

export const num = (value: number | null | undefined, unit: Exclude<Unit, 'text'>): Cell => ({ value: value ?? null, unit });
export const text = (t: string): Cell => ({ value: null, unit: 'text', text: t });

export function formatCell(cell: Cell): string {
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (v === null) return '—';
  switch (cell.unit) {
    case 'bytes':
      return formatBytes(v);
    case 'ms':
      return v < 100 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`;
    case 's':
      return `${v.toFixed(v < 10 ? 2 : 1)} s`;
    case 'score':
    case 'count':
      return Math.round(v).toLocaleString('en');
    case 'cls':
      return v.toFixed(3);
    default:
      return String(v);
  }
}

const escape = (s: string) => s.replace(/\|/g, '\\|');
const line = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
const table = (header: string[], rows: string[][]) => [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');

function ratio(before: Cell | undefined, after: Cell | undefined): string {
  if (!before || !after || before.value === null || after.value === null || before.text !== undefined || after.text !== undefined)
    return '—';
  if (before.value === 0) return after.value === 0 ? '1.00×' : '—';
  return `${(after.value / before.value).toFixed(2)}×`;
}

const metMark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**not met**');

/** One run's results as markdown tables. */
export function renderSingle(results: Results): string {
  const out: string[] = [];
  for (const s of results.sections) {
    out.push(`## ${s.title}`, '');
    out.push(
      table(
        [s.rowHeader, ...s.columns],
        s.rows.map((r) => [r.label, ...r.cells.map(formatCell)]),
      ),
      '',
    );
    for (const n of s.notes) out.push(`- ${n}`);
    if (s.notes.length) out.push('');
  }
  out.push('## Goals', '');
  out.push(
    table(
      ['goal', 'measured', 'status'],
      results.goals.map((g) => [g.goal, g.measured, metMark(g.met)]),
    ),
    '',
  );
  return out.join('\n');
}

/** Two runs side by side: every figure of `before` and `after`, with the ratio after/before. */
export function renderCompare(before: Results, after: Results): string {
  const out: string[] = [];
  const ids = [...new Set([...after.sections, ...before.sections].map((s) => s.id))];
  for (const id of ids) {
    const a = after.sections.find((s) => s.id === id);
    const b = before.sections.find((s) => s.id === id);
    const s = (a ?? b)!;
    out.push(`## ${s.title}`, '');
    const labels = [...new Set([...(a?.rows ?? []), ...(b?.rows ?? [])].map((r) => r.label))];
    const columns = [...new Set([...(a?.columns ?? []), ...(b?.columns ?? [])])];
    const rows: string[][] = [];
    for (const label of labels) {
      for (const column of columns) {
        const cellOf = (sec: Section | undefined) => {
          const i = sec?.columns.indexOf(column) ?? -1;
          return i < 0 ? undefined : sec?.rows.find((r) => r.label === label)?.cells[i];
        };
        const cb = cellOf(b);
        const ca = cellOf(a);
        if (!cb && !ca) continue;
        // Label columns (a page's path) are no measurement: shown only when they differ.
        if (s.labelColumns?.includes(column) && cb && ca && formatCell(cb) === formatCell(ca)) continue;
        rows.push([label, column, cb ? formatCell(cb) : '—', ca ? formatCell(ca) : '—', ratio(cb, ca)]);
      }
    }
    out.push(table([s.rowHeader, 'measure', before.label, after.label, 'ratio'], rows), '');
    // The notes of both sides, each once: a note that differs (a side's own builds) is shown for both.
    const notes = [...new Set([...(b?.notes ?? []), ...(a?.notes ?? [])])];
    for (const n of notes) out.push(`- ${n}`);
    if (notes.length) out.push('');
  }
  out.push('## Goals', '');
  const goals = [...new Set([...after.goals, ...before.goals].map((g) => g.goal))];
  out.push(
    table(
      ['goal', before.label, after.label, `${after.label}: met?`],
      goals.map((goal) => {
        const gb = before.goals.find((g) => g.goal === goal);
        const ga = after.goals.find((g) => g.goal === goal);
        return [goal, gb?.measured ?? '—', ga?.measured ?? '—', ga ? metMark(ga.met) : '—'];
      }),
    ),
    '',
  );
  return out.join('\n');
}
