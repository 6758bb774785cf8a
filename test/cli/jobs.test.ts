// --jobs N checks files in N worker threads (the bundle re-entered as a worker); the output must
// not depend on N: same bytes, same order, same exit code, same errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, tempTree, whosaid } from './helpers';
import { AUTO_BYTES, autoJobs } from '../../server/src/cli/workers';

function corpus(): string {
  const files: Record<string, string | Buffer> = {};
  const articles = ['bridge.txt', 'council.txt', 'clean.txt', 'notice.md'].map((f) => fs.readFileSync(path.join(FIXTURES, f)));
  // Uneven sizes so that workers finish out of order.
  for (let i = 0; i < 24; i++) {
    const article = articles[i % articles.length]!;
    files[`desk-${i % 3}/story-${String(i).padStart(2, '0')}${i % 4 === 3 ? '.md' : '.txt'}`] = Buffer.concat(Array(1 + ((i * 7) % 5)).fill(article));
  }
  files['desk-1/broken.txt'] = Buffer.from([0x00, 0x01, 0x02]);
  return tempTree(files);
}

test('--jobs 2, --jobs 0 and --jobs auto print exactly what --jobs 1 prints, text and JSON', async () => {
  const root = corpus();
  for (const format of ['text', 'json']) {
    const one = await whosaid(['check', '--format', format, '--jobs', '1'], { cwd: root });
    assert.equal(one.status, 2, one.stderr);
    assert.equal(one.stderr, 'desk-1/broken.txt: error: binary file (a NUL byte at offset 0)\n');
    for (const jobs of ['2', '0', 'auto']) {
      const many = await whosaid(['check', '--format', format, '--jobs', jobs], { cwd: root });
      assert.equal(many.stdout, one.stdout, `--format ${format} --jobs ${jobs}`);
      assert.equal(many.stderr, one.stderr);
      assert.equal(many.status, one.status);
    }
  }
  const parsed = JSON.parse((await whosaid(['check', '--format', 'json', '-j', '3'], { cwd: root })).stdout);
  assert.equal(parsed.files.length, 24);
  assert.deepEqual(parsed.errors, [{ path: 'desk-1/broken.txt', message: 'binary file (a NUL byte at offset 0)' }]);
});

test('--jobs with more workers than files, and with findings only: exit 1', async () => {
  const r = await whosaid(['check', 'bridge.txt', 'clean.txt', '--jobs', '8']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, (await whosaid(['check', 'bridge.txt', 'clean.txt'])).stdout);
});

test('--jobs auto: one thread for a small input, one more per AUTO_BYTES, never more than the CPUs', () => {
  assert.equal(autoJobs(0, 8), 1);
  assert.equal(autoJobs(AUTO_BYTES - 1, 8), 1);
  assert.equal(autoJobs(2 * AUTO_BYTES, 8), 2);
  assert.equal(autoJobs(3.7 * AUTO_BYTES, 2), 2);
  assert.equal(autoJobs(100 * AUTO_BYTES, 1), 1);
});
