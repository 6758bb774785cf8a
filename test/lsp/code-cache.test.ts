// dist/server.js compiles the bundle with the V8 code cache made by the build (esbuild.mjs). The
// server must behave the same without it: a missing cache, a cache V8 rejects (another script's,
// a truncated one), and it must never write a cache itself.
import assert from 'node:assert/strict';
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
  it('the build made one that this Node accepts', () => {
    const source = fs.readFileSync(path.join(DIST, 'server-main.js'), 'utf8').replace(/^#!/, '//');
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: path.join(DIST, 'server-main.js'),
      cachedData: fs.readFileSync(path.join(DIST, 'server-main.cache')),
    });
    assert.equal(script.cachedDataRejected, false);
  });

  it('the server gives the same answers without it, or with one V8 rejects, and never writes one', async () => {
    const expected = await diagnostics(path.join(DIST, 'server.js'));
    assert.ok(expected.found.length > 0, 'the draft has findings');
    const real = fs.readFileSync(path.join(DIST, 'server-main.cache'));
    const cases: [string, Buffer | null][] = [
      ['no cache', null],
      ["another script's cache", new vm.Script('let x = 1;').createCachedData()],
      ['a truncated cache', real.subarray(0, real.length >> 1)],
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
