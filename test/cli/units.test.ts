// In-process checks of the CLI's small pure pieces, where spawning the CLI cannot reach a case
// (a file that vanishes or turns into a directory between listing and reading) or would be slow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/analysis/config';
import { parseCommand, parseSize, UsageError } from '../../server/src/cli/args';
import { checkFile, decode, type CheckSettings } from '../../server/src/cli/check';
import { formatFindings, formatSummary } from '../../server/src/cli/output/text';
import { tempTree } from './helpers';

const settings: CheckSettings = { config: DEFAULT_CONFIG, keepText: false, quiet: false, failOn: 'warning', maxFileSize: 1024 };

test('checkFile: a path that is now a directory, or gone, is skipped with the reason', async () => {
  const root = tempTree({ 'story.md/inner.txt': 'x' });
  assert.deepEqual(checkFile(path.join(root, 'story.md'), 'story.md', settings).errors, ['is a directory, expected a file']);
  const gone = checkFile(path.join(root, 'gone.txt'), 'gone.txt', settings);
  assert.deepEqual([gone.checked, gone.errors], [false, ['no such file or directory']]);
});

test('formatFindings: colour codes only when asked for', async () => {
  const root = tempTree({ 'a.txt': 'Flood water closed the bridge, according to some reports.' });
  const entry = checkFile(path.join(root, 'a.txt'), 'a.txt', settings).entry!;
  const plain = formatFindings(entry, false);
  const coloured = formatFindings(entry, true);
  assert.match(plain, /^a\.txt:1:32: warning vague-source /);
  assert.doesNotMatch(plain, /\x1b/);
  assert.equal(coloured.replace(/\x1b\[\d+m/g, ''), plain);
});

test('checkFile: the text comes back only when asked for (for the HTML report)', async () => {
  const root = tempTree({ 'a.txt': 'Flood water closed the bridge.' });
  assert.equal(checkFile(path.join(root, 'a.txt'), 'a.txt', settings).text, undefined);
  assert.equal(checkFile(path.join(root, 'a.txt'), 'a.txt', { ...settings, keepText: true }).text, 'Flood water closed the bridge.');
});

test('decode: BOM dropped, NUL and invalid UTF-8 refused, NUL after 8 KB allowed', async () => {
  assert.equal(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])), 'hi');
  assert.deepEqual(decode(new Uint8Array([0x68, 0x00])), { error: 'binary file (a NUL byte at offset 1)' });
  assert.match((decode(new Uint8Array([0xc3, 0x28])) as { error: string }).error, /^not valid UTF-8/);
  assert.equal(typeof decode(Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])])), 'string');
});

test('parseSize: bytes and binary units', async () => {
  assert.equal(parseSize('500000'), 500000);
  assert.equal(parseSize('512KB'), 512 * 1024);
  assert.equal(parseSize('1.5m'), 1.5 * 1024 * 1024);
  assert.equal(parseSize('20 MiB'), 20 * 1024 * 1024);
  assert.equal(parseSize('0'), undefined);
  assert.equal(parseSize('ten'), undefined);
});

test('parseCommand: defaults and repeated --ignore', async () => {
  const c = parseCommand(['check', 'a.md', '--ignore', 'x/', '--ignore=y/', '-j', '0']);
  assert.equal(c.kind, 'check');
  if (c.kind !== 'check') return;
  assert.deepEqual(c.options, {
    inputs: ['a.md'],
    stdin: false,
    stdinFilename: undefined,
    format: 'text',
    output: undefined,
    config: undefined,
    failOn: 'warning',
    jobs: 0,
    ignore: ['x/', 'y/'],
    quiet: false,
    maxFileSize: 10 * 1024 * 1024,
    shard: undefined,
    changedSince: undefined,
  });
  assert.throws(() => parseCommand(['check', '--jobs', '-1']), UsageError);
});

test('formatSummary: plurals, clean and skipped notes', async () => {
  const counts = { error: 1, warning: 3, information: 2, hint: 0 };
  assert.equal(formatSummary({ counts, withFindings: 2, clean: 1, skipped: 0 }), '1 error, 3 warnings, 2 information in 2 files (1 file clean)');
  assert.equal(
    formatSummary({ counts: { error: 0, warning: 1, information: 0, hint: 2 }, withFindings: 1, clean: 0, skipped: 2 }),
    '1 warning, 2 hints in 1 file (2 skipped)',
  );
  assert.equal(formatSummary({ counts: { error: 0, warning: 0, information: 0, hint: 0 }, withFindings: 0, clean: 3, skipped: 0 }), 'No findings in 3 files');
});
