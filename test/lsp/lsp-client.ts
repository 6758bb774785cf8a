// A small LSP client for the protocol tests: spawns the bundled server over stdio and speaks
// JSON-RPC to it with vscode-jsonrpc. Waits are on notifications, bounded by a timeout, never sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
const TIMEOUT_MS = 15_000;

// LSP shapes the tests read (a subset, kept here so the tests import nothing from the server).
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: unknown;
  codeDescription?: { href: string };
  relatedInformation?: unknown[];
}
export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  command?: { title: string; command: string; arguments?: unknown[] };
}
export interface ShowMessageParams {
  type: number;
  message: string;
}

export interface StartOptions {
  rootPath?: string;
  initializationOptions?: Record<string, unknown>;
  /** The `whosaid` settings section the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  /** Client capabilities beyond the defaults below. */
  capabilities?: Record<string, unknown>;
  /** Environment variables for the server process, added to this process's. */
  env?: NodeJS.ProcessEnv;
  /** Node options before the server script (e.g. `--require` a preload). */
  execArgv?: string[];
  /** The processId sent in initialize (default: this process). */
  processId?: number | null;
  /** The server script (default: the checkout's dist/server.js). */
  server?: string;
}

interface Waiter {
  check: () => boolean;
  resolve: () => void;
}

export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  settings: Record<string, unknown>;
  private readonly waiters = new Set<Waiter>();
  private readonly texts = new Map<string, { text: string; version: number }>();
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      this.notify();
    });
    connection.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
      this.notify();
    });
    connection.onNotification('window/logMessage', (p: ShowMessageParams) => {
      this.logs.push(p.message);
      this.notify();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'whosaid' ? this.settings : null)),
    );
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      this.notify();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [...(options.execArgv ?? []), options.server ?? SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[server stderr] ${d}`));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options);
    const rootUri = options.rootPath ? pathToFileURL(options.rootPath).href : null;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri,
      workspaceFolders: options.rootPath ? [{ uri: rootUri, name: path.basename(options.rootPath) }] : null,
      initializationOptions: options.initializationOptions ?? {},
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true },
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown'] },
        },
        ...(options.capabilities ?? {}),
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  initializeResult: any;

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.texts.set(uri, { text, version: 1 });
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Applies edits (LSP ranges in the current text) locally and sends them as one incremental didChange. */
  change(uri: string, edits: TextEdit[]): number {
    const doc = this.texts.get(uri)!;
    doc.text = applyEdits(doc.text, edits);
    doc.version++;
    // Incremental changes apply in order, each to the result of the one before: send them last first.
    const ordered = [...edits].sort((a, b) => compare(b.range.start, a.range.start));
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return doc.version;
  }

  close(uri: string): void {
    this.texts.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  version(uri: string): number {
    return this.texts.get(uri)!.version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        this.waiters.delete(w);
        w.resolve();
      }
    }
  }

  /** Resolves when `check` holds, checked now and on every message from the server; fails after a timeout. */
  waitFor(what: string, check: () => boolean, timeoutMs = TIMEOUT_MS): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Makes a change happen (`cause`), then waits for the next diagnostics for `uri` published after it. */
  async nextDiagnostics(uri: string, cause: () => unknown): Promise<Diagnostic[]> {
    const from = this.published.length;
    await cause();
    await this.waitFor(`new diagnostics for ${uri}`, () => this.published.slice(from).some((p) => p.uri === uri));
    return this.published
      .slice(from)
      .filter((p) => p.uri === uri)
      .pop()!.diagnostics;
  }

  /** The diagnostics published for the document's current version (or for `version`). */
  async diagnosticsFor(uri: string, version = this.version(uri)): Promise<Diagnostic[]> {
    await this.waitFor(`diagnostics for ${uri} version ${version}`, () => this.diagnostics.get(uri)?.version === version);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** For `after` hooks: ends the server whatever state the test left it in. */
  async dispose(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        await Promise.race([this.shutdown(), new Promise((r) => setTimeout(r, 2000))]);
      } catch {
        // Already gone.
      }
      if (this.child.exitCode === null) this.child.kill();
    }
    this.connection.dispose();
  }
}

/**
 * For a describe block: a server started before its tests with `text` open at `uri` (its first
 * diagnostics in), ended after them. Returns the client's getter (the client exists once the
 * tests run).
 */
export function serverWithDocument(uri: string, text: string, options: StartOptions = {}): () => LspClient {
  let client: LspClient | undefined;
  before(async () => {
    client = await LspClient.start(options);
    client.open(uri, text);
    await client.diagnosticsFor(uri);
  });
  after(() => client?.dispose());
  return () => {
    if (!client) throw new Error('the server starts before the tests of its describe block');
    return client;
  };
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function offsetAt(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text[i++];
    if (c === '\r' && text[i] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
  }
  return Math.min(i + p.character, text.length);
}

/** Applies non-overlapping LSP edits to a text, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }));
  spans.sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.end > spans[i - 1]!.start) throw new Error('overlapping edits');
  }
  for (const s of spans) text = text.slice(0, s.start) + s.newText + text.slice(s.end);
  return text;
}

/** The edits a WorkspaceEdit makes to one document. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  if (edit.documentChanges) return edit.documentChanges.filter((c) => c.textDocument.uri === uri).flatMap((c) => c.edits);
  return edit.changes?.[uri] ?? [];
}

/** The position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0): Position {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset + delta);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

export function rangeOf(text: string, needle: string): Range {
  return { start: positionOf(text, needle), end: positionOf(text, needle, needle.length) };
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}
