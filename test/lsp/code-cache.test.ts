// dist/server.js compiles the bundle with the V8 code cache made by the build (esbuild.mjs). The
// server must behave the same without it: a missing cache, a cache V8 rejects (another script's,
// a truncated one), and it must never write a cache itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as vm from 'node:vm';
import { LspClient, ROOT } from './lsp-client';

const DIST = path.join(ROOT, 'dist');
const DRAFT = fs.readFileSync(path.join(ROOT, 'test/fixtures/council-story.md'), 'utf8');
const URI = 'file:///drafts/council-story.md';

async function diagnostics(server: string) {
  const client = await LspClient.start({ server });
  try {
    client.open(URI, DRAFT);
    const found = await client.diagnosticsFor(URI);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 10 } });
    return { found, hover };
  } finally {
    await client.dispose();
  }
}

/** A copy of the server's files in a folder of its own, with `cache` as its code cache (null: none). */
function serverWith(cache: Buffer | null): { server: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-code-cache-'));
  for (const f of ['server.js', 'server-main.js', 'cue-model.bin']) fs.copyFileSync(path.join(DIST, f), path.join(dir, f));
  if (cache) fs.writeFileSync(path.join(dir, 'server-main.cache'), cache);
  return { server: path.join(dir, 'server.js'), dir };
}

describe('the code cache', () => {
  it('the build made one that this Node accepts, started as `node dist/server.js` is', () => {
    // In a process of its own: a V8 flag of the test runner's would make V8 reject the cache.
    // The wrapper's parameters are spelled in pieces: scripts/test.mjs renames the two names in sources.
    const params = ['exports', 'require', 'module', '__' + 'filename', '__' + 'dirname'].join(', ');
    const check = `const fs = require('fs'), vm = require('vm'), crypto = require('crypto');
      const file = ${JSON.stringify(path.join(DIST, 'server-main.js'))};
      const source = fs.readFileSync(file, 'utf8').replace(/^#!/, '//');
      const cache = fs.readFileSync(${JSON.stringify(path.join(DIST, 'server-main.cache'))});
      // The cache opens with the SHA-256 of the bundle it was made from.
      if (!crypto.createHash('sha256').update(source).digest().equals(cache.subarray(0, 32))) throw new Error('digest');
      const script = new vm.Script('(function (${params}) {' + source + '\\n})', { filename: file, cachedData: cache.subarray(32) });
      process.stdout.write(String(script.cachedDataRejected));`;
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const r = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8', env });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'false');
  });

  it('the server gives the same answers without it, or with one V8 rejects, and never writes one', async () => {
    const expected = await diagnostics(path.join(DIST, 'server.js'));
    assert.ok(expected.found.length > 0, 'the draft has findings');
    const real = fs.readFileSync(path.join(DIST, 'server-main.cache'));
    const cases: [string, Buffer | null][] = [
      ['no cache', null],
      ["another script's cache", new vm.Script('let x = 1;').createCachedData()],
      ['a truncated cache', real.subarray(0, real.length >> 1)],
      // V8 alone would take a cache made from another bundle of the same length: the digest refuses it.
      ['a cache made from another bundle', Buffer.concat([Buffer.alloc(32), real.subarray(32)])],
      ['bytes that are no cache', Buffer.from('not a code cache')],
    ];
    for (const [name, cache] of cases) {
      const { server, dir } = serverWith(cache);
      try {
        assert.deepEqual(await diagnostics(server), expected, name);
        assert.deepEqual(
          fs.readdirSync(dir).sort(),
          cache ? ['cue-model.bin', 'server-main.cache', 'server-main.js', 'server.js'] : ['cue-model.bin', 'server-main.js', 'server.js'],
          name,
        );
        if (cache) assert.deepEqual(fs.readFileSync(path.join(dir, 'server-main.cache')), cache, name);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
