// The TextMate injection grammar, run by vscode-tmgrammar-test (vscode-textmate and the
// oniguruma WASM, locally) over the fixture files, whose assertion lines say which scopes each
// token must and must not have. A control run with a broken copy of the grammar must fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { GRAMMAR, generatedGrammar, ROOT } from '../../scripts/generate-contributions';

const RUNNER = path.join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
const MARKDOWN = path.join(ROOT, 'node_modules/tm-grammars/grammars/markdown.json');
const PLAIN = path.join(ROOT, 'test/grammar/fixtures/text.plain.tmLanguage.json');
const FIXTURES = path.join(ROOT, 'test/grammar/fixtures');

/** Runs the grammar tests with the grammars contributed by `config` (a package.json). Never hangs: the runner is killed after a minute. */
function run(config: string) {
  const result = spawnSync(process.execPath, [RUNNER, '--config', config, '-g', MARKDOWN, '-g', PLAIN, path.join(FIXTURES, '*.test.*')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(result.error, undefined, `the runner did not finish: ${result.error}`);
  const output = (result.stdout + result.stderr)
    .split('\n')
    .filter((l) => !l.includes('grammar not found'))
    .join('\n');
  return { status: result.status, output };
}

describe('injection grammar', () => {
  it('is the file the generator writes from the rules’ word lists', () => {
    assert.equal(readFileSync(GRAMMAR, 'utf8'), generatedGrammar());
  });

  it('scopes quotations and attribution cues as the fixtures assert', () => {
    const { status, output } = run(path.join(ROOT, 'package.json'));
    assert.equal(status, 0, output);
    assert.match(output, /story\.test\.md run successfuly/);
    assert.match(output, /story\.test\.txt run successfuly/);
  });

  it('fails when the grammar breaks (control run without the loaded-verb pattern)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-grammar-'));
    try {
      const grammar = JSON.parse(readFileSync(GRAMMAR, 'utf8'));
      grammar.patterns = grammar.patterns.filter((p: { include: string }) => p.include !== '#loaded-cue');
      writeFileSync(path.join(dir, 'broken.tmLanguage.json'), JSON.stringify(grammar));
      const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      pkg.contributes.grammars = pkg.contributes.grammars.map((g: object) => ({ ...g, path: './broken.tmLanguage.json' }));
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
      const { status, output } = run(path.join(dir, 'package.json'));
      assert.notEqual(status, 0);
      assert.match(output, /missing required scopes: keyword\.other\.attribution\.loaded\.whosaid/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
