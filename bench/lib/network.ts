/**
 * Issue 15's figure: the time to read the network (clusters, density, brokers, the reader's own bridges) and
 * word it as insights, for 150 people in clustered circles with ties. Timed in Node on the project's own
 * `src/lib/contacts/network/` code (the island runs the same functions in the browser, once per change of the
 * ties). Its goal: under 50 ms.
 */
import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { num, text, type Goal, type Section } from './report.ts';
import { median } from './stats.ts';

export const NETWORK_GOAL_MS = 50;
const PEOPLE = 150;
const CIRCLES = 6;
const RUNS = 15;
const WARM_UP = 3;

export interface NetworkTiming {
  people: number;
  ties: number;
  /** Median milliseconds of `readNetwork` + `networkInsights`. */
  median: number | null;
  fastest: number | null;
  slowest: number | null;
  runs: number;
  clusters: number;
  brokers: number;
  error: string | null;
}

/**
 * `src/` imports its neighbours without file extensions (the bundler finds them); plain Node does not. This
 * hook tries `.ts` for a relative import that fails, so Node can run those modules as they are.
 */
let hooked = false;
function resolveTypeScript() {
  if (hooked) return;
  hooked = true;
  registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (error) {
        if (specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier)) return next(`${specifier}.ts`, context);
        throw error;
      }
    },
  });
}

/** A seeded pseudo-random generator, so every run times the same network. */
function seeded(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/**
 * 150 people in six circles: about two in three pairs inside a circle know each other, a few pairs across
 * circles do, one circle is reached through a single person, and one knows nobody outside.
 */
export function clusteredNetwork(people = PEOPLE, circles = CIRCLES): { ids: string[]; ties: [string, string][] } {
  const random = seeded(15);
  const ids = Array.from({ length: people }, (_, i) => `p${String(i).padStart(4, '0')}`);
  const circleOf = (i: number) => i % circles;
  const keys = new Set<string>();
  const tie = (a: string, b: string) => a !== b && keys.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  for (let i = 0; i < people; i++) {
    for (let j = i + 1; j < people; j++) {
      const same = circleOf(i) === circleOf(j);
      // circle 1 reaches the others only through person 1; circle 2 knows nobody outside
      const closed = !same && [circleOf(i), circleOf(j)].some((c) => c === 1 || c === 2);
      if (same ? random() < 0.65 : !closed && random() < 0.01) tie(ids[i]!, ids[j]!);
    }
  }
  for (let j = 0; j < people; j += circles) tie(ids[1]!, ids[j]!);
  return { ids, ties: [...keys].sort().map((k) => k.split(' ') as [string, string]) };
}

export async function measureNetwork(root: string): Promise<NetworkTiming> {
  const { ids, ties } = clusteredNetwork();
  const base = { people: ids.length, ties: ties.length, runs: RUNS, median: null, fastest: null, slowest: null, clusters: 0, brokers: 0 };
  const file = join(root, 'src/lib/contacts/network/insights.ts');
  if (!existsSync(file)) return { ...base, error: 'no src/lib/contacts/network/insights.ts in this checkout' };
  try {
    resolveTypeScript();
    const network = (await import(pathToFileURL(file).href)) as typeof import('../../src/lib/contacts/network/insights.ts');
    const times: number[] = [];
    let last: ReturnType<typeof network.summariseNetwork> = null;
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const start = performance.now();
      last = network.summariseNetwork(ids, ties);
      const ms = performance.now() - start;
      if (run >= WARM_UP) times.push(ms);
    }
    return {
      ...base,
      median: median(times),
      fastest: Math.min(...times),
      slowest: Math.max(...times),
      clusters: last?.reading.clusters.length ?? 0,
      brokers: last?.reading.brokers.length ?? 0,
      error: null,
    };
  } catch (error) {
    return { ...base, error: String(error) };
  }
}

export function networkSection(n: NetworkTiming): Section {
  return {
    id: 'network',
    title: `Who knows whom: reading the network of ${n.people} people with ${n.ties.toLocaleString('en')} ties (goal ≤ ${NETWORK_GOAL_MS} ms)`,
    rowHeader: 'scenario',
    columns: ['median', 'fastest', 'slowest', 'runs', 'circles found', 'brokers found'],
    rows: [
      {
        label: `${n.people} people in ${CIRCLES} circles`,
        cells: n.error
          ? [text(n.error), text(''), text(''), text(''), text(''), text('')]
          : [
              num(n.median, 'ms'),
              num(n.fastest, 'ms'),
              num(n.slowest, 'ms'),
              num(n.runs, 'count'),
              num(n.clusters, 'count'),
              num(n.brokers, 'count'),
            ],
      },
    ],
    notes: [
      `Node, on src/lib/contacts/network/ as it is: \`summariseNetwork\` (readNetwork: density, Louvain clusters, brokers, own bridges; then networkInsights), ${n.runs} runs after ${WARM_UP} to warm up. The network: ${CIRCLES} circles where about two in three pairs know each other, a few ties across, one circle reached through a single person and one that knows nobody outside it (bench/lib/network.ts). A phone is slower than this machine: the 50 ms goal leaves room for that.`,
    ],
  };
}

export function networkGoals(n: NetworkTiming | null): Goal[] {
  return [
    {
      goal: `Who knows whom: reading ${n?.people ?? PEOPLE} people with ties ≤ ${NETWORK_GOAL_MS} ms (median, Node)`,
      measured: n === null ? 'skipped' : n.median === null ? (n.error ?? 'no result') : `${n.median.toFixed(1)} ms`,
      met: n?.median == null ? (n?.error ? false : null) : n.median <= NETWORK_GOAL_MS,
    },
  ];
}
