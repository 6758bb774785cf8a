// Diagnostics over LSP: codes, ranges, severities, links and incremental updates.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURES, LspClient, positionOf, rangeOf, type Diagnostic } from './lsp-client';

const story = readFileSync(path.join(FIXTURES, 'wire-story.md'), 'utf8');
const WARNING = 2;
const INFORMATION = 3;
const HINT = 4;

function find(diagnostics: Diagnostic[], code: string): Diagnostic {
  const d = diagnostics.find((x) => x.code === code);
  assert.ok(d, `expected a ${code} diagnostic, got ${diagnostics.map((x) => x.code).join(', ')}`);
  return d;
}

describe('diagnostics', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.dispose());

  it('declares its capabilities', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
    assert.equal(caps.textDocumentSync.openClose, true);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.whosaid']);
    assert.equal(typeof caps.experimental.whosaid.diagnosticsDebounceMs, 'number');
    assert.ok(caps.experimental.whosaid.diagnosticsDebounceMs <= 75);
    assert.equal(client.initializeResult.serverInfo.name, 'whosaid');
  });

  it('takes the debounce from initializationOptions.diagnosticsDebounceMs and reports it', async () => {
    const immediate = await LspClient.start({ initializationOptions: { diagnosticsDebounceMs: 0 } });
    try {
      assert.equal(immediate.initializeResult.capabilities.experimental.whosaid.diagnosticsDebounceMs, 0);
      const uri = 'file:///drafts/immediate.md';
      immediate.open(uri, 'The plan reportedly stalled.\n');
      await immediate.diagnosticsFor(uri);
      const version = immediate.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Now ' }]);
      const diagnostics = await immediate.diagnosticsFor(uri, version);
      assert.equal(find(diagnostics, 'hedged-report').range.start.character, 13);
    } finally {
      await immediate.dispose();
    }
    const nonsense = await LspClient.start({ initializationOptions: { diagnosticsDebounceMs: -5 } });
    try {
      assert.equal(
        nonsense.initializeResult.capabilities.experimental.whosaid.diagnosticsDebounceMs,
        client.initializeResult.capabilities.experimental.whosaid.diagnosticsDebounceMs,
      );
    } finally {
      await nonsense.dispose();
    }
  });

  it('reports the fixture story’s problems with rule codes, ranges and severities', async () => {
    const uri = 'file:///drafts/wire-story.md';
    client.open(uri, story);
    const diagnostics = await client.diagnosticsFor(uri);
    for (const d of diagnostics) {
      assert.equal(d.source, 'whosaid');
      assert.equal(d.codeDescription?.href, `https://github.com/whosaid/whosaid/blob/main/docs/rules/${d.code}.md`);
    }
    const vague = find(diagnostics, 'vague-source');
    assert.deepEqual(vague.range, rangeOf(story, 'according to some reports'));
    assert.equal(vague.severity, WARNING);
    assert.match(vague.message, /some reports/);

    const anonymous = find(diagnostics, 'anonymous-source');
    assert.deepEqual(anonymous.range, rangeOf(story, 'Activists'));
    assert.equal(anonymous.severity, INFORMATION);

    const loaded = find(diagnostics, 'loaded-verb');
    assert.deepEqual(loaded.range, rangeOf(story, 'claimed'));
    assert.equal(loaded.severity, HINT);

    const quote = find(diagnostics, 'unattributed-quote');
    assert.deepEqual(quote.range, rangeOf(story, '“The water rose faster than anyone here has ever seen it.”'));
    assert.equal(quote.severity, WARNING);

    const judgement = find(diagnostics, 'editorializing');
    assert.deepEqual(judgement.range, rangeOf(story, 'Surprisingly'));
    assert.equal(judgement.severity, HINT);
  });

  it('follows incremental changes: a hedge added is reported, and gone once fixed', async () => {
    const uri = 'file:///drafts/incremental.md';
    const text = 'The bridge reopened on Monday, Maria Lopez said.\n';
    client.open(uri, text);
    assert.equal((await client.diagnosticsFor(uri)).length, 0);

    const end = positionOf(text, '\n');
    client.change(uri, [{ range: { start: end, end }, newText: '\n\nThe contractor reportedly cut corners.' }]);
    const hedged = find(await client.diagnosticsFor(uri), 'hedged-report');
    assert.deepEqual(hedged.range, rangeOf(client.text(uri), 'reportedly'));

    client.change(uri, [{ range: rangeOf(client.text(uri), 'reportedly cut'), newText: 'cut' }]);
    client.change(uri, [{ range: rangeOf(client.text(uri), 'corners.'), newText: 'corners, the inspector’s report found.' }]);
    const final = await client.diagnosticsFor(uri);
    assert.deepEqual(
      final.filter((d) => d.code === 'hedged-report'),
      [],
    );
  });

  it('accepts full-text changes too', async () => {
    const uri = 'file:///drafts/full-sync.md';
    client.open(uri, 'The bridge reopened on Monday, Maria Lopez said.\n');
    await client.diagnosticsFor(uri);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'Critics say the bridge is unsafe.\n' }],
    });
    const diagnostics = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['vague-source'],
    );
  });

  it('counts positions in UTF-16 code units after astral characters', async () => {
    const uri = 'file:///drafts/emoji.md';
    const text = '🌊🌊 Surprisingly, the water fell.\n';
    client.open(uri, text);
    const d = find(await client.diagnosticsFor(uri), 'editorializing');
    assert.deepEqual(d.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 17 } });
  });

  it('reads plain text as text: a Markdown-looking line is prose there', async () => {
    const uri = 'file:///drafts/story.txt';
    client.open(uri, 'Critics say the plan will fail.\n', 'plaintext');
    const d = find(await client.diagnosticsFor(uri), 'vague-source');
    assert.equal(d.range.start.line, 0);
  });

  it('never publishes a result for an older version during rapid typing', async () => {
    const uri = 'file:///drafts/rapid.md';
    client.open(uri, '');
    await client.diagnosticsFor(uri);
    const from = client.published.length;
    const sentence = 'Experts believe the dam will hold. ';
    let version = 1;
    for (let i = 0; i < 20; i++) {
      const end = positionOf(client.text(uri) + '\u0000', '\u0000');
      version = client.change(uri, [{ range: { start: end, end }, newText: sentence }]);
    }
    const diagnostics = await client.diagnosticsFor(uri, version);
    const published = client.published
      .slice(from)
      .filter((p) => p.uri === uri)
      .map((p) => p.version ?? -1);
    assert.equal(diagnostics.filter((d) => d.code === 'vague-source').length, 20);
    // Versions only ever go forward, and the debounce leaves far fewer runs than keystrokes.
    assert.deepEqual(
      published,
      [...published].sort((a, b) => a - b),
    );
    assert.ok(published.length < 20, `published ${published.length} times for 20 changes`);
  });

  it('clears diagnostics when a document is closed', async () => {
    const uri = 'file:///drafts/closing.md';
    client.open(uri, 'Sources say the mill will close.\n');
    assert.ok((await client.diagnosticsFor(uri)).length > 0);
    client.close(uri);
    await client.waitFor('empty diagnostics', () => client.diagnostics.get(uri)?.diagnostics.length === 0);
  });
});
