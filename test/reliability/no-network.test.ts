// No network, no telemetry, no writes: the CLI and the language server run a full session with
// every network entry point made to throw (./no-network.cjs, preloaded with --require before
// anything loads) and every file write recorded; nothing may try either. The extension declares
// no telemetry, and the bundles load no networking module but `net` (the server's socket and pipe
// transports, and the client's IPC).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileUri, LspClient, ROOT } from '../lsp/lsp-client';

const PRELOAD = path.join(__dirname, 'no-network.cjs');
const CLI = path.join(ROOT, 'dist/cli.js');
const scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-offline-')));
// Separate logs for the CLI run and the server run, which run side by side.
const logs = (who: string) => ({ WHOSAID_NETWORK_LOG: path.join(scratch, `${who}-network.log`), WHOSAID_WRITE_LOG: path.join(scratch, `${who}-writes.log`) });
const workspace = path.join(scratch, 'workspace');
fs.mkdirSync(path.join(workspace, 'drafts'), { recursive: true });
fs.writeFileSync(path.join(workspace, 'drafts/a.md'), 'Sources say the mill will close, officials claimed. “It is over for all of us,” he said.\n');
fs.writeFileSync(path.join(workspace, 'drafts/b.txt'), 'Reportedly, 300 jobs will go. See https://example.com/report for more.\n');
fs.writeFileSync(path.join(workspace, '.whosaidrc.json'), '{ "rules": { "loaded-verb": "warning" } }\n');

after(() => fs.rmSync(scratch, { recursive: true, force: true }));

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

describe('no network', { concurrency: true }, () => {
  it('the preload catches an attempt (http.get, fetch, dns.lookup, net.connect), even a swallowed one', () => {
    const probe = `
      const tries = [() => require('http').get('http://127.0.0.1:9/'), () => fetch('http://127.0.0.1:9/'), () => require('dns').lookup('localhost', () => {}), () => require('net').connect(9, '127.0.0.1')];
      for (const t of tries) { try { t(); } catch {} }`;
    const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', probe], {
      env: { ...process.env, WHOSAID_NETWORK_LOG: path.join(scratch, 'probe.log') },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(r.status, 97, 'the process fails when anything tried');
    const log = read(path.join(scratch, 'probe.log'));
    for (const what of ['node:http.get', 'globalThis.fetch', 'node:dns.lookup', 'node:net.connect']) assert.ok(log.includes(what), `${what} caught`);
  });

  it('the CLI checks a folder (with worker threads) without touching the network or writing a file', () => {
    const env = logs('cli');
    const r = spawnSync(process.execPath, ['--require', PRELOAD, CLI, 'check', '--jobs', '2', '--format', 'json', '.'], {
      cwd: workspace,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 1, `findings reach the default --fail-on (stderr: ${r.stderr})`);
    assert.ok(JSON.parse(r.stdout).files.length === 2);
    assert.equal(read(env.WHOSAID_NETWORK_LOG), '', 'no network attempt');
    assert.equal(read(env.WHOSAID_WRITE_LOG), '', 'no file written');
  });

  it('the language server runs a session (initialize, open, hover, code actions, sources, workspace check, shutdown) without touching the network or writing a file', async () => {
    const env = logs('server');
    const client = await LspClient.start({ rootPath: workspace, execArgv: ['--require', PRELOAD], env, capabilities: { window: { workDoneProgress: true } } });
    const telemetry: unknown[] = [];
    client.connection.onNotification('telemetry/event', (e: unknown) => void telemetry.push(e));
    const uri = fileUri(path.join(workspace, 'drafts/a.md'));
    client.open(uri, fs.readFileSync(path.join(workspace, 'drafts/a.md'), 'utf8'));
    const diagnostics = await client.diagnosticsFor(uri);
    assert.ok(diagnostics.length > 0);
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }));
    const actions = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    assert.ok(actions.length > 0);
    assert.ok((await client.request<unknown[]>('whosaid/showSources', { uri })).length > 0);
    const result = await client.request<{ checked: number }>('whosaid/checkWorkspace', {});
    assert.equal(result.checked, 1, 'b.txt (a.md is open)');
    assert.equal(await client.shutdown(), 0, 'exit code 0: 97 would mean a network attempt');
    assert.equal(read(env.WHOSAID_NETWORK_LOG), '', 'no network attempt');
    assert.equal(read(env.WHOSAID_WRITE_LOG), '', 'no file written');
    assert.deepEqual(telemetry, [], 'no telemetry/event');
  });
});

describe('no telemetry', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const TELEMETRY = /telemetry|applicationinsights|analytics|sentry|segment|mixpanel|amplitude|posthog|bugsnag|datadog|newrelic/i;

  it('package.json declares no telemetry dependency or setting', () => {
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) assert.doesNotMatch(name, TELEMETRY, name);
    for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.doesNotMatch(key, TELEMETRY, key);
    assert.doesNotMatch(JSON.stringify(pkg.contributes), /telemetry/i);
  });

  it('the sources use no telemetry API', () => {
    const files = ['client/src', 'server/src']
      .flatMap((d) => fs.readdirSync(path.join(ROOT, d), { recursive: true, withFileTypes: false }).map((f) => path.join(ROOT, d, String(f))))
      .filter((f) => f.endsWith('.ts'));
    for (const f of files) assert.doesNotMatch(fs.readFileSync(f, 'utf8'), /\.telemetry\b|createTelemetryLogger|isTelemetryEnabled|TelemetryEvent/, f);
  });

  it('the bundles load no networking module but net (the LSP socket, pipe and IPC transports)', () => {
    for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'dist/cli.js']) {
      const text = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
      const modules = [...text.matchAll(/require\("(?:node:)?([a-z0-9_/]+)"\)/g)].map((m) => m[1]);
      for (const forbidden of ['http', 'https', 'http2', 'dns', 'tls', 'dgram', 'undici'])
        assert.ok(!modules.includes(forbidden), `${bundle} loads ${forbidden}`);
      assert.doesNotMatch(text, /\bfetch\(["'`]https?:/, `${bundle} fetches a URL`);
    }
  });
});
