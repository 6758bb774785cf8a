// Which files get checked: directory walks (extensions, .gitignore root and nested, node_modules
// and .git skipped, --ignore, config ignore/extensions), globs, explicit files, output paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempTree, whosaid } from './helpers';

// One finding per file (a vague source on line 1), so each checked file shows up as one line.
const DRAFT = 'Flood water closed the bridge, according to some reports.\n';

/** The files a run checked that had findings, in output order. */
async function checked(args: string[], cwd: string): Promise<string[]> {
  const r = await whosaid(['check', '--format', 'json', ...args], { cwd });
  assert.notEqual(r.status, 2, r.stderr);
  return (JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path);
}

function newsroom(): string {
  return tempTree({
    '.gitignore': 'build/\n*.tmp.md\n',
    'a.md': DRAFT,
    'b.txt': DRAFT,
    'c.markdown': DRAFT,
    'Upper.MD': DRAFT,
    'notes.rst': DRAFT,
    'draft.tmp.md': DRAFT,
    'build/out.md': DRAFT,
    'node_modules/pkg/readme.md': DRAFT,
    'desk/z.md': DRAFT,
    'desk/sub/.gitignore': '*.txt\n!keep.txt\n',
    'desk/sub/drop.txt': DRAFT,
    'desk/sub/keep.txt': DRAFT,
    'desk/sub/y.md': DRAFT,
    'archive/2019/old.md': DRAFT,
    'archive/2019/older.txt': DRAFT,
  });
}

test('a directory walk: default extensions (any case), .gitignore root and nested with negation, node_modules skipped, sorted', async () => {
  const root = newsroom();
  fs.mkdirSync(path.join(root, '.git'));
  fs.writeFileSync(path.join(root, '.git', 'notes.md'), DRAFT);
  assert.deepEqual(await checked([], root), [
    'Upper.MD',
    'a.md',
    'archive/2019/old.md',
    'archive/2019/older.txt',
    'b.txt',
    'c.markdown',
    'desk/sub/keep.txt',
    'desk/sub/y.md',
    'desk/z.md',
  ]);
});

test('--ignore takes gitignore-style patterns relative to the current directory, and repeats', async () => {
  const root = newsroom();
  assert.deepEqual(await checked(['--ignore', 'archive/', '--ignore', '*.markdown', '--ignore', 'desk/**/*.md'], root), [
    'Upper.MD',
    'a.md',
    'b.txt',
    'desk/sub/keep.txt',
  ]);
});

test('walking a subdirectory from the repository root: .gitignore files above it still apply, paths stay relative to cwd', async () => {
  const root = tempTree({ '.gitignore': 'drafts/private/\n', 'desk/drafts/private/p.md': DRAFT, 'desk/drafts/d.md': DRAFT, 'desk/x.txt': DRAFT });
  fs.mkdirSync(path.join(root, '.git'));
  // From the root: the pattern has a slash in the middle, so it is anchored to the root and misses desk/drafts/private.
  assert.deepEqual(await checked(['desk'], root), ['desk/drafts/d.md', 'desk/drafts/private/p.md', 'desk/x.txt']);
  fs.writeFileSync(path.join(root, '.gitignore'), 'private/\n');
  assert.deepEqual(await checked(['drafts'], path.join(root, 'desk')), ['drafts/d.md']);
  assert.deepEqual(await checked(['.'], path.join(root, 'desk', 'drafts')), ['d.md']);
  assert.deepEqual(await checked(['..'], path.join(root, 'desk', 'drafts')), ['../x.txt', 'd.md']);
});

test('config: "extensions" chooses what walks find, "ignore" is relative to the config file', async () => {
  const root = newsroom();
  fs.writeFileSync(path.join(root, '.whosaidrc.json'), JSON.stringify({ extensions: ['.rst', '.txt'], ignore: ['archive/2019/'] }));
  assert.deepEqual(await checked([], root), ['b.txt', 'desk/sub/keep.txt', 'notes.rst']);
  // Run from a subfolder: the config is found upward, and its ignore still means <root>/archive/2019.
  assert.deepEqual(await checked(['..'], path.join(root, 'desk')), ['../b.txt', '../notes.rst', 'sub/keep.txt']);
});

test('globs are expanded by whosaid (quoted), skip node_modules and gitignored files, and keep other extensions', async () => {
  const root = newsroom();
  assert.deepEqual(await checked(['**/*.md'], root), ['a.md', 'archive/2019/old.md', 'desk/sub/y.md', 'desk/z.md']);
  assert.deepEqual(await checked(['*.rst', 'desk/*.md', '--ignore', 'y.md'], root), ['desk/z.md', 'notes.rst']);
  // A glob whose every match is ignored is reported like one that matches nothing.
  const r = await whosaid(['check', 'desk/*.md', '--ignore', 'z.md'], { cwd: root });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'desk/*.md: error: all files matching this pattern are ignored\n');
});

test('an explicitly named file is checked even when ignored, whatever its extension', async () => {
  const root = newsroom();
  assert.deepEqual(await checked(['build/out.md', 'draft.tmp.md', 'notes.rst', '--ignore', 'notes.rst'], root), ['build/out.md', 'draft.tmp.md', 'notes.rst']);
});

test('paths outside the current directory are shown relative to it, with / separators', async () => {
  const root = newsroom();
  assert.deepEqual(await checked(['../a.md', '../desk'], path.join(root, 'archive')), ['../a.md', '../desk/sub/keep.txt', '../desk/sub/y.md', '../desk/z.md']);
});

test('with no paths, the current directory is checked', async () => {
  const root = tempTree({ 'one.md': DRAFT, 'sub/two.txt': DRAFT });
  assert.deepEqual(await checked([], root), ['one.md', 'sub/two.txt']);
});

test('symbolic links: to a file, checked under the link name; to a directory, not followed; broken, skipped quietly', async () => {
  const root = tempTree({ 'real/a.md': DRAFT, 'outside/b.md': DRAFT });
  fs.mkdirSync(path.join(root, 'desk'));
  fs.symlinkSync(path.join(root, 'outside', 'b.md'), path.join(root, 'desk', 'link.md'));
  fs.symlinkSync(path.join(root, 'real'), path.join(root, 'desk', 'real-dir'));
  fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'desk', 'broken.md'));
  const r = await whosaid(['check', 'desk', '--format', 'json'], { cwd: root });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(
    (JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path),
    ['desk/link.md'],
  );
  // Named explicitly, a broken link is an error like a missing file.
  const named = await whosaid(['check', 'desk/broken.md'], { cwd: root });
  assert.equal(named.status, 2);
  assert.equal(named.stderr, 'desk/broken.md: error: no such file or directory\n');
});
