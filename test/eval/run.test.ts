// End-to-end checks of the CLI on a tiny corpus written to a temp folder (never ../shared).
// Scores depend on the analyzer, so only figures that come from the gold side are asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tempTree } from '../cli/helpers';

const RUN = path.join(__dirname, '..', '..', 'eval', 'run.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', RUN, ...args], { encoding: 'utf8' });

/** The tiny corpus in a fresh folder (tempTree's: removed when the test process exits). */
function tinyCorpus(): string {
  const ann = (source: string) => `T1\tSource ${source}\nT2\tCue 6 10\tsaid\nT3\tContent 11 21\ttaxes rose\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n`;
  return tempTree({
    'dev/text/nyt_x.txt': 'Smith said taxes rose. Jones told us 5 jets left.',
    'dev/attributions/nyt_x_aaaa.ann': ann('0 5\tSmith'),
    'dev/attributions/nyt_x_bbbb.ann': 'T1\tCue 6 10\tsaid\nE1\tAttribution:T1 Cue:T1\n',
    'metadata.tsv': 'compartment\tfilename\tlevel\tannotators\tpublisher\ndev\tnyt_x\tNone\taaaa|bbbb\tnyt\n',
  });
}

test('absent data: a clear message and exit 0', () => {
  const r = run('--data', path.join(os.tmpdir(), 'no-such-polnear-dir'));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /PolNeAR data is not present/);
});

test('the test split is refused', () => {
  const r = run('--split', 'test', '--data', tinyCorpus());
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Refusing to read the PolNeAR test split/);
});

test('a tiny corpus runs end to end and writes JSON', () => {
  const root = tinyCorpus();
  const json = path.join(root, 'out.json');
  const r = run('--data', root, '--json', json);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /CofeNet exact F1/);
  const report = JSON.parse(fs.readFileSync(json, 'utf8'));
  assert.equal(report.articles, 1);
  assert.equal(report.multiAnnotatorArticles, 1);
  // Annotator aaaa (first hash) has a source; bbbb has none.
  assert.deepEqual([report.roles.cue.overlap.gold, report.roles.source.overlap.gold, report.roles.content.overlap.gold], [1, 1, 1]);
  assert.equal(report.offsets.spanTextMatches, 3);
  assert.deepEqual(
    report.publishers.map((p: { publisher: string }) => p.publisher),
    ['nyt'],
  );
});
