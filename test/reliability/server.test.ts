// The language server survives what a client or a document can throw at it: malformed JSON-RPC,
// unknown methods, requests for documents it never saw, edits outside the document, a storm of
// changes, a rule that throws, documents too large or nested too deeply, and a client that goes
// away. Every wait is bounded (the LspClient's timeout, or the ones below); nothing sleeps.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { LspClient, SERVER, type Diagnostic } from '../lsp/lsp-client';

const EXIT_TIMEOUT_MS = 15_000;

function frame(body: string, length = Buffer.byteLength(body)): string {
  return `Content-Length: ${length}\r\n\r\n${body}`;
}

/** A server spoken to in raw bytes; collects the JSON messages it sends back. */
function rawServer(): { child: ChildProcess; messages: any[]; waitFor(check: (m: any) => boolean, what: string): Promise<any> } {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const messages: any[] = [];
  const waiters: { check: (m: any) => boolean; resolve: (m: any) => void }[] = [];
  let buffer = Buffer.alloc(0);
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())![1]);
      if (buffer.length < header + 4 + length) return;
      const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
      buffer = buffer.subarray(header + 4 + length);
      messages.push(message);
      for (const w of [...waiters])
        if (w.check(message)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(message);
        }
    }
  });
  return {
    child,
    messages,
    waitFor(check, what) {
      const found = messages.find(check);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(messages).slice(0, 500)}`)), EXIT_TIMEOUT_MS);
        waiters.push({
          check,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
  };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not exit within ${EXIT_TIMEOUT_MS} ms`)), EXIT_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

const request = (id: number, method: string, params: unknown = {}) => frame(JSON.stringify({ jsonrpc: '2.0', id, method, params }));

// The groups are independent (each its own server process): they run side by side.
describe('language server robustness', { concurrency: true }, () => {
  describe('the server over malformed JSON-RPC', () => {
    it('answers the next request after bad JSON, a message without a method or with a number for one, and an unknown method (MethodNotFound)', async () => {
      const s = rawServer();
      try {
        s.child.stdin!.write(request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} }));
        await s.waitFor((m) => m.id === 1 && m.result, 'the initialize result');
        s.child.stdin!.write(frame('{"jsonrpc": "2.0", "id": 2, "method": '));
        s.child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 4 })));
        s.child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 42, params: null })));
        s.child.stdin!.write(request(5, 'whosaid/noSuchMethod'));
        s.child.stdin!.write(request(6, 'textDocument/hover', { textDocument: { uri: 'file:///never-opened.md' }, position: { line: 0, character: 0 } }));
        const unknown = await s.waitFor((m) => m.id === 5, 'the answer to an unknown method');
        assert.equal(unknown.error?.code, -32601, 'MethodNotFound');
        const hover = await s.waitFor((m) => m.id === 6, 'the hover answer');
        assert.equal(hover.result, null);
        assert.equal(s.child.exitCode, null, 'still running');
      } finally {
        s.child.kill();
      }
    });

    it('does not crash on a wrong Content-Length (too short, then too long)', async () => {
      // After a framing error the byte stream cannot be resynchronised (a known limit: the messages
      // that follow are read as headers); the server must not crash meanwhile.
      const s = rawServer();
      try {
        s.child.stdin!.write(request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} }));
        await s.waitFor((m) => m.id === 1 && m.result, 'the initialize result');
        s.child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'shutdown' }), 10));
        s.child.stdin!.write(frame('{"jsonrpc":"2.0","id":9,"method":"x"}', 200));
        s.child.stdin!.write(request(5, 'whosaid/noSuchMethod'));
        s.child.stdin!.end();
        // With its input gone the server exits, as it should, rather than crashing before that.
        assert.notEqual(await exited(s.child), null);
        assert.ok(!s.messages.some((m) => m.error && m.error.code === -32603), 'no internal error');
      } finally {
        s.child.kill();
      }
    });
  });

  describe('the server with odd requests, edits and documents (one server for all)', { concurrency: false }, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start();
    });
    after(() => client.dispose());

    it('answers requests for documents it never opened', async () => {
      const uri = 'file:///never/opened.md';
      const position = { line: 0, character: 0 };
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null);
      assert.deepEqual(
        await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }),
        [],
      );
      assert.deepEqual(await client.request('whosaid/showSources', { uri }), []);
    });

    it('takes edits with out-of-range positions (clamped to the document) and stays current', async () => {
      const uri = 'file:///drafts/range.md';
      client.open(uri, 'The mill will close.\n');
      await client.diagnosticsFor(uri);
      // Far past the end of the document.
      const version = client.change(uri, [
        { range: { start: { line: 99, character: 0 }, end: { line: 120, character: 7 } }, newText: 'Sources say the bridge is unsafe.\n' },
      ]);
      assert.ok(
        (await client.diagnosticsFor(uri, version)).some((d) => d.code === 'vague-source'),
        'the appended sentence is analysed',
      );
      // A range running backwards, past the end.
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: version + 1 },
        contentChanges: [{ range: { start: { line: 5, character: 50 }, end: { line: 0, character: 3 } }, text: '' }],
      });
      assert.ok(
        Array.isArray(
          await client.request('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
            context: { diagnostics: [] },
          }),
        ),
      );
    });

    it('coalesces a storm of 1,000 changes, and the last diagnostics are those of the last text', async () => {
      const uri = 'file:///drafts/storm.md';
      client.open(uri, 'Draft.\n');
      await client.diagnosticsFor(uri);
      const before = client.published.length;
      const words = ['Sources say ', 'reportedly ', 'the mill ', 'claimed ', 'closed. ', '“It is over for all of us,” ', 'he said. ', '\n\n'];
      let version = 1;
      for (let i = 0; i < 1000; i++) {
        const lines = client.text(uri).split('\n');
        const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
        version = client.change(uri, [{ range: { start: end, end }, newText: words[i % words.length]! }]);
      }
      const final = await client.diagnosticsFor(uri, version);
      const published = client.published.slice(before).filter((p) => p.uri === uri);
      assert.ok(published.length < 1000, `${published.length} publications for 1,000 changes: not coalesced`);
      // The final text opened afresh (another document) gets the same diagnostics.
      const twin = 'file:///drafts/storm-twin.md';
      client.open(twin, client.text(uri));
      const expected = await client.diagnosticsFor(twin);
      const key = (ds: Diagnostic[]) =>
        ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
      assert.deepEqual(key(final), key(expected));
      assert.ok(final.length > 0);
    });

    it('refuses a 5 MB document at once (the default limit): a hover is answered right after', async () => {
      const uri = 'file:///drafts/huge.md';
      client.open(uri, 'Sources say the mill will close. '.repeat(160_000));
      assert.deepEqual(await client.diagnosticsFor(uri), []);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }), null);
      assert.ok(client.messages.some((m) => /huge\.md: the document is 5\.\d MB, over the editor limit of 512 KB/.test(m.message)));
      client.close(uri);
    });

    it('refuses a Markdown document nested 1,000 levels deep, with the reason', async () => {
      const uri = 'file:///drafts/deep.md';
      client.open(uri, '>'.repeat(1000) + ' Sources say so.\n');
      assert.deepEqual(await client.diagnosticsFor(uri), []);
      assert.ok(client.messages.some((m) => /deep\.md: Markdown nested about 1000 levels deep/.test(m.message)));
    });
  });

  describe('the server when its client goes away', () => {
    it('exits when its stdin closes', async () => {
      const client = await LspClient.start();
      client.open('file:///drafts/a.md', 'Sources say so.\n');
      await client.diagnosticsFor('file:///drafts/a.md');
      client.child.stdin!.end();
      await exited(client.child);
      client.connection.dispose();
    });

    it('exits when the client process named in initialize dies, even with its stdin still open', async () => {
      // A stand-in parent: the server watches the processId it was given.
      const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      const client = await LspClient.start({ processId: parent.pid! });
      try {
        client.open('file:///drafts/a.md', 'Sources say so.\n');
        await client.diagnosticsFor('file:///drafts/a.md');
        parent.kill('SIGKILL');
        await exited(client.child);
      } finally {
        parent.kill();
        await client.dispose();
      }
    });
  });

  describe('the server when a rule fails', () => {
    it('reports the failed rule once and still publishes the other rules’ diagnostics', async () => {
      const client = await LspClient.start({ env: { WHOSAID_TEST_FAILING_RULES: 'loaded-verb' } });
      try {
        const uri = 'file:///drafts/failing.md';
        client.open(uri, 'Sources say the mill will close. The mayor claimed that it would not.\n');
        const diagnostics = await client.diagnosticsFor(uri);
        assert.ok(
          diagnostics.some((d) => d.code === 'vague-source'),
          'the other rules ran',
        );
        assert.ok(!diagnostics.some((d) => d.code === 'loaded-verb'));
        await client.waitFor('a warning naming the rule', () => client.messages.some((m) => m.type === 2 && /loaded-verb failed/.test(m.message)));
        assert.ok(client.logs.some((l) => /The rule loaded-verb failed on file:\/\/\/drafts\/failing\.md/.test(l)));
        // Once per rule, not per keystroke.
        const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Reportedly, ' }]);
        await client.diagnosticsFor(uri, version);
        assert.equal(client.messages.filter((m) => /loaded-verb failed/.test(m.message)).length, 1);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('the server with a smaller document limit', () => {
    it('a document over the size limit gets one warning and no diagnostics, and is analysed again once back under it', async () => {
      const client = await LspClient.start({ initializationOptions: { maxDocumentLength: 4096 } });
      try {
        const uri = 'file:///drafts/big.md';
        client.open(uri, 'Sources say the mill will close.\n\n' + 'The council met. '.repeat(300));
        assert.deepEqual(await client.diagnosticsFor(uri), []);
        await client.waitFor('the size warning', () =>
          client.messages.some((m) => m.type === 2 && /does not check big\.md: the document is \d+ KB, over the editor limit of 4 KB/.test(m.message)),
        );
        let version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'More. ' }]);
        assert.deepEqual(await client.diagnosticsFor(uri, version), []);
        assert.equal(client.messages.filter((m) => /does not check big\.md/.test(m.message)).length, 1, 'one message, not one per keystroke');
        assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } }), null);
        version = client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } }, newText: '' }]);
        assert.ok(
          (await client.diagnosticsFor(uri, version)).some((d) => d.code === 'vague-source'),
          'analysed again under the limit',
        );
      } finally {
        await client.dispose();
      }
    });
  });
});
