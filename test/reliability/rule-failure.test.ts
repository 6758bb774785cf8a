// A rule that throws: the core reports it in `ruleErrors` and still returns the other rules'
// findings; the CLI names it on stderr (exit 2) and prints the other findings. The failure is
// injected with the test hook WHOSAID_TEST_FAILING_RULES (server/src/test-hooks.ts); the
// language server's side is in ./server.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine';
import { applyTestHooks, FAILING_RULES_VARIABLE } from '../../server/src/test-hooks';
import { ROOT } from '../lsp/lsp-client';

const TEXT = 'Sources say the mill will close. The mayor claimed that it would not.\n';

describe('a rule that throws', () => {
  it('the CLI reports it by name and still prints the other rules’ findings', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--stdin', '--stdin-filename', 'story.md'], {
      input: TEXT,
      encoding: 'utf8',
      env: { ...process.env, [FAILING_RULES_VARIABLE]: 'vague-source' },
      timeout: 30_000,
    });
    assert.equal(r.status, 2, 'a failed rule makes the exit code 2');
    assert.match(r.stderr, /story\.md: error: rule vague-source failed: vague-source failed on purpose/);
    assert.match(r.stdout, /loaded-verb/);
    assert.doesNotMatch(r.stdout, /vague-source/);
  });

  it('the core returns ruleErrors for it and the other rules’ findings (hook applied in this process last)', () => {
    const before = analyze(TEXT, { format: 'markdown' });
    assert.deepEqual(before.ruleErrors, []);
    assert.deepEqual(applyTestHooks({ [FAILING_RULES_VARIABLE]: 'loaded-verb, no-such-rule' }), ['loaded-verb']);
    const after = analyze(TEXT, { format: 'markdown' });
    assert.deepEqual(
      after.ruleErrors.map((e) => e.rule),
      ['loaded-verb'],
    );
    assert.match(after.ruleErrors[0]!.message, /failed on purpose/);
    assert.deepEqual(
      after.findings.map((f) => f.rule),
      before.findings.map((f) => f.rule).filter((r) => r !== 'loaded-verb'),
    );
    assert.ok(after.findings.some((f) => f.rule === 'vague-source'));
  });
});
