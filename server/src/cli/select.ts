// Narrowing the files a check covers, after the walk: `--changed-since REF` (only files git sees
// as changed) and `--shard I/N` (a stable share of the files, so N CI machines split an archive).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Shard } from './args';
import type { FileTarget } from '../host/files';

/**
 * The shard (1-based) a path belongs to among `total`: the first four bytes of the SHA-256 of the
 * path as printed (relative to the current directory, `/`-separated), Unicode-normalized to NFC,
 * read as a big-endian unsigned integer, modulo `total`, plus one. It depends on nothing but the
 * path and `total`: not on the machine, the file's content, the other files or their order.
 */
export function shardOf(display: string, total: number): number {
  const digest = createHash('sha256').update(display.normalize('NFC'), 'utf8').digest();
  return (digest.readUInt32BE(0) % total) + 1;
}

export function inShard(files: readonly FileTarget[], shard: Shard): FileTarget[] {
  return files.filter((f) => shardOf(f.display, shard.total) === shard.index);
}

export class GitError extends Error {}

/**
 * Absolute paths (symbolic links resolved) of the files changed since `ref` in the repository
 * holding `cwd`: what differs between the merge base of `ref` and HEAD, and the working tree —
 * commits since then, staged and unstaged changes — plus untracked files that are not ignored.
 * Deleted files are left out; a renamed file counts under its new name.
 */
export function changedFiles(ref: string, cwd: string): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, `'${ref}' is not a commit in this repository`);
  const base = git(['merge-base', ref, 'HEAD'], cwd, `no common ancestor of '${ref}' and HEAD`).trim();
  const changed = git(['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', base, '--'], top);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top);
  const files = new Set<string>();
  for (const name of (changed + untracked).split('\0')) {
    if (name !== '') files.add(realpath(path.join(top, name)));
  }
  return files;
}

export function onlyChanged(files: readonly FileTarget[], changed: ReadonlySet<string>): FileTarget[] {
  return files.filter((f) => changed.has(realpath(f.absolute)));
}

function realpath(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    // Not there (any more): resolve its folder, which may be a link.
    try {
      return path.join(fs.realpathSync.native(path.dirname(file)), path.basename(file));
    } catch {
      return file;
    }
  }
}

function git(args: string[], cwd: string, failure?: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    throw new GitError(
      (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed (needed by --changed-since)' : `git failed: ${r.error.message}`,
    );
  }
  if (r.status !== 0) {
    const detail = r.stderr.trim().split('\n')[0] ?? '';
    if (/not a git repository/i.test(detail)) throw new GitError('not inside a git repository (needed by --changed-since)');
    throw new GitError(failure ?? `git ${args.join(' ')} failed: ${detail}`);
  }
  return r.stdout;
}
