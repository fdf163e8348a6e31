/** A git ref checked out in a temporary worktree under bench/tmp/, with its own `npm install`, for --compare. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './process.ts';

const git = (root: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** "fe330cc", plus " + uncommitted changes" when the working tree differs from it. */
export function describeWorkingTree(root: string): string {
  try {
    const sha = git(root, 'rev-parse', '--short', 'HEAD');
    const dirty = git(root, 'status', '--porcelain', '--untracked-files=normal').length > 0;
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'not a git checkout';
  }
}

export interface Worktree {
  root: string;
  sha: string;
  remove(): void;
}

export async function checkoutRef(root: string, ref: string, logDir: string): Promise<Worktree> {
  const sha = git(root, 'rev-parse', '--verify', `${ref}^{commit}`);
  const dir = join(root, 'bench/tmp', `compare-${sha.slice(0, 10)}`);
  const remove = () => {
    try {
      git(root, 'worktree', 'remove', '--force', dir);
    } catch {
      rmSync(dir, { recursive: true, force: true });
      git(root, 'worktree', 'prune');
    }
  };
  if (existsSync(dir)) remove();
  git(root, 'worktree', 'add', '--detach', dir, sha);
  try {
    // The same lock file: the ref uses these very packages, so it links this checkout's node_modules instead of
    // installing a second copy (no network, no minutes of npm install).
    const lock = (r: string) => readFileSync(join(r, 'package-lock.json'), 'utf8');
    if (existsSync(join(root, 'node_modules')) && lock(dir) === lock(root))
      symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
    // npm install, never npm ci: the lock file cannot list every platform's binaries.
    else
      await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, logFile: join(logDir, `npm-install-${sha.slice(0, 10)}.log`) });
  } catch (error) {
    remove();
    throw error;
  }
  return { root: dir, sha, remove };
}
