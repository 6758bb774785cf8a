// Configuration over LSP: .whosaidrc.json at the workspace root or nearer the document, editor
// settings under whosaid.*, the file winning over the settings, live reload on file events, and a
// broken file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, LspClient, type Diagnostic } from './lsp-client';
import { whosaid } from '../cli/helpers';

const ERROR = 1;
const WARNING = 2;
const text = 'The dam will hold, according to some reports. The engineer claimed the gates were new.\n';

describe('configuration', () => {
  let root: string;
  let client: LspClient;
  let configPath: string;
  let uri: string;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'whosaid-config-'));
    configPath = path.join(root, '.whosaidrc.json');
    uri = fileUri(path.join(root, 'story.md'));
    client = await LspClient.start({ rootPath: root });
  });
  after(async () => {
    await client.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  /** Makes a change happen, then waits for the next diagnostics for `target` published after it. */
  const next = (target: string, cause: () => unknown) => client.nextDiagnostics(target, cause);

  const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();
  const watched = (type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type }] });

  it('asks to watch .whosaidrc.json and the files a sources folder may hold', async () => {
    await client.waitFor('a file watcher registration', () => client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const registration = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!;
    assert.deepEqual(registration.registerOptions, {
      watchers: [{ globPattern: '**/.whosaidrc.json' }, { globPattern: '**/*.{txt,md,markdown,vtt,srt,docx}' }],
    });
  });

  it('uses the defaults without a file', async () => {
    client.open(uri, text);
    assert.deepEqual(codes(await client.diagnosticsFor(uri)), ['loaded-verb', 'vague-source']);
  });

  it('turns a rule off when the file changes, without a restart', async () => {
    writeFileSync(configPath, JSON.stringify({ rules: { 'vague-source': 'off' } }));
    assert.deepEqual(codes(await next(uri, () => watched(1))), ['loaded-verb']);
  });

  it('lets the file win over the editor settings', async () => {
    // Settings: loaded-verb off, vague-source error. The file: vague-source off (kept from above).
    client.settings = { rules: { 'loaded-verb': 'off', 'vague-source': 'error' } };
    assert.deepEqual(codes(await next(uri, () => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }))), []);
    writeFileSync(configPath, JSON.stringify({ rules: { 'vague-source': 'warning' } }));
    const diagnostics = await next(uri, () => watched(2));
    assert.deepEqual(codes(diagnostics), ['vague-source']);
    assert.equal(diagnostics[0]!.severity, WARNING, 'the file’s severity, not the setting’s');
  });

  it('a broken file: one error message naming file, line, column and key; defaults meanwhile', async () => {
    client.settings = {};
    await next(uri, () => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }));
    writeFileSync(configPath, '{\n  "rules": {\n    "vage-source": "off"\n  }\n}\n');
    const messagesBefore = client.messages.length;
    const diagnostics = await next(uri, () => watched(2));
    assert.deepEqual(codes(diagnostics), ['loaded-verb', 'vague-source'], 'the default rules still run');
    await client.waitFor('an error message', () => client.messages.length > messagesBefore);
    const errors = client.messages.slice(messagesBefore);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.type, ERROR);
    assert.match(errors[0]!.message, /^\.whosaidrc\.json:3:5: unknown rule "vage-source" — using the default rules until it is fixed/);

    // The same event again (two watchers, say): the file has not changed, so no second message.
    await watched(2);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(client.messages.length, messagesBefore + 1);
  });

  it('shows the errors on the config file itself when it is open', async () => {
    const configUri = fileUri(configPath);
    client.open(configUri, '{\n  "rules": {\n    "vage-source": "off"\n  }\n}\n', 'json');
    const diagnostics = await client.diagnosticsFor(configUri);
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 17 } });
    assert.equal(diagnostics[0]!.severity, ERROR);
    assert.match(diagnostics[0]!.message, /unknown rule "vage-source"/);
    client.change(configUri, [{ range: { start: { line: 2, character: 5 }, end: { line: 2, character: 9 } }, newText: 'vague' }]);
    assert.deepEqual(await client.diagnosticsFor(configUri), []);
  });

  it('invalid JSON is reported too, and a fixed file applies again', async () => {
    writeFileSync(configPath, '{ "rules": { "loaded-verb": "off" ');
    const messagesBefore = client.messages.length;
    await next(uri, () => watched(2));
    await client.waitFor('an error message', () => client.messages.length > messagesBefore);
    assert.match(client.messages.at(-1)!.message, /^\.whosaidrc\.json:1:\d+: invalid JSON/);

    writeFileSync(configPath, '// the team’s rules\n{ "rules": { "loaded-verb": "off" } }\n');
    assert.deepEqual(codes(await next(uri, () => watched(2))), ['vague-source']);
    rmSync(configPath);
    assert.deepEqual(codes(await next(uri, () => watched(3))), ['loaded-verb', 'vague-source']);
  });

  it('whosaid.enable: false silences the document', async () => {
    client.settings = { enable: false };
    assert.deepEqual(await next(uri, () => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null })), []);
    client.settings = {};
    assert.equal((await next(uri, () => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }))).length, 2);
  });
});

describe('the nearest configuration', () => {
  let root: string;
  let client: LspClient;
  const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'whosaid-nearest-'));
    mkdirSync(path.join(root, 'desk', 'politics'), { recursive: true });
    writeFileSync(path.join(root, '.whosaidrc.json'), JSON.stringify({ rules: { 'loaded-verb': 'off' } }));
    writeFileSync(path.join(root, 'desk', '.whosaidrc.json'), JSON.stringify({ rules: { 'vague-source': 'off' } }));
    for (const f of ['story.md', 'desk/story.md', 'desk/politics/story.md']) writeFileSync(path.join(root, f), text);
    client = await LspClient.start({ rootPath: root });
  });
  after(async () => {
    await client.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  const next = (target: string, cause: () => unknown) => client.nextDiagnostics(target, cause);

  it('each document uses the .whosaidrc.json nearest to it, as `whosaid check` run beside it does', async () => {
    const expected = { 'story.md': ['vague-source'], 'desk/story.md': ['loaded-verb'], 'desk/politics/story.md': ['loaded-verb'] };
    for (const [file, want] of Object.entries(expected)) {
      const uri = fileUri(path.join(root, file));
      client.open(uri, text);
      assert.deepEqual(codes(await client.diagnosticsFor(uri)), want, file);
      // The CLI from the document's folder finds the same file.
      const cli = JSON.parse(
        (await whosaid(['check', path.basename(file), '--format', 'json', '--fail-on', 'never'], { cwd: path.dirname(path.join(root, file)) })).stdout,
      );
      assert.deepEqual(cli.files[0].diagnostics.map((d: { rule: string }) => d.rule).sort(), want, `whosaid check in ${path.dirname(file)}`);
    }
  });

  it('a nearer file created, changed or deleted applies at once (it is watched)', async () => {
    const uri = fileUri(path.join(root, 'desk', 'politics', 'story.md'));
    const nearer = path.join(root, 'desk', 'politics', '.whosaidrc.json');
    const event = (type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(nearer), type }] });
    writeFileSync(nearer, JSON.stringify({ rules: { 'vague-source': 'off', 'loaded-verb': 'off' } }));
    assert.deepEqual(codes(await next(uri, () => event(1))), []);
    writeFileSync(nearer, JSON.stringify({ rules: { 'loaded-verb': 'off' } }));
    assert.deepEqual(codes(await next(uri, () => event(2))), ['vague-source']);
    unlinkSync(nearer);
    assert.deepEqual(codes(await next(uri, () => event(3))), ['loaded-verb'], 'back to desk/.whosaidrc.json');
  });
});

describe('configuration in an untrusted workspace', () => {
  it('does not read the workspace’s .whosaidrc.json', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'whosaid-untrusted-'));
    writeFileSync(path.join(root, '.whosaidrc.json'), JSON.stringify({ rules: { 'vague-source': 'off' } }));
    const client = await LspClient.start({ rootPath: root, initializationOptions: { workspaceTrusted: false } });
    try {
      const uri = fileUri(path.join(root, 'story.md'));
      client.open(uri, text);
      assert.ok((await client.diagnosticsFor(uri)).some((d) => d.code === 'vague-source'));
    } finally {
      await client.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('configuration for a client that cannot be asked for settings', () => {
  it('takes the settings pushed with didChangeConfiguration', async () => {
    const client = await LspClient.start({ capabilities: { workspace: { configuration: false } } });
    try {
      const uri = 'file:///drafts/pushed.md';
      client.open(uri, text);
      assert.equal((await client.diagnosticsFor(uri)).length, 2);
      const pushed = () =>
        client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { whosaid: { rules: { 'vague-source': 'off' } } } });
      assert.deepEqual(
        (await client.nextDiagnostics(uri, pushed)).map((d) => d.code),
        ['loaded-verb'],
      );
    } finally {
      await client.dispose();
    }
  });
});
