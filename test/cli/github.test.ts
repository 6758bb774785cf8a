// --format github: GitHub Actions workflow commands, one per finding, checked against a strict
// pattern of the syntax; messages and property values escaped as the runner's toolkit does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/output/github';
import type { JsonFile } from '../../server/src/cli/output/json';
import { tempTree, whosaid } from './helpers';

// ::LEVEL file=…,line=N,col=N,endLine=N,endColumn=N,title=…::MESSAGE, where property values have no
// raw % (except escapes), CR, LF, ':' or ',' and the message no raw CR or LF or stray %.
const VALUE = '(?:[^%\\r\\n:,]|%25|%0D|%0A|%3A|%2C)*';
const DATA = '(?:[^%\\r\\n]|%25|%0D|%0A)*';
const COMMAND = new RegExp(
  `^::(error|warning|notice) file=(${VALUE}),line=([1-9]\\d*),col=([1-9]\\d*),endLine=([1-9]\\d*),endColumn=([1-9]\\d*),title=(${VALUE})::(${DATA})$`,
);
const unescapeProperty = (v: string) => v.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
const unescapeData = (v: string) => v.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

test('github: one workflow command per finding; levels error/warning/notice; positions 1-based; the summary last', async () => {
  const root = tempTree({
    'a.txt': 'Flood water closed the bridge, according to some reports. Surprisingly, it held.\n',
    'b.txt': 'A council official said the repairs could take a month.\n',
  });
  const r = await whosaid(['check', '--format', 'github'], { cwd: root });
  assert.equal(r.status, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.at(-1), '1 warning, 1 information, 1 hint in 2 files');
  const commands = lines.slice(0, -1).map((l) => {
    const m = COMMAND.exec(l);
    assert.ok(m, `not a well-formed workflow command: ${l}`);
    return {
      level: m[1],
      file: unescapeProperty(m[2]!),
      line: +m[3]!,
      col: +m[4]!,
      endLine: +m[5]!,
      endColumn: +m[6]!,
      title: unescapeProperty(m[7]!),
      message: unescapeData(m[8]!),
    };
  });
  assert.deepEqual(
    commands.map(({ message: _m, ...c }) => c),
    [
      { level: 'warning', file: 'a.txt', line: 1, col: 32, endLine: 1, endColumn: 57, title: 'WhoSaid: vague-source' },
      { level: 'notice', file: 'a.txt', line: 1, col: 59, endLine: 1, endColumn: 71, title: 'WhoSaid: editorializing' },
      { level: 'notice', file: 'b.txt', line: 1, col: 1, endLine: 1, endColumn: 19, title: 'WhoSaid: anonymous-source' },
    ],
  );
  assert.match(commands[0]!.message, /^Name the source, or cite the specific report or document: “some reports” does not tell the reader who is speaking/);
  assert.equal(
    (await whosaid(['check', '--format', 'github', '--quiet'], { cwd: root })).stdout.trimEnd().split('\n').length,
    1,
    '--quiet: only the warning, no summary',
  );
});

test('github: tricky messages and paths are escaped as the runner escapes them, and survive the round trip', async () => {
  const message = '100% sure: "a, b"\r\nline two %0A not a newline\n';
  const file: JsonFile = {
    path: 'desk/50%: a, b.md',
    attributions: [],
    diagnostics: [
      {
        rule: 'vague-source',
        severity: 'error',
        message,
        start: 0,
        end: 1,
        range: { start: { line: 0, character: 0 }, end: { line: 2, character: 4 } },
        fixes: [],
      },
      {
        rule: 'loaded-verb',
        severity: 'hint',
        message: 'plain',
        start: 0,
        end: 1,
        range: { start: { line: 9, character: 2 }, end: { line: 9, character: 9 } },
        fixes: [],
      },
    ],
  };
  const lines = formatGithub(file).split('\n');
  assert.deepEqual(lines, [
    '::error file=desk/50%25%3A a%2C b.md,line=1,col=1,endLine=3,endColumn=5,title=WhoSaid%3A vague-source::100%25 sure: "a, b"%0D%0Aline two %250A not a newline%0A',
    '::notice file=desk/50%25%3A a%2C b.md,line=10,col=3,endLine=10,endColumn=10,title=WhoSaid%3A loaded-verb::plain',
  ]);
  for (const line of lines) assert.match(line, COMMAND);
  const m = COMMAND.exec(lines[0]!)!;
  assert.equal(unescapeProperty(m[2]!), file.path);
  assert.equal(unescapeData(m[8]!), message);
  assert.equal(escapeData('%\r\n:,'), '%25%0D%0A:,');
  assert.equal(escapeProperty('%\r\n:,'), '%25%0D%0A%3A%2C');
});

test('github: an input that cannot be checked becomes an error annotation on it (and is on stderr)', async () => {
  const root = tempTree({ 'photo.txt': Buffer.from([0x89, 0x50, 0x00]) });
  const r = await whosaid(['check', '.', '--format', 'github'], { cwd: root });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'photo.txt: error: binary file (a NUL byte at offset 2)\n');
  assert.deepEqual(r.stdout.split('\n'), ['::error file=photo.txt,title=WhoSaid::binary file (a NUL byte at offset 2)', 'No files checked (1 skipped)', '']);
});
