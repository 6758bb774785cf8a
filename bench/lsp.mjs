// A minimal LSP client for the benchmark: spawns `node dist/server.js --stdio` as an editor
// does, and times requests and notifications with process.hrtime. Diagnostics are matched to
// the document version they were computed for (the server publishes versioned diagnostics).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import rpc from 'vscode-jsonrpc/node';
import { ROOT } from './corpus.mjs';

export const SERVER = path.join(ROOT, 'dist/server.js');

export const now = () => Number(process.hrtime.bigint()) / 1e6;

export class Server {
  /** Spawns the server; `spawnedAt` is the time just before the spawn. */
  static start(nodeArgs = []) {
    const spawnedAt = now();
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new Server(child, spawnedAt);
  }

  constructor(child, spawnedAt) {
    this.child = child;
    this.spawnedAt = spawnedAt;
    this.stderr = '';
    child.stderr.on('data', (d) => {
      this.stderr += d;
      if (process.env.BENCH_SERVER_STDERR) process.stderr.write(d);
    });
    this.connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    /** uri → [{ version, at, count }] waiting */
    this.waiting = new Map();
    this.arrivals = [];
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = now();
      this.arrivals.push({ uri: p.uri, version: p.version, at, count: p.diagnostics.length });
      const waiters = this.waiting.get(p.uri) ?? [];
      for (const w of [...waiters]) {
        if (p.version === undefined || p.version >= w.version) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve({ at, count: p.diagnostics.length, version: p.version });
        }
      }
    });
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onNotification('window/showMessage', (p) => process.stderr.write(`[server] ${p.message}\n`));
    this.connection.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  async initialize(initializationOptions = {}) {
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /** Diagnostics for `uri` at `version` (or later). */
  diagnostics(uri, version, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; server stderr: ${this.stderr.slice(-2000)}`)),
        timeoutMs,
      );
      const list = this.waiting.get(uri) ?? [];
      list.push({ version, resolve: (r) => (clearTimeout(timer), resolve(r)) });
      this.waiting.set(uri, list);
    });
  }

  open(uri, text, languageId = 'markdown') {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri, version, contentChanges) {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** VmRSS of the server process, in MB. */
  rssMB() {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // gone already
    }
    await Promise.race([new Promise((r) => this.child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}

/** Line/character of `offset` in `text` (UTF-16, \n line breaks). */
export function positionAt(text, offset) {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}
