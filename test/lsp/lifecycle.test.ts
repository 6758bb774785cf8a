// Lifecycle and robustness: shutdown/exit codes, bad requests answered, the server still alive.
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { describe, it } from 'node:test';
import { LspClient, SERVER } from './lsp-client';

describe('lifecycle', () => {
  it('exits 0 after shutdown and exit', async () => {
    const client = await LspClient.start();
    client.open('file:///drafts/a.md', 'Sources say the mill will close.\n');
    await client.diagnosticsFor('file:///drafts/a.md');
    assert.equal(await client.shutdown(), 0);
  });

  it('exits 1 on exit without shutdown, as the spec says', async () => {
    const client = await LspClient.start();
    const exited = new Promise<number | null>((resolve) => client.child.once('exit', resolve));
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 1);
    client.connection.dispose();
  });

  it('survives malformed requests and keeps serving', async () => {
    const client = await LspClient.start();
    try {
      const uri = 'file:///drafts/robust.md';
      client.open(uri, 'Sources say the mill will close.\n');
      await client.diagnosticsFor(uri);
      // A position far outside the document, a range running backwards, a missing context.
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 99, character: 999 } }), null);
      assert.deepEqual(
        await client.request('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [{ source: 'whosaid', code: 'vague-source', message: 'x', range: null }] },
        }),
        [],
      );
      assert.deepEqual(await client.request('whosaid/showSources', null), []);
      assert.deepEqual(await client.request('whosaid/showSources', { uri: 42 }), []);
      // Still alive and analysing.
      const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Reportedly, ' }]);
      assert.ok((await client.diagnosticsFor(uri, version)).some((d) => d.code === 'hedged-report'));
      assert.ok(
        client.logs.some((l) => /codeAction failed/.test(l)),
        'the failure is logged',
      );
    } finally {
      await client.dispose();
    }
  });

  it('speaks node IPC too, as the VS Code client starts it', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const result = await connection.sendRequest<{ capabilities: { hoverProvider: boolean } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    assert.equal(result.capabilities.hoverProvider, true);
    await connection.sendNotification('initialized', {});
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
    connection.dispose();
  });

  it('prints its version and usage', () => {
    const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' });
    assert.match(help.stdout, /--stdio/);
  });
});
