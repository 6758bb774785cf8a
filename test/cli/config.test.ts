// Config for the CLI: --config FILE, else the nearest .whosaidrc.json upward from the current
// directory. Errors are fatal (exit 2) and located: FILE:LINE:COL: error: MESSAGE (key KEY).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingLines, tempTree, whosaid } from './helpers';

const DRAFT = 'Flood water closed the bridge, according to some reports. Surprisingly, it held.\n';

test('the nearest .whosaidrc.json upward from the current directory is used', async () => {
  const root = tempTree({
    '.whosaidrc.json': '{ "rules": { "vague-source": "error" } }',
    'desk/.whosaidrc.json': '// the desk turns it off\n{ "rules": { "vague-source": "off" } }',
    'desk/sub/draft.txt': DRAFT,
  });
  const fromSub = await whosaid(['check', 'draft.txt', '--fail-on', 'hint'], { cwd: path.join(root, 'desk', 'sub') });
  assert.deepEqual(
    findingLines(fromSub.stdout).map((l) => l.split(' ').slice(1, 3).join(' ')),
    ['hint editorializing'],
  );
  const fromRoot = await whosaid(['check', 'desk/sub/draft.txt'], { cwd: root });
  assert.equal(fromRoot.status, 1);
  assert.match(fromRoot.stdout, /^desk\/sub\/draft\.txt:1:32: error vague-source /m);
});

test('--config FILE overrides discovery; severities from it decide the exit code', async () => {
  const root = tempTree({ 'house.json': '{ "rules": { "vague-source": { "severity": "hint" } } }', 'draft.txt': DRAFT });
  const r = await whosaid(['check', 'draft.txt', '--config', 'house.json'], { cwd: root });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^draft\.txt:1:32: hint vague-source /m);
});

test('2: a config error is reported as FILE:LINE:COL: error: MESSAGE (key KEY), nothing is checked', async () => {
  const root = tempTree({
    '.whosaidrc.json': '{\n  "rules": {\n    "vague-source": "loud"\n  },\n  "colour": true\n}\n',
    'draft.txt': DRAFT,
  });
  const r = await whosaid(['check', 'draft.txt'], { cwd: path.join(root) });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.deepEqual(r.stderr.trimEnd().split('\n'), [
    '.whosaidrc.json:3:21: error: "rules.vague-source" must be one of "off", "error", "warning", "information", "hint" (key rules.vague-source)',
    '.whosaidrc.json:5:3: error: unknown setting "colour" (key colour)',
  ]);
});

test('2: invalid JSON in a config found upward is located too, relative to the current directory', async () => {
  const root = tempTree({ '.whosaidrc.json': '{\n  "rules": {,\n}\n', 'desk/draft.txt': DRAFT });
  const r = await whosaid(['check', 'draft.txt'], { cwd: path.join(root, 'desk') });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^\.\.\/\.whosaidrc\.json:2:\d+: error: invalid JSON: [a-z ]+\n$/);
});

test('2: --config naming a missing file or a directory', async () => {
  const root = tempTree({ 'draft.txt': DRAFT });
  fs.mkdirSync(path.join(root, 'conf'));
  const missing = await whosaid(['check', 'draft.txt', '--config', 'nope.json'], { cwd: root });
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'nope.json: error: cannot read config: no such file or directory\n');
  const directory = await whosaid(['check', 'draft.txt', '--config', 'conf'], { cwd: root });
  assert.equal(directory.status, 2);
  assert.equal(directory.stderr, 'conf: error: cannot read config: is a directory, expected a file\n');
});
