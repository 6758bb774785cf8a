// --shard I/N and `whosaid merge`: N shards of a corpus are disjoint, cover every file, and merge
// back into exactly what one unsharded run prints, in every format; a shard is a pure function of
// the path (pinned below so that a change to the hash is a visible decision).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { shardOf } from '../../server/src/cli/select';
import { tempTree, whosaid } from './helpers';

const PARAGRAPHS = [
  'Flood water closed the Harbour Road bridge on Tuesday, according to some reports.',
  'Mayor Ana Ruiz told reporters the bridge would reopen once engineers had inspected it.',
  'She admitted the council had no date yet. Surprisingly, the repairs have not been costed.',
  'A council official said the repairs could take a month.',
  'The bridge was reportedly damaged in 2019 as well. It is believed that the supports are weak.',
  '"We will not take chances with the bridge," Ruiz said.',
  "The damage comes to £2.4 million, according to the council's flood report.",
  'Critics argue the detour adds twenty minutes to the school run.',
];

/** ~12 small articles in three desks (some Markdown, one clean, one with emoji), a binary file. */
function corpus(): string {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 12; i++) {
    const desk = ['city', 'politics', 'sport desk'][i % 3];
    const body = [0, 1, 2].map((k) => PARAGRAPHS[(i + k * 3) % PARAGRAPHS.length]).join('\n\n');
    const name = `${desk}/story-${String(i + 1).padStart(2, '0')}${i % 4 === 1 ? '.md' : '.txt'}`;
    files[name] = i === 5 ? 'Mayor Ana Ruiz said the bridge would reopen.\n' : i === 7 ? `# 🌉 Bridge\n\n${body}\n` : `${body}\n`;
  }
  files['city/photo.txt'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]);
  return tempTree(files);
}

const FORMATS = ['json', 'text', 'github', 'sarif', 'html'] as const;

test('--shard: 4 shards are disjoint, cover every file, and merge into byte-for-byte the unsharded output, in every format', async () => {
  const root = corpus();
  const out = tempTree({});
  const args = ['check', '.', 'gone.md', '--fail-on', 'information'];
  const whole = await whosaid([...args, '--format', 'json'], { cwd: root });
  assert.equal(whole.status, 2, 'gone.md is missing and photo.txt is binary');
  const all = (JSON.parse(whole.stdout).files as { path: string }[]).map((f) => f.path);
  assert.equal(all.length, 12);

  const shardFiles: string[] = [];
  const seen: string[][] = [];
  for (let i = 1; i <= 4; i++) {
    for (const format of ['json', 'sarif'] as const) {
      const file = path.join(out, `shard-${i}.${format}`);
      shardFiles.push(file);
      const r = await whosaid([...args, '--shard', `${i}/4`, '--format', format, '--output', file], { cwd: root });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^gone\.md: error: no such file or directory$/m, 'every shard reports a missing input');
    }
    const shard = JSON.parse(fs.readFileSync(path.join(out, `shard-${i}.json`), 'utf8'));
    seen.push((shard.files as { path: string }[]).map((f) => f.path));
  }
  const flat = seen.flat();
  assert.equal(new Set(flat).size, flat.length, 'shards are disjoint');
  assert.deepEqual([...flat].sort(), [...all].sort(), 'shards cover every file');
  assert.ok(seen.filter((s) => s.length > 0).length >= 3, `files spread over the shards: ${seen.map((s) => s.length)}`);

  const jsonShards = [3, 1, 4, 2].map((i) => path.join(out, `shard-${i}.json`));
  for (const format of FORMATS) {
    const unsharded = await whosaid([...args, '--format', format], { cwd: root });
    const merged = await whosaid(['merge', ...jsonShards, '--format', format, '--fail-on', 'information'], { cwd: root });
    assert.equal(merged.stdout, unsharded.stdout, `merge --format ${format}`);
    assert.equal(merged.status, unsharded.status, `merge --format ${format}: exit code`);
    // Each error once (gone.md was reported by every shard), in path order.
    assert.equal(merged.stderr, 'city/photo.txt: error: binary file (a NUL byte at offset 4)\ngone.md: error: no such file or directory\n');
  }
  // SARIF shards merge into one SARIF run, the same as the unsharded one.
  const sarifShards = [2, 4, 1, 3].map((i) => path.join(out, `shard-${i}.sarif`));
  const mergedSarif = await whosaid(['merge', ...sarifShards, '--format', 'sarif', '--fail-on', 'information'], { cwd: root });
  assert.equal(mergedSarif.stdout, (await whosaid([...args, '--format', 'sarif'], { cwd: root })).stdout);
  assert.equal(mergedSarif.status, 2);
  // merge writes to --output like check does; json is its default format.
  const written = await whosaid(['merge', ...jsonShards, '--output', path.join(out, 'all.json')], { cwd: root });
  assert.equal(written.stdout, '');
  assert.equal(fs.readFileSync(path.join(out, 'all.json'), 'utf8'), whole.stdout);
});

test('merge: clean shards exit 0, --fail-on decides 1, --quiet filters like check', async () => {
  const root = tempTree({ 'a.txt': `${PARAGRAPHS[0]}\n`, 'b.txt': `${PARAGRAPHS[3]}\n`, 'c.txt': 'Mayor Ana Ruiz said so.\n' });
  const out = tempTree({});
  const shards: string[] = [];
  for (const i of [1, 2]) {
    const file = path.join(out, `${i}.json`);
    await whosaid(['check', '--shard', `${i}/2`, '--format', 'json', '--output', file], { cwd: root });
    shards.push(file);
  }
  for (const [extra, status] of [
    [[], 1],
    [['--fail-on', 'error'], 0],
    [['--fail-on', 'never'], 0],
  ] as const) {
    const merged = await whosaid(['merge', ...shards, '--format', 'text', ...extra], { cwd: root });
    const unsharded = await whosaid(['check', ...extra], { cwd: root });
    assert.equal(merged.status, status);
    assert.equal(merged.stdout, unsharded.stdout);
  }
  assert.equal(
    (await whosaid(['merge', ...shards, '--format', 'text', '--quiet'], { cwd: root })).stdout,
    (await whosaid(['check', '--quiet'], { cwd: root })).stdout,
  );
});

test('merge: unreadable, non-whosaid and mixed inputs, overlapping shards', async () => {
  const root = tempTree({ 'a.txt': `${PARAGRAPHS[0]}\n`, 'notes.json': '{"hello":1}', 'broken.json': '{' });
  await whosaid(['check', 'a.txt', '--format', 'json', '--output', 'a.json'], { cwd: root });
  await whosaid(['check', 'a.txt', '--format', 'sarif', '--output', 'a.sarif'], { cwd: root });
  const missing = await whosaid(['merge', 'a.json', 'nope.json'], { cwd: root });
  assert.deepEqual([missing.status, missing.stderr], [2, 'nope.json: error: no such file or directory\n']);
  const foreign = await whosaid(['merge', 'notes.json'], { cwd: root });
  assert.equal(foreign.status, 2);
  assert.match(foreign.stderr, /^notes\.json: error: not a whosaid output/);
  assert.match((await whosaid(['merge', 'broken.json'], { cwd: root })).stderr, /^broken\.json: error: not JSON: /);
  const mixed = await whosaid(['merge', 'a.json', 'a.sarif', '--format', 'sarif'], { cwd: root });
  assert.equal(mixed.status, 2);
  assert.match(mixed.stderr, /cannot merge JSON and SARIF inputs together/);
  const sarifToText = await whosaid(['merge', 'a.sarif', '--format', 'text'], { cwd: root });
  assert.equal(sarifToText.status, 2);
  assert.match(sarifToText.stderr, /SARIF inputs merge into SARIF only/);
  const twice = await whosaid(['merge', 'a.json', 'a.json', '--format', 'text'], { cwd: root });
  assert.equal(twice.status, 2);
  assert.match(twice.stderr, /^whosaid: a\.txt is in both a\.json and a\.json/);
});

test('shardOf: a pure function of the NFC path and N, pinned', async () => {
  const pinned = ['city/story-01.txt', 'politics/story-02.md', 'sport desk/story-03.txt', 'café.md'].map((p) => shardOf(p, 4));
  assert.deepEqual(pinned, PINNED);
  assert.equal(shardOf('cafe\u0301.md', 4), shardOf('caf\u00e9.md', 4), 'NFD and NFC spellings of a path share a shard');
  for (let n = 1; n <= 7; n++) for (const p of ['a', 'b/c.md']) assert.ok(shardOf(p, n) >= 1 && shardOf(p, n) <= n);
  assert.equal(shardOf('anything', 1), 1);
});

const PINNED = [1, 3, 4, 2];
