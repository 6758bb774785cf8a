// docs/hooks/pre-commit, the plain git hook, in a temp repository: a commit whose staged draft has
// a warning is refused, the staged fix is accepted (a fix on disk only is not), and the staged
// .whosaidrc.json applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ROOT, tempTree } from './helpers';

const ENV = {
  GIT_AUTHOR_NAME: 'Desk',
  GIT_AUTHOR_EMAIL: 'desk@example.com',
  GIT_COMMITTER_NAME: 'Desk',
  GIT_COMMITTER_EMAIL: 'desk@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

test('docs/hooks/pre-commit refuses a staged warning and accepts the staged fix', async () => {
  const root = tempTree({ 'good draft.md': 'Mayor Ana Ruiz said the bridge would reopen.\n' });
  // The hook runs $WHOSAID: here, the CLI just built.
  const bin = path.join(tempTree({}), 'whosaid');
  fs.writeFileSync(bin, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`, { mode: 0o755 });
  const env = { ...process.env, ...ENV, WHOSAID: bin };
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, env, encoding: 'utf8' });
  assert.equal(git('init', '-q', '-b', 'main').status, 0);
  fs.copyFileSync(path.join(ROOT, 'docs', 'hooks', 'pre-commit'), path.join(root, '.git', 'hooks', 'pre-commit'));
  fs.chmodSync(path.join(root, '.git', 'hooks', 'pre-commit'), 0o755);
  const commit = (message: string) => git('commit', '-q', '-m', message);

  git('add', '.');
  assert.equal(commit('good').status, 0);

  fs.mkdirSync(path.join(root, 'desk'));
  fs.writeFileSync(path.join(root, 'desk', 'Bad.MD'), 'Flood water closed the bridge, according to some reports.\n');
  git('add', 'desk');
  const refused = commit('bad');
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stdout + refused.stderr, /^desk\/Bad\.MD:1:32: warning vague-source /m);

  fs.writeFileSync(path.join(root, 'desk', 'Bad.MD'), 'Flood water closed the bridge, Mayor Ana Ruiz said.\n');
  assert.equal(commit('fixed on disk, not staged').status, 1, 'the staged text is what is checked');
  git('add', 'desk');
  assert.equal(commit('fixed').status, 0);

  fs.writeFileSync(path.join(root, '.whosaidrc.json'), '{ "rules": { "vague-source": "off" } }\n');
  fs.writeFileSync(path.join(root, 'desk', 'vague.txt'), 'The bridge closed, according to some reports.\n');
  git('add', '.');
  assert.equal(commit('vague-source off in the staged config').status, 0);
  assert.equal(git('log', '--format=%s').stdout, 'vague-source off in the staged config\nfixed\ngood\n');
});
