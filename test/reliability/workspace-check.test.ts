// "WhoSaid: Check workspace" over the protocol: 1,000 small generated files in a temp
// workspace; work-done progress (create, begin, report, end) arrives, diagnostics are published
// for the files, opening and closing a file swaps live and saved diagnostics, and a cancel (the
// client's window/workDoneProgress/cancel, or $/cancelRequest) stops it early.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { fileUri, LspClient } from '../lsp/lsp-client';

const FILES = 1000;

interface Result {
  files: number;
  checked: number;
  withFindings: number;
  skipped: number;
  cancelled: boolean;
}
interface Progress {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; percentage?: number; message?: string; cancellable?: boolean };
}

let root: string;

before(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-workspace-')));
  for (let i = 0; i < FILES; i++) {
    const dir = path.join(root, `section-${i % 10}`);
    fs.mkdirSync(dir, { recursive: true });
    // Every third file has a problem; the rest are clean.
    fs.writeFileSync(
      path.join(dir, `story-${i}.md`),
      i % 3 === 0 ? `# Story ${i}\n\nSources say the mill ${i} will close.\n` : `# Story ${i}\n\nThe council met on Tuesday, Mayor Jane Doe said.\n`,
    );
  }
  fs.writeFileSync(path.join(root, 'notes.bin.md'), Buffer.from([0, 1, 2, 3]));
  fs.mkdirSync(path.join(root, 'node_modules/pkg'), { recursive: true });
  fs.writeFileSync(path.join(root, 'node_modules/pkg/README.md'), 'Sources say nothing here is checked.\n');
});

after(() => fs.rmSync(root, { recursive: true, force: true }));

async function start(): Promise<{ client: LspClient; progress: Progress[]; created: (string | number)[] }> {
  const client = await LspClient.start({ rootPath: root, capabilities: { window: { workDoneProgress: true } } });
  const progress: Progress[] = [];
  const created: (string | number)[] = [];
  client.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    created.push(p.token);
    client.notify();
    return null;
  });
  client.connection.onUnhandledProgress((p: Progress) => {
    progress.push(p);
    client.notify();
  });
  return { client, progress, created };
}

// Each test has its own server; they run side by side.
describe('whosaid/checkWorkspace', { concurrency: true }, () => {
  it(`checks ${FILES} files with progress, publishes their diagnostics, and hands files over to and back from the editor`, async () => {
    const { client, progress, created } = await start();
    try {
      const result = await client.request<Result>('whosaid/checkWorkspace', {});
      assert.equal(result.cancelled, false);
      assert.equal(result.files, FILES + 1, 'the generated files and the binary one; node_modules skipped');
      assert.equal(result.checked, FILES);
      assert.equal(result.skipped, 1, 'the binary file');
      assert.equal(result.withFindings, Math.ceil(FILES / 3));
      assert.equal(created.length, 1, 'window/workDoneProgress/create');
      await client.waitFor('the progress end', () => progress.some((p) => p.value.kind === 'end'));
      const kinds = progress.filter((p) => p.token === created[0]).map((p) => p.value.kind);
      assert.equal(kinds[0], 'begin');
      assert.ok(kinds.filter((k) => k === 'report').length >= 10, 'reports along the way');
      assert.equal(kinds.at(-1), 'end');
      assert.equal(progress.find((p) => p.value.kind === 'begin')!.value.cancellable, true);
      await client.waitFor(
        'diagnostics for the flagged files',
        () => [...client.diagnostics.values()].filter((d) => d.diagnostics.length > 0).length === Math.ceil(FILES / 3),
      );
      const flagged = fileUri(path.join(root, 'section-0/story-0.md'));
      assert.equal(client.diagnostics.get(flagged)!.diagnostics[0]!.code, 'vague-source');
      // Opened, the file's diagnostics are the editor buffer's; closed, the saved file's again.
      client.open(flagged, 'A clean draft now.\n');
      assert.deepEqual(await client.diagnosticsFor(flagged), []);
      const count = client.published.length;
      client.close(flagged);
      await client.waitFor('the saved file’s diagnostics after close', () =>
        client.published.slice(count).some((p) => p.uri === flagged && p.diagnostics.some((d) => d.code === 'vague-source')),
      );
    } finally {
      await client.dispose();
    }
  });

  it('stops early when the client cancels the progress (window/workDoneProgress/cancel)', async () => {
    const { client, progress, created } = await start();
    try {
      const pending = client.request<Result>('whosaid/checkWorkspace', {});
      await client.waitFor('a first report', () => progress.some((p) => p.value.kind === 'report'));
      await client.connection.sendNotification('window/workDoneProgress/cancel', { token: created[0] });
      const result = await pending;
      assert.equal(result.cancelled, true);
      assert.ok(result.checked < FILES, `stopped early (${result.checked} of ${FILES})`);
      await client.waitFor('the progress end', () => progress.some((p) => p.value.kind === 'end'));
    } finally {
      await client.dispose();
    }
  });

  it('stops early when the client cancels the request ($/cancelRequest), with its own progress token', async () => {
    const { client, progress, created } = await start();
    try {
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest<Result>('whosaid/checkWorkspace', { workDoneToken: 'mine' }, source.token).catch((e: unknown) => e);
      await client.waitFor('a first report on the client’s token', () => progress.some((p) => p.token === 'mine' && p.value.kind === 'report'));
      source.cancel();
      await pending;
      await client.waitFor('the progress end', () => progress.some((p) => p.token === 'mine' && p.value.kind === 'end'));
      const reports = progress.filter((p) => p.token === 'mine' && p.value.kind === 'report');
      assert.ok((reports.at(-1)!.value.percentage ?? 100) < 100, 'ended before the last file');
      assert.equal(created.length, 0, 'no server-created progress when the client gave a token');
    } finally {
      await client.dispose();
    }
  });
});
