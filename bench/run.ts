/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1, drives Debian's Chromium, and prints a markdown report
 * that it also writes to bench/results/latest.md. See `npm run bench -- --help`.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildForBench, measureInTurns, measureProject, type BenchBuild, type Options } from './lib/measure.ts';
import { measureNetwork, networkGoals, networkSection } from './lib/network.ts';
import { gnuTime } from './lib/process.ts';
import { renderCompare, renderSingle, type Results } from './lib/report.ts';
import { measureScaleInterleaved, type ScaleResult } from './lib/scaling.ts';
import { findChromium } from './lib/site.ts';
import { formatDuration } from './lib/stats.ts';
import { checkoutRef, describeWorkingTree, type Worktree } from './lib/worktree.ts';

const usage = `npm run bench [-- options]

  (no options)         the full run: build, page weight, Lighthouse ×3 (and the article as a bare page), search,
                       offline precache, build scaling at 100 and 1,000 articles (time, memory, precache, first visit)
  --quick              skip build scaling, one Lighthouse run per page
  --compare <git-ref>  also build and measure <git-ref> in a temporary worktree (bench/tmp/), side by side with a ratio
                       (it links this checkout's node_modules when its package-lock.json is the same, else runs npm install)
  --runs <n>           Lighthouse runs per page (default 3; the article and its bare page take turns, at least 7 each)
  --sizes <a,b>        synthetic articles per language for build scaling (default 100,1000)
  --scale-rounds <n>   builds per size and side for build scaling, the sides taking turns; the report gives medians
                       (default 2 with --compare, so a machine that changes speed during the run weighs on both; else 1)
  --skip <part>        skip weight, lighthouse, search or scaling (repeatable, or comma-separated)
  --no-build           measure the dist/ that is there instead of building first (not with --compare)
  --keep-worktree      leave the --compare worktree in bench/tmp/ afterwards
  --out <file>         where to write the report (default bench/results/latest.md)
  --network-only       only the "who knows whom" reading at 150 people (plain Node, seconds; no build, no browser)

Exits with status 1, after the report and one "GOAL NOT MET" line per goal, when a measured figure misses its goal
(the Goals table: Lighthouse, LCP vs the bare page, first visit ≤ 3 MB, build ms per page and peak memory, search).`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    compare: { type: 'string' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    'scale-rounds': { type: 'string' },
    skip: { type: 'string', multiple: true, default: [] },
    'no-build': { type: 'boolean', default: false },
    'keep-worktree': { type: 'boolean', default: false },
    out: { type: 'string' },
    'network-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

if (values['network-only']) {
  const root = join(import.meta.dirname, '..');
  const network = await measureNetwork(root);
  const result: Results = { label: 'this run', sections: [networkSection(network)], goals: networkGoals(network) };
  console.log(`# Netværkskompasset benchmark: who knows whom only\n\n${renderSingle(result)}`);
  if (result.goals.some((g) => g.met === false)) process.exitCode = 1;
  process.exit();
}

const started = performance.now();
const loadAtStart = loadavg();
const root = join(import.meta.dirname, '..');
const parts = ['weight', 'lighthouse', 'search', 'scaling'] as const;
const skip = new Set(
  values.skip
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean),
);
for (const s of skip) if (!(parts as readonly string[]).includes(s)) throw new Error(`--skip ${s}: expected one of ${parts.join(', ')}`);
if (values.quick) skip.add('scaling');
if (values['no-build'] && values.compare) throw new Error('--no-build cannot be used with --compare');

const options: Options = {
  build: !values['no-build'],
  lighthouseRuns: Number(values.runs ?? (values.quick ? 1 : 3)),
  scaleSizes: (values.sizes ?? '100,1000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0),
  skip: skip as Options['skip'],
  logDir: join(root, 'bench/tmp/logs'),
};
if (!(options.lighthouseRuns >= 1)) throw new Error('--runs must be a number ≥ 1');
const scaleRounds = Number(values['scale-rounds'] ?? (values.compare ? 2 : 1));
if (!(Number.isInteger(scaleRounds) && scaleRounds >= 1)) throw new Error('--scale-rounds must be a whole number ≥ 1');

findChromium(); // fail early, with the install hint, when there is no browser
if (!existsSync(gnuTime))
  console.error(`[bench] ${gnuTime} is missing, so peak memory is not measured: install it with \`sudo apt-get install time\`.`);

let worktree: Worktree | undefined;
const results: Results[] = [];
/** The checkouts measured: the --compare ref first, then this one. */
const sides: { root: string; label: string }[] = [];
try {
  if (values.compare) {
    console.error(
      `[bench] checking out ${values.compare} in a worktree (its node_modules linked, or installed when its lock file differs) …`,
    );
    worktree = await checkoutRef(root, values.compare, options.logDir);
    const short = worktree.sha.slice(0, 7);
    const refLabel = worktree.sha.startsWith(values.compare) ? short : `${values.compare} (${short})`;
    sides.push({ root: worktree.root, label: refLabel }, { root, label: 'working tree' });
  } else sides.push({ root, label: 'this run' });
  // Build scaling first, the checkouts taking turns; then each checkout's other measurements.
  const scaled = skip.has('scaling')
    ? sides.map((): ScaleResult[] => [])
    : await measureScaleInterleaved(sides, options.scaleSizes, scaleRounds, options.logDir, (m) => console.error(`[bench] ${m}`));
  if (sides.length > 1) {
    // Both built first, so the figures a busy spell moves most can be measured with the sides taking turns.
    const built: BenchBuild[] = [];
    for (const side of sides) built.push(await buildForBench(side.root, side.label, options));
    const turns = await measureInTurns(
      sides.map((side, i) => ({ ...side, outDir: built[i]!.outDir })),
      options,
    );
    for (const [i, side] of sides.entries())
      results.push(await measureProject(side.root, side.label, options, scaled[i]!, built[i], turns[i]));
  } else results.push(await measureProject(sides[0]!.root, sides[0]!.label, options, scaled[0]!));
} finally {
  if (worktree && !values['keep-worktree']) worktree.remove();
}

const total = (performance.now() - started) / 1000;
const chromiumVersion = (() => {
  try {
    return execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/ built on .*/, '');
  } catch {
    return 'Chromium';
  }
})();
const mode = values.quick
  ? 'quick run (no build scaling, 1 Lighthouse run)'
  : skip.size
    ? `partial run (skipped: ${[...skip].join(', ')})`
    : 'full run';
const header = [
  '# Netværkskompasset benchmark',
  '',
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${describeWorkingTree(root)}${values.compare ? ` vs ${values.compare}` : ''} · ${mode}`,
  '',
  `Node ${process.version} · ${chromiumVersion} · ${cpus().length} cores · load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} (other work on the machine skews timings, not bytes)`,
  '',
  `**Total run time: ${formatDuration(total)}**`,
  '',
].join('\n');
const body = results.length === 2 ? renderCompare(results[0]!, results[1]!) : renderSingle(results[0]!);
const report = `${header}\n${body}`;

const out = values.out ?? join(root, 'bench/results/latest.md');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, report);
console.log(report);
console.error(`[bench] wrote ${out}; total ${formatDuration(total)}`);

// Fail loudly: a goal over its figure is a failed run, whatever else went well.
const unmet = results.at(-1)!.goals.filter((g) => g.met === false);
for (const g of unmet) console.error(`[bench] GOAL NOT MET: ${g.goal}: ${g.measured}`);
if (unmet.length) {
  console.error(`[bench] FAILED: ${unmet.length} goal${unmet.length === 1 ? '' : 's'} not met (see above and the report's Goals table).`);
  process.exitCode = 1;
}
