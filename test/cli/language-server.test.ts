// The CLI bundle is also the language server: the npm package ships dist/cli.js alone, and its
// whosaid-language-server command (bin/whosaid-language-server.js) runs `whosaid language-server`.
// Driven over stdio by scripts/lsp-smoke.mjs as an editor would: initialize, open a draft, get its
// diagnostics, shut down. (scripts/pack-check.sh does the same from an installed package.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { CLI, ROOT } from './helpers';

const SMOKE = path.join(ROOT, 'scripts', 'lsp-smoke.mjs');
const DRAFT = path.join(ROOT, 'test', 'fixtures', 'editors', 'draft.md');

function smoke(command: readonly string[]) {
  const r = spawnSync(process.execPath, [SMOKE, DRAFT, '--', ...command], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.error, undefined);
  return r;
}

for (const [name, command] of [
  ['whosaid language-server --stdio', [process.execPath, CLI, 'language-server', '--stdio']],
  ['bin/whosaid-language-server.js --stdio', [process.execPath, path.join(ROOT, 'bin', 'whosaid-language-server.js'), '--stdio']],
  ['bin/whosaid-language-server.js with no transport (stdio)', [process.execPath, path.join(ROOT, 'bin', 'whosaid-language-server.js')]],
] as const) {
  test(`${name}: answers initialize and publishes the draft's diagnostics`, () => {
    const r = smoke(command);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^initialize: whosaid \d+\.\d+\.\d+$/m);
    assert.match(r.stdout, /draft\.md:3:43: vague-source Name the source/);
    assert.match(r.stdout, /draft\.md:5:64: loaded-verb Use the neutral “said”/);
    assert.match(r.stdout, /^3 diagnostics$/m);
  });
}

test('a command that is not a language server fails the smoke run (control)', () => {
  const r = smoke([process.execPath, CLI, '--version']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /exited \(0\) before the end/);
});
