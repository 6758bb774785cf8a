// --format sarif: SARIF 2.1.0 that validates against the official schema (vendored in
// test/fixtures/sarif, see its README), with the rules' metadata, levels, UTF-16 1-based regions,
// fixes whose replacements really fix the text, and unreadable inputs as notifications.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { RULES } from '../../server/src/rules';
import { docsUrl } from '../../server/src/analysis/hover';
import { ROOT, tempTree, whosaid } from './helpers';

const ARTICLE = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'ci', 'harbour.md'), 'utf8');
const CRLF = 'Bridge closed 🌊\r\n\r\n🌊🌊 Flood water closed the bridge, according to some reports.\r\n';

function validator() {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function assertValid(log: unknown): void {
  const validate = validator();
  const ok = validate(log);
  assert.ok(ok, `SARIF does not validate:\n${JSON.stringify(validate.errors, null, 2)}`);
}

/** Applies SARIF replacements (1-based line/column regions, UTF-16 columns) to a text. */
function applyReplacements(text: string, replacements: Sarif.Replacement[]): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  const offset = (line: number, column: number) => starts[line - 1]! + column - 1;
  const edits = replacements.map((r) => ({
    start: offset(r.deletedRegion.startLine!, r.deletedRegion.startColumn!),
    end: offset(r.deletedRegion.endLine!, r.deletedRegion.endColumn!),
    text: r.insertedContent?.text ?? '',
  }));
  edits.sort((a, b) => b.start - a.start);
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

test('sarif: the output validates against the SARIF 2.1.0 schema; one run with the tool, every rule and the results', async () => {
  const root = tempTree({ 'desk/harbour.md': ARTICLE, 'desk/with space 🌊.txt': CRLF, 'desk/clean.txt': 'Mayor Ana Ruiz said the bridge would reopen.\n' });
  const r = await whosaid(['check', 'desk', 'missing.md', '--format', 'sarif'], { cwd: root });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr, 'missing.md: error: no such file or directory\n');
  const log = JSON.parse(r.stdout) as Sarif.Log;
  assertValid(log);

  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0]!;
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(run.tool.driver.name, 'WhoSaid');
  assert.equal(run.tool.driver.version, pkg.version);
  assert.equal(run.tool.driver.informationUri, 'https://github.com/whosaid/whosaid');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const rules = run.tool.driver.rules!;
  assert.deepEqual(
    rules.map((x) => x.id),
    [...RULES.map((x) => x.id), 'invalid-directive'],
  );
  for (const rule of RULES) {
    const descriptor = rules.find((x) => x.id === rule.id)!;
    assert.equal(descriptor.shortDescription!.text, rule.description);
    assert.equal(descriptor.helpUri, docsUrl(rule.id));
    assert.equal(descriptor.defaultConfiguration!.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.defaultSeverity]);
  }

  // Results follow the JSON output exactly: same order, positions + 1, levels mapped.
  const json = JSON.parse((await whosaid(['check', 'desk', '--format', 'json'], { cwd: root })).stdout);
  const expected = json.files.flatMap((f: { path: string; diagnostics: { rule: string; severity: string; message: string; range: Range }[] }) =>
    f.diagnostics.map((d) => ({
      ruleId: d.rule,
      level: { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[d.severity],
      message: d.message,
      uri: encodeURI(f.path),
      region: {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      },
    })),
  );
  const results = run.results!;
  assert.deepEqual(
    results.map((x) => ({
      ruleId: x.ruleId,
      level: x.level,
      message: x.message.text,
      uri: x.locations![0]!.physicalLocation!.artifactLocation!.uri,
      region: x.locations![0]!.physicalLocation!.region,
    })),
    expected,
  );
  assert.ok(new Set(results.map((x) => x.ruleId)).size >= 7, 'the fixture triggers most rules');
  for (const x of results) {
    assert.equal(rules[x.ruleIndex!]!.id, x.ruleId);
    assert.equal(x.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId, '%SRCROOT%');
  }
  // A relative URI, percent-encoded; the column after two emoji is 37 (UTF-16 code units).
  const crlf = results.find((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri!.startsWith('desk/with'))!;
  assert.equal(crlf.locations![0]!.physicalLocation!.artifactLocation!.uri, 'desk/with%20space%20%F0%9F%8C%8A.txt');
  assert.deepEqual(crlf.locations![0]!.physicalLocation!.region, { startLine: 3, startColumn: 37, endLine: 3, endColumn: 62 });

  // The input that could not be checked is a notification, and the run says it did not fully succeed.
  assert.deepEqual(run.invocations, [
    {
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: 'no such file or directory' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'missing.md', uriBaseId: '%SRCROOT%' } } }],
        },
      ],
    },
  ]);
});

test('sarif: fixes are artifactChanges whose replacements (deletedRegion + insertedContent) fix the text', async () => {
  const root = tempTree({ 'harbour.md': ARTICLE });
  const log = JSON.parse((await whosaid(['check', 'harbour.md', '--format', 'sarif'], { cwd: root })).stdout) as Sarif.Log;
  assertValid(log);
  const results = log.runs[0]!.results!;
  const withFixes = results.filter((x) => (x.fixes ?? []).length > 0);
  assert.ok(withFixes.length >= 3, 'several results carry fixes');
  for (const x of withFixes) {
    for (const fix of x.fixes!) {
      assert.ok(fix.description!.text);
      assert.equal(fix.artifactChanges.length, 1);
      assert.deepEqual(fix.artifactChanges[0]!.artifactLocation, { uri: 'harbour.md', uriBaseId: '%SRCROOT%' });
    }
  }
  const editorializing = results.find((x) => x.ruleId === 'editorializing')!;
  const fixed = applyReplacements(ARTICLE, editorializing.fixes![0]!.artifactChanges[0]!.replacements);
  assert.match(fixed, /had no date yet\. The repairs have not been costed\./);
  const vague = results.find((x) => x.ruleId === 'vague-source')!;
  const named = vague.fixes!.find((f) => /Ana Ruiz/.test(f.description!.text!))!;
  assert.match(applyReplacements(ARTICLE, named.artifactChanges[0]!.replacements), /on Tuesday, according to Mayor Ana Ruiz\./);
});

test('sarif: a clean run validates too, with no results and a successful invocation; --output writes the same bytes', async () => {
  const root = tempTree({ 'clean.txt': 'Mayor Ana Ruiz said the bridge would reopen.\n' });
  const r = await whosaid(['check', '--format', 'sarif'], { cwd: root });
  assert.equal(r.status, 0, r.stderr);
  const log = JSON.parse(r.stdout) as Sarif.Log;
  assertValid(log);
  assert.deepEqual(log.runs[0]!.results, []);
  assert.deepEqual(log.runs[0]!.invocations, [{ executionSuccessful: true }]);
  const written = await whosaid(['check', '--format', 'sarif', '--output', 'out/whosaid.sarif'], { cwd: root });
  assert.equal(written.status, 2, 'the folder out/ does not exist');
  assert.match(written.stderr, /^out\/whosaid\.sarif: error: cannot write the output: no such file or directory\n$/);
  fs.mkdirSync(path.join(root, 'out'));
  const again = await whosaid(['check', '.', '--format', 'sarif', '--output', 'out/whosaid.sarif'], { cwd: root });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stdout, '');
  assert.equal(fs.readFileSync(path.join(root, 'out', 'whosaid.sarif'), 'utf8'), r.stdout);
});

test('sarif: the schema check is not vacuous: broken logs fail it', async () => {
  const root = tempTree({ 'harbour.md': ARTICLE });
  const log = JSON.parse((await whosaid(['check', 'harbour.md', '--format', 'sarif'], { cwd: root })).stdout) as Sarif.Log;
  const validate = validator();
  assert.equal(validate(log), true);
  const broken = (change: (l: Sarif.Log) => void) => {
    const copy = structuredClone(log);
    change(copy);
    return validate(copy);
  };
  assert.equal(
    broken((l) => ((l.runs[0]!.results![0]! as { level: string }).level = 'hint')),
    false,
    'SARIF has no level "hint"',
  );
  assert.equal(
    broken((l) => (l.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startColumn = 0)),
    false,
    'columns are 1-based',
  );
  assert.equal(
    broken((l) => (l.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'with space.md')),
    false,
    'a URI needs encoding',
  );
  assert.equal(
    broken((l) => (l.runs[0]!.results!.find((x) => x.fixes)!.fixes![0]!.artifactChanges[0]!.replacements = [])),
    false,
  );
});

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
