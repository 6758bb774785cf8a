// --changed-since REF in a real git repository: files changed between the merge base of REF and
// HEAD and the working tree (commits, staged, unstaged), plus untracked files; not deleted ones,
// not changes made on REF's side after the branch point; intersected with the given paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempTree, whosaid } from './helpers';

const DRAFT = 'Flood water closed the bridge, according to some reports.\n';
const ENV = {
  GIT_AUTHOR_NAME: 'Desk',
  GIT_AUTHOR_EMAIL: 'desk@example.com',
  GIT_COMMITTER_NAME: 'Desk',
  GIT_COMMITTER_EMAIL: 'desk@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...ENV }, encoding: 'utf8' });
}

async function checked(args: string[], cwd: string): Promise<string[]> {
  const r = await whosaid(['check', '--format', 'json', ...args], { cwd });
  assert.equal(r.status === 0 || r.status === 1, true, r.stderr);
  return (JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path);
}

/** main: five drafts; branch `work` changes them every way git can, and main moves on after the branch point. */
function repository(): string {
  const root = tempTree({
    '.gitignore': 'private/\n',
    'a.md': DRAFT,
    'b.txt': DRAFT,
    'c.txt': DRAFT,
    'desk/d.md': DRAFT,
    'desk/unchanged.md': DRAFT,
    'x.md': DRAFT,
  });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'drafts');
  git(root, 'checkout', '-q', '-b', 'work');
  fs.appendFileSync(path.join(root, 'a.md'), 'Critics argue it was avoidable.\n');
  git(root, 'commit', '-q', '-am', 'edit a');
  fs.writeFileSync(path.join(root, 'e.md'), DRAFT);
  git(root, 'add', 'e.md');
  git(root, 'commit', '-q', '-m', 'add e');
  git(root, 'rm', '-q', 'c.txt');
  git(root, 'mv', 'b.txt', 'b2.txt');
  git(root, 'commit', '-q', '-m', 'delete c, rename b');
  // main moves on: x.md changes there after the branch point.
  git(root, 'checkout', '-q', 'main');
  fs.appendFileSync(path.join(root, 'x.md'), 'More.\n');
  git(root, 'commit', '-q', '-am', 'edit x on main');
  git(root, 'checkout', '-q', 'work');
  // Staged, unstaged, untracked, ignored.
  fs.writeFileSync(path.join(root, 'staged.md'), DRAFT);
  git(root, 'add', 'staged.md');
  fs.appendFileSync(path.join(root, 'desk', 'd.md'), 'It is believed the supports are weak.\n');
  fs.writeFileSync(path.join(root, 'desk', 'untracked.txt'), DRAFT);
  fs.mkdirSync(path.join(root, 'private'));
  fs.writeFileSync(path.join(root, 'private', 'ignored.md'), DRAFT);
  return root;
}

test('--changed-since: committed, staged, unstaged and untracked changes since the merge base; not deleted, ignored or upstream-only files', async () => {
  const root = repository();
  assert.deepEqual(await checked(['--changed-since', 'main'], root), ['a.md', 'b2.txt', 'desk/d.md', 'desk/untracked.txt', 'e.md', 'staged.md']);
  // Since HEAD: only what is not committed yet.
  assert.deepEqual(await checked(['--changed-since', 'HEAD'], root), ['desk/d.md', 'desk/untracked.txt', 'staged.md']);
  // Since a commit on this branch.
  assert.deepEqual(await checked(['--changed-since', 'HEAD~1'], root), ['b2.txt', 'desk/d.md', 'desk/untracked.txt', 'staged.md']);
});

test('--changed-since intersects with the given paths, and works from a subdirectory', async () => {
  const root = repository();
  assert.deepEqual(await checked(['desk', '--changed-since', 'main'], root), ['desk/d.md', 'desk/untracked.txt']);
  assert.deepEqual(await checked(['a.md', 'x.md', 'desk/unchanged.md', '--changed-since', 'main'], root), ['a.md']);
  assert.deepEqual(await checked(['--changed-since', 'main'], path.join(root, 'desk')), ['d.md', 'untracked.txt']);
  // (--ignore patterns are relative to the current directory, so *.txt drops desk/untracked.txt only.)
  assert.deepEqual(await checked(['..', '--changed-since', 'main', '--ignore', '*.txt'], path.join(root, 'desk')), [
    '../a.md',
    '../b2.txt',
    '../e.md',
    '../staged.md',
    'd.md',
  ]);
  // With --shard: the shards of the changed files.
  const sharded: string[] = [];
  for (const i of [1, 2, 3]) sharded.push(...(await checked(['--changed-since', 'main', '--shard', `${i}/3`], root)));
  assert.deepEqual(sharded.sort(), ['a.md', 'b2.txt', 'desk/d.md', 'desk/untracked.txt', 'e.md', 'staged.md']);
});

test('--changed-since: nothing changed is a clean run; a bad ref or no repository is exit 2', async () => {
  const root = repository();
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'all');
  const none = await whosaid(['check', '--changed-since', 'HEAD'], { cwd: root });
  assert.deepEqual([none.status, none.stdout], [0, 'No files checked\n']);
  const bad = await whosaid(['check', '--changed-since', 'no-such-branch'], { cwd: root });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, "whosaid: --changed-since no-such-branch: 'no-such-branch' is not a commit in this repository\n");
  const outside = tempTree({ 'a.md': DRAFT });
  const noRepo = await whosaid(['check', '--changed-since', 'main'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: path.dirname(outside) } });
  assert.equal(noRepo.status, 2);
  assert.equal(noRepo.stderr, 'whosaid: --changed-since main: not inside a git repository (needed by --changed-since)\n');
});
