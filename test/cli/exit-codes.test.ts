// Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 usage/config/file errors.
// Fixtures (test/fixtures/cli): clean.txt has no findings; council.txt one information
// (anonymous source); bridge.txt a warning, an information and a hint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, tempTree, whosaid } from './helpers';

test('0: a clean file', async () => {
  const r = await whosaid(['check', 'clean.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'No findings in 1 file\n');
  assert.equal(r.stderr, '');
});

test('1: a warning reaches the default --fail-on warning', async () => {
  assert.equal((await whosaid(['check', 'bridge.txt'])).status, 1);
});

test('0: information is below the default --fail-on warning', async () => {
  const r = await whosaid(['check', 'council.txt']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /anonymous-source/);
});

test('--fail-on picks the level: information and hint fail on council.txt, error does not fail on bridge.txt', async () => {
  assert.equal((await whosaid(['check', 'council.txt', '--fail-on', 'information'])).status, 1);
  assert.equal((await whosaid(['check', 'council.txt', '--fail-on', 'hint'])).status, 1);
  assert.equal((await whosaid(['check', 'bridge.txt', '--fail-on', 'error'])).status, 0);
});

test('0: --fail-on never, whatever is found', async () => {
  const r = await whosaid(['check', 'bridge.txt', 'council.txt', '--fail-on', 'never']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /vague-source/);
});

test('2: usage errors say what is wrong in one line and hint in another', async () => {
  const cases: [string[], RegExp][] = [
    [[], /^whosaid: no command given$/],
    [['lint'], /^whosaid: unknown command 'lint'$/],
    [['--bogus'], /^whosaid: unknown option '--bogus'$/],
    [['check', '--bogus'], /^whosaid: unknown option '--bogus'$/],
    [['check', '--format'], /^whosaid: option '--format' needs a value$/],
    [['check', '--format', 'xml'], /^whosaid: --format must be one of text, json, sarif, github, html, not 'xml'$/],
    [['check', '--fail-on', 'fatal'], /^whosaid: --fail-on must be one of error, warning, information, hint, never, not 'fatal'$/],
    [['check', '--jobs', 'two'], /^whosaid: --jobs must be a whole number/],
    [['check', '--max-file-size', 'big'], /^whosaid: --max-file-size must be a size/],
    [['check', '--stdin', 'clean.txt'], /^whosaid: --stdin cannot be combined with paths$/],
    [['check', '--stdin-filename', 'x.md'], /^whosaid: --stdin-filename needs --stdin$/],
    [['check', '--shard', '5/4'], /^whosaid: --shard must be I\/N with 1 <= I <= N <= 1000, e\.g\. 2\/4, not '5\/4'$/],
    [['check', '--shard', '0/4'], /^whosaid: --shard must be I\/N/],
    [['check', '--shard', '2'], /^whosaid: --shard must be I\/N/],
    [['check', '--stdin', '--shard', '1/2'], /^whosaid: --stdin cannot be combined with --shard$/],
    [['check', '--stdin', '--changed-since', 'main'], /^whosaid: --stdin cannot be combined with --changed-since$/],
    [['check', '--output', ''], /^whosaid: --output needs a file name$/],
    [['merge'], /^whosaid: merge needs the files to merge/],
    [['merge', 'a.json', '--format', 'pdf'], /^whosaid: --format must be one of/],
    [['init', 'here'], /^whosaid: unexpected argument 'here'$/],
  ];
  for (const [args, message] of cases) {
    const r = await whosaid(args);
    assert.equal(r.status, 2, `whosaid ${args.join(' ')}`);
    assert.equal(r.stdout, '', `whosaid ${args.join(' ')}`);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0]!, message);
    assert.match(lines[1]!, /^(Run 'whosaid (check |merge |init |ledger )?--help' for usage\.|The commands are check, merge, init and ledger.*)$/);
  }
});

test('0: --help, check --help and --version', async () => {
  const help = await whosaid(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: whosaid <command>/);
  const checkHelp = await whosaid(['check', '--help']);
  assert.equal(checkHelp.status, 0);
  assert.match(checkHelp.stdout, /--fail-on LEVEL/);
  const version = await whosaid(['--version']);
  assert.equal(version.status, 0);
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout, `${pkg.version}\n`);
});

test('2: a missing file is named on stderr; the other files are still checked', async () => {
  const r = await whosaid(['check', 'bridge.txt', 'no-such-draft.txt', 'clean.txt']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'no-such-draft.txt: error: no such file or directory\n');
  assert.match(r.stdout, /^bridge\.txt:3:56: warning vague-source /m);
  assert.match(r.stdout, /\(1 file clean, 1 skipped\)\n$/);
});

// Root reads any file: as root, run the CLI as nobody through setpriv (util-linux), if nobody can.
const asRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));
const asNobody = (args: string[], cwd: string) =>
  spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], { cwd, encoding: 'utf8' });
const nobodyCanRun = asRoot && setpriv !== undefined && asNobody(['--version'], '/').status === 0;

test(
  '2: an unreadable file is named with the reason; the rest are checked',
  { skip: asRoot && !nobodyCanRun ? 'root reads any file, and cannot run the CLI as nobody here' : false },
  async () => {
    const root = tempTree({ 'locked.txt': 'Sources say so.', 'open.txt': 'Mayor Ana Ruiz said so.' });
    fs.chmodSync(path.join(root, 'locked.txt'), 0o000);
    let r: { status: number | null; stdout: string; stderr: string };
    if (asRoot) {
      fs.chmodSync(root, 0o755);
      r = asNobody(['check', '.'], root);
    } else {
      r = await whosaid(['check', '.'], { cwd: root });
    }
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, 'locked.txt: error: permission denied\n');
    assert.match(r.stdout, /No findings in 1 file \(1 skipped\)/);
  },
);

test('2: a path through a file (not a directory) is reported and skipped', async () => {
  const r = await whosaid(['check', 'clean.txt/', 'council.txt']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^clean\.txt: error: not a directory\n$/);
  assert.match(r.stdout, /anonymous-source/);
});

test('2: binary files (NUL bytes, invalid UTF-8, UTF-16) are skipped by name; the rest are checked', async () => {
  const root = tempTree({
    'a-photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'b-latin1.txt': Buffer.from('Caf\xe9 owners said the bridge closed.', 'latin1'),
    'c-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sources say so.', 'utf16le')]),
    'd-fine.txt': 'Flood water closed the bridge, according to some reports.',
  });
  const r = await whosaid(['check', '.'], { cwd: root });
  assert.equal(r.status, 2);
  assert.deepEqual(r.stderr.trimEnd().split('\n'), [
    'a-photo.txt: error: binary file (a NUL byte at offset 8)',
    'b-latin1.txt: error: not valid UTF-8 text (a binary file, or another encoding: save it as UTF-8)',
    'c-utf16.txt: error: UTF-16 text is not supported: save the file as UTF-8',
  ]);
  assert.match(r.stdout, /^d-fine\.txt:1:32: warning vague-source /m);
  assert.match(r.stdout, /\(3 skipped\)\n$/);
});

test('2: a file over --max-file-size is skipped with its size; raising the limit checks it', async () => {
  const root = tempTree({ 'long.txt': 'Mayor Ana Ruiz said the bridge would reopen.\n'.repeat(100) });
  const small = await whosaid(['check', 'long.txt', '--max-file-size', '1KB'], { cwd: root });
  assert.equal(small.status, 2);
  assert.equal(small.stderr, 'long.txt: error: file is too large (4.4 KB, over the 1 KB limit; raise it with --max-file-size)\n');
  const raised = await whosaid(['check', 'long.txt', '--max-file-size', '1MB'], { cwd: root });
  assert.equal(raised.status, 0, raised.stderr);
});

test('0: an empty file is fine', async () => {
  const root = tempTree({ 'empty.md': '' });
  const r = await whosaid(['check', 'empty.md'], { cwd: root });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'No findings in 1 file\n');
});

test('2: a glob that matches nothing is an error, as a missing file is', async () => {
  const r = await whosaid(['check', 'drafts/**/*.md']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'drafts/**/*.md: error: no files match this pattern\n');
  assert.equal(r.stdout, 'No files checked (1 skipped)\n');
});

test('2 beats 1: findings and a skipped file', async () => {
  assert.equal((await whosaid(['check', 'bridge.txt', 'missing.md'])).status, 2);
});
