/** Running commands: timed with GNU time for peak memory, logged to a file, and a free port for servers. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

export const gnuTime = '/usr/bin/time';

export interface Timed {
  seconds: number;
  /** Peak resident memory of the process tree's largest process, in bytes (GNU time's "Maximum resident set size"). */
  peakRss: number | null;
}

/**
 * Runs a command to completion, its output in `logFile`; throws with the log's tail when it fails.
 * Under /usr/bin/time -v when it exists (Debian's `time` package), for peak memory.
 */
export async function run(
  command: string,
  args: string[],
  options: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv },
): Promise<Timed> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const timeFile = `${options.logFile}.time`;
  rmSync(timeFile, { force: true });
  const withTime = existsSync(gnuTime);
  const [cmd, argv] = withTime ? [gnuTime, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise((r) => log.end(r));
  if (code !== 0) {
    const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${options.cwd}; log ${options.logFile}:\n${tail}`);
  }
  let peakRss: number | null = null;
  if (withTime && existsSync(timeFile)) {
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1];
    if (kb) peakRss = Number(kb) * 1024;
  }
  return { seconds, peakRss };
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
