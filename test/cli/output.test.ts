// What the CLI prints: golden text lines (Vale-style `path:line:col: severity rule message`),
// the JSON document's shape and offsets, --quiet, --stdin, Markdown, and positions after CRLF
// line ends, a BOM and astral characters (UTF-16 columns, as editors count them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingLines, fixture, summary, tempTree, whosaid } from './helpers';

const VAGUE = 'Name the source, or cite the specific report or document: “some reports” does not tell the reader who is speaking.';
const SURPRISINGLY = "Cut “Surprisingly” or attribute the view to someone: it is the writer's judgement, not reporting.";
const anonymous = (who: string) => `Say why anonymity was granted and describe the source as precisely as possible: “${who}” is not named.`;

test('text: golden output, grouped by file in sorted order, blank lines between groups, then the summary', async () => {
  // Given out of order (and one twice): printed sorted, each file once.
  const r = await whosaid(['check', 'council.txt', 'clean.txt', 'bridge.txt', 'council.txt']);
  assert.equal(r.status, 1);
  assert.equal(
    r.stdout,
    [
      `bridge.txt:3:56: warning vague-source ${VAGUE}`,
      `bridge.txt:5:88: hint editorializing ${SURPRISINGLY}`,
      `bridge.txt:7:1: information anonymous-source ${anonymous('Residents')}`,
      '',
      `council.txt:3:1: information anonymous-source ${anonymous('A council official')}`,
      '',
      '1 warning, 2 information, 1 hint in 2 files (1 file clean)',
      '',
    ].join('\n'),
  );
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
});

test('text: --quiet prints only findings at or above --fail-on, and no summary', async () => {
  assert.equal((await whosaid(['check', 'bridge.txt', 'council.txt', 'clean.txt', '--quiet'])).stdout, `bridge.txt:3:56: warning vague-source ${VAGUE}\n`);
  const information = await whosaid(['check', 'bridge.txt', 'council.txt', '-q', '--fail-on', 'information']);
  assert.deepEqual(information.stdout.split('\n'), [
    `bridge.txt:3:56: warning vague-source ${VAGUE}`,
    `bridge.txt:7:1: information anonymous-source ${anonymous('Residents')}`,
    '',
    `council.txt:3:1: information anonymous-source ${anonymous('A council official')}`,
    '',
  ]);
  const none = await whosaid(['check', 'clean.txt', '--quiet']);
  assert.equal(none.status, 0);
  assert.equal(none.stdout, '');
});

test('json: exactly the documented shape; offsets slice out what was flagged; ranges agree with offsets', async () => {
  const r = await whosaid(['check', 'bridge.txt', 'clean.txt', '--format', 'json']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout.split('\n').length, 2, 'one compact line and a newline');
  const report = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(report), ['version', 'files', 'errors']);
  assert.equal(report.version, 1);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(
    report.files.map((f: { path: string }) => f.path),
    ['bridge.txt', 'clean.txt'],
  );
  assert.deepEqual(report.files[1].diagnostics, []);

  const text = fixture('bridge.txt');
  const file = report.files[0];
  assert.deepEqual(Object.keys(file), ['path', 'diagnostics', 'attributions']);
  assert.deepEqual(
    file.diagnostics.map((d: Diagnostic) => [d.rule, d.severity, text.slice(d.start, d.end)]),
    [
      ['vague-source', 'warning', 'according to some reports'],
      ['editorializing', 'hint', 'Surprisingly'],
      ['anonymous-source', 'information', 'Residents'],
    ],
  );
  for (const d of file.diagnostics as Diagnostic[]) {
    assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'start', 'end', 'range', 'fixes']);
    assert.deepEqual(d.range, { start: position(text, d.start), end: position(text, d.end) });
    for (const fix of d.fixes) {
      assert.deepEqual(Object.keys(fix), ['title', 'edits']);
      for (const e of fix.edits) {
        assert.deepEqual(Object.keys(e), ['start', 'end', 'range', 'newText']);
        assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length);
        assert.deepEqual(e.range, { start: position(text, e.start), end: position(text, e.end) });
      }
    }
  }
  assert.equal(file.diagnostics[0].message, VAGUE);
  assert.ok(file.diagnostics[0].fixes.length > 0, 'vague-source offers a fix');

  assert.ok(file.attributions.length >= 2);
  for (const a of file.attributions as Attribution[]) {
    assert.deepEqual(Object.keys(a), ['cue', 'source', 'content', 'sourceKind', 'resolvedSource', 'direct']);
    assert.equal(typeof a.direct, 'boolean');
    assert.equal(text.slice(a.cue.start, a.cue.end), a.cue.text);
    if (a.source) assert.equal(text.slice(a.source.start, a.source.end), a.source.text);
    if (a.content) assert.deepEqual(Object.keys(a.content), ['start', 'end']);
  }
  const told = file.attributions.find((a: Attribution) => a.cue.text === 'told');
  assert.deepEqual([told.source.text, told.sourceKind], ['Mayor Ana Ruiz', 'named']);
  const vague = file.attributions.find((a: Attribution) => a.cue.text === 'according to');
  assert.deepEqual([vague.source.text, vague.sourceKind], ['some reports', 'vague']);
});

test('json: skipped inputs are listed in "errors" (and on stderr); --quiet filters diagnostics', async () => {
  const r = await whosaid(['check', 'bridge.txt', 'gone.md', '--format', 'json', '--quiet']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'gone.md: error: no such file or directory\n');
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.errors, [{ path: 'gone.md', message: 'no such file or directory' }]);
  assert.deepEqual(
    report.files[0].diagnostics.map((d: Diagnostic) => d.rule),
    ['vague-source'],
  );
});

test('stdin: --stdin-filename names it and its extension picks the format', async () => {
  const markdown = fixture('notice.md');
  const asMarkdown = await whosaid(['check', '--stdin', '--stdin-filename', 'x.md'], { input: markdown });
  assert.equal(asMarkdown.status, 0, asMarkdown.stdout);
  assert.equal(asMarkdown.stdout, 'No findings in 1 file\n');
  // The same text as plain text: front matter and code are prose, and get flagged.
  const asText = await whosaid(['check', '--stdin', '--stdin-filename', 'drafts/x.txt'], { input: markdown });
  assert.equal(asText.status, 1);
  assert.ok(
    findingLines(asText.stdout).every((l) => l.startsWith('drafts/x.txt:')),
    asText.stdout,
  );
  // Without a name: <stdin>, plain text.
  const plain = await whosaid(['check', '--stdin', '--format', 'json'], { input: fixture('bridge.txt') });
  const report = JSON.parse(plain.stdout);
  assert.equal(report.files[0].path, '<stdin>');
  assert.equal(report.files[0].diagnostics.length, 3);
});

test('markdown: front matter, code blocks, inline code and URLs produce nothing', async () => {
  const r = await whosaid(['check', 'notice.md', '--fail-on', 'hint']);
  assert.equal(r.status, 0, r.stdout);
  assert.equal(r.stdout, 'No findings in 1 file\n');
});

test('positions: CRLF line ends and emoji before a finding; UTF-16 columns, 1-based in text, 0-based in JSON', async () => {
  const text = 'Bridge closed 🌊\r\n\r\n🌊🌊 Flood water closed the bridge, according to some reports.\r\n';
  const root = tempTree({ 'crlf.txt': text });
  const r = await whosaid(['check', 'crlf.txt'], { cwd: root });
  // "🌊🌊 Flood water closed the bridge, " is 36 UTF-16 code units (each emoji is two): column 37.
  assert.deepEqual(findingLines(r.stdout), [`crlf.txt:3:37: warning vague-source ${VAGUE}`]);
  const d = JSON.parse((await whosaid(['check', 'crlf.txt', '--format', 'json'], { cwd: root })).stdout).files[0].diagnostics[0];
  assert.equal(text.slice(d.start, d.end), 'according to some reports');
  assert.deepEqual(d.range, { start: { line: 2, character: 36 }, end: { line: 2, character: 61 } });
});

test('positions: a UTF-8 BOM is dropped and offsets count from the text after it', async () => {
  const text = 'Flood water closed the bridge, according to some reports.\n';
  const root = tempTree({ 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
  const r = await whosaid(['check', 'bom.txt'], { cwd: root });
  assert.deepEqual(findingLines(r.stdout), [`bom.txt:1:32: warning vague-source ${VAGUE}`]);
  const d = JSON.parse((await whosaid(['check', 'bom.txt', '--format', 'json'], { cwd: root })).stdout).files[0].diagnostics[0];
  assert.equal(text.slice(d.start, d.end), 'according to some reports');
});

test('summary: counts, plurals and clean files', async () => {
  assert.equal(summary((await whosaid(['check', 'council.txt', 'clean.txt'])).stdout), '1 information in 1 file (1 file clean)');
  assert.equal(summary((await whosaid(['check', 'clean.txt', 'notice.md'])).stdout), 'No findings in 2 files');
  const root = tempTree({ 'notes.rst': 'not checked' });
  assert.equal((await whosaid(['check', '.'], { cwd: root })).stdout, 'No files checked\n');
});

interface Diagnostic {
  rule: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  range: unknown;
  fixes: { title: string; edits: { start: number; end: number; range: unknown; newText: string }[] }[];
}

interface Attribution {
  cue: { start: number; end: number; text: string };
  source: { start: number; end: number; text: string } | null;
  content: { start: number; end: number } | null;
  sourceKind: string | null;
  resolvedSource: { start: number; end: number; text: string } | null;
  direct: boolean;
}

/** 0-based LSP position of a UTF-16 offset, computed independently of the core's LineIndex. */
function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}
