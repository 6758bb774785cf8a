// Code actions over LSP: each fix applied to the text gives the exact expected text, and the
// diagnostic is gone after the change; snippet fixes, fix-all and suppression comments.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyEdits, editsFor, FIXTURES, LspClient, type CodeAction, type Diagnostic } from './lsp-client';

const story = readFileSync(path.join(FIXTURES, 'wire-story.md'), 'utf8');

async function actionsFor(client: LspClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
}

function action(actions: CodeAction[], title: string | RegExp): CodeAction {
  const a = actions.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
  assert.ok(a, `no action ${title}; got: ${actions.map((x) => x.title).join(' | ')}`);
  return a;
}

/** Applies a code action's edit in the test's copy of the text, sends it as a change, and returns the new diagnostics. */
async function apply(client: LspClient, uri: string, a: CodeAction): Promise<Diagnostic[]> {
  assert.ok(a.edit, `${a.title} has an edit`);
  const edits = editsFor(a.edit, uri);
  assert.ok(edits.length > 0);
  for (const c of a.edit.documentChanges ?? []) assert.equal(c.textDocument.version, client.version(uri), 'versioned edit');
  client.change(uri, edits);
  return client.diagnosticsFor(uri);
}

describe('code actions (a client without snippet commands)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.dispose());

  it('replaces a loaded verb with “said”, and the diagnostic goes', async () => {
    const uri = 'file:///drafts/loaded.md';
    client.open(uri, story);
    const loaded = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'loaded-verb');
    const actions = await actionsFor(client, uri, loaded);
    const fix = action(actions, 'Replace “claimed” with “said”');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, loaded);
    // Minimal: one edit over the verb alone.
    assert.deepEqual(editsFor(fix.edit!, uri), [{ range: loaded[0]!.range, newText: 'said' }]);
    const after = await apply(client, uri, fix);
    assert.equal(client.text(uri), story.replace('The council claimed that', 'The council said that'));
    assert.deepEqual(
      after.filter((d) => d.code === 'loaded-verb'),
      [],
    );
  });

  it('offers a placeholder fix as a plain edit', async () => {
    const uri = 'file:///drafts/plain-placeholder.md';
    const text = 'The dam will hold, according to some reports.\n';
    client.open(uri, text);
    const vague = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'vague-source');
    const fix = action(await actionsFor(client, uri, vague), 'Replace with a named source …');
    assert.equal(fix.command, undefined);
    await apply(client, uri, fix);
    assert.equal(client.text(uri), 'The dam will hold, according to [source].\n');
  });

  it('adds a speaker to a quotation (two edits in one fix)', async () => {
    const uri = 'file:///drafts/quote.md';
    client.open(uri, story);
    const quote = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'unattributed-quote');
    const fix = action(await actionsFor(client, uri, quote), 'Add the speaker: Maria Lopez — only if they said it');
    const after = await apply(client, uri, fix);
    assert.equal(client.text(uri), story.replace('has ever seen it.”', 'has ever seen it,” Maria Lopez said.'));
    assert.deepEqual(
      after.filter((d) => d.code === 'unattributed-quote'),
      [],
    );
  });

  it('replaces every loaded verb in the file at once, and as source.fixAll.whosaid', async () => {
    const uri = 'file:///drafts/fix-all.md';
    const text = 'The minister claimed the budget was balanced. The mayor insisted the bridge was safe.\n\nThe union admitted that pay had fallen.\n';
    client.open(uri, text);
    const loaded = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'loaded-verb');
    assert.equal(loaded.length, 3);
    const all = action(await actionsFor(client, uri, loaded.slice(0, 1)), 'Replace every loaded verb in this file');
    assert.equal(editsFor(all.edit!, uri).length, 3);

    const source = await actionsFor(client, uri, [], ['source.fixAll']);
    assert.equal(source.length, 1);
    assert.equal(source[0]!.kind, 'source.fixAll.whosaid');
    assert.deepEqual(source[0]!.edit, all.edit);
    // Asked for quick fixes only, no source action; asked for source actions only, no quick fix.
    assert.ok((await actionsFor(client, uri, loaded, ['quickfix'])).every((a) => a.kind === 'quickfix'));
    assert.ok((await actionsFor(client, uri, loaded, ['source.fixAll.whosaid'])).every((a) => a.kind === 'source.fixAll.whosaid'));

    const after = await apply(client, uri, all);
    assert.equal(client.text(uri), 'The minister said the budget was balanced. The mayor said the bridge was safe.\n\nThe union said that pay had fallen.\n');
    assert.deepEqual(
      after.filter((d) => d.code === 'loaded-verb'),
      [],
    );
  });

  it('suppresses a finding with a comment line before a paragraph, indented like it', async () => {
    const uri = 'file:///drafts/suppress.md';
    const text = 'Intro line.\n\n- A list item.\n\n  Sources say the mill will close.\n';
    client.open(uri, text);
    const vague = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'vague-source');
    const fix = action(await actionsFor(client, uri, vague), 'Disable vague-source for this line');
    assert.deepEqual(editsFor(fix.edit!, uri), [
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '  <!-- whosaid-disable-next-line vague-source -->\n' },
    ]);
    const after = await apply(client, uri, fix);
    assert.equal(client.text(uri), 'Intro line.\n\n- A list item.\n\n  <!-- whosaid-disable-next-line vague-source -->\n  Sources say the mill will close.\n');
    assert.deepEqual(
      after.filter((d) => d.code === 'vague-source'),
      [],
    );
  });

  it('suppresses inside a paragraph at the end of the line, so the paragraph is not split', async () => {
    const uri = 'file:///drafts/suppress-inline.md';
    const text = 'The mill opened in 1901 and employed\nhundreds. Sources say it will close.  \nIt made paper.\n';
    client.open(uri, text);
    const vague = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'vague-source');
    const fix = action(await actionsFor(client, uri, vague), 'Disable vague-source for this line');
    const after = await apply(client, uri, fix);
    assert.equal(
      client.text(uri),
      'The mill opened in 1901 and employed\nhundreds. Sources say it will close. <!-- whosaid-disable-line vague-source -->  \nIt made paper.\n',
    );
    assert.deepEqual(
      after.filter((d) => d.code === 'vague-source'),
      [],
    );
  });

  it('suppresses in plain text with a directive line, keeping CRLF line ends', async () => {
    const uri = 'file:///drafts/suppress.txt';
    const text = 'Intro line.\r\nSources say the mill will close.\r\n';
    client.open(uri, text, 'plaintext');
    const vague = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'vague-source');
    const fix = action(await actionsFor(client, uri, vague), 'Disable vague-source for this line');
    const after = await apply(client, uri, fix);
    assert.equal(client.text(uri), 'Intro line.\r\nwhosaid-disable-next-line vague-source\r\nSources say the mill will close.\r\n');
    assert.deepEqual(
      after.filter((d) => d.code === 'vague-source'),
      [],
    );
  });

  it('ignores other tools’ diagnostics, stale diagnostics and unknown documents', async () => {
    const uri = 'file:///drafts/other.md';
    client.open(uri, 'Sources say the mill will close.\n');
    const [d] = await client.diagnosticsFor(uri);
    assert.deepEqual(await actionsFor(client, uri, [{ ...d!, source: 'markdownlint' }]), []);
    assert.deepEqual(
      await actionsFor(client, uri, [{ ...d!, data: undefined, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } } }]),
      [],
    );
    assert.deepEqual(await actionsFor(client, 'file:///drafts/never-opened.md', [d!]), []);
  });
});

describe('code actions (a client without versioned document changes)', () => {
  it('uses a plain `changes` map', async () => {
    const client = await LspClient.start({ capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: false } } } });
    try {
      const uri = 'file:///drafts/changes.md';
      client.open(uri, 'The mayor claimed the road was open.\n');
      const loaded = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'loaded-verb');
      const fix = action(await actionsFor(client, uri, loaded), 'Replace “claimed” with “said”');
      assert.equal(fix.edit!.documentChanges, undefined);
      assert.deepEqual(fix.edit!.changes, { [uri]: [{ range: loaded[0]!.range, newText: 'said' }] });
    } finally {
      await client.dispose();
    }
  });
});

describe('code actions (a client with snippet commands, like the VS Code extension)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ initializationOptions: { snippetCommands: true } });
  });
  after(() => client.dispose());

  it('turns a placeholder fix into the whosaid.insertSnippet command', async () => {
    const uri = 'file:///drafts/snippet.md';
    const text = 'The dam will hold, according to some reports.\n';
    client.open(uri, text);
    const vague = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'vague-source');
    const fix = action(await actionsFor(client, uri, vague), 'Replace with a named source …');
    assert.equal(fix.edit, undefined);
    assert.equal(fix.command?.command, 'whosaid.insertSnippet');
    assert.deepEqual(fix.command?.arguments, [
      {
        uri,
        version: 1,
        edits: [],
        range: { start: { line: 0, character: 32 }, end: { line: 0, character: 44 } },
        snippet: '${1:source}',
      },
    ]);
    // Fixes without tab stops stay plain edits.
    assert.ok(action(await actionsFor(client, uri, vague), 'Disable vague-source for this line').edit);
  });

  it('gives the snippet range in the text as it is after the other edits', async () => {
    const uri = 'file:///drafts/snippet-hedge.md';
    const text = 'The contractor reportedly cut corners.\n';
    client.open(uri, text);
    const hedged = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'hedged-report');
    const fix = action(await actionsFor(client, uri, hedged), 'Insert “according to …”');
    const args = fix.command!.arguments![0] as {
      edits: { range: unknown; newText: string }[];
      range: { start: { line: number; character: number } };
      snippet: string;
    };
    // "reportedly " goes first; the insertion point moves 11 characters left.
    const afterEdits = applyEdits(text, args.edits as never);
    assert.equal(afterEdits, 'The contractor cut corners.\n');
    assert.deepEqual(args.range, { start: { line: 0, character: 26 }, end: { line: 0, character: 26 } });
    assert.equal(
      afterEdits.slice(0, 26) + args.snippet.replace('${1:source}', 'the inspector') + afterEdits.slice(26),
      'The contractor cut corners, according to the inspector.\n',
    );
  });
});
