// The transcript check over stdio: with `"sources": ["transcripts"]` in the workspace's
// .whosaidrc.json, the language server reports quote-not-in-sources exactly as `whosaid check`
// does (the same findings, messages and ranges), its fix restores the transcript's words, a
// changed transcript is read again, and "Check workspace" does not lint the transcripts as stories.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { applyEdits, FIXTURES, LspClient, type CodeAction, type Diagnostic } from './lsp-client';
import { whosaid } from '../cli/helpers';

/** A copy of test/fixtures/factcheck in a fresh temporary folder (the tests change its transcript). */
function copyFixture(): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-factcheck-')));
  fs.cpSync(path.join(FIXTURES, 'factcheck'), root, { recursive: true });
  // The fixture's $schema points into the repository; a copy elsewhere needs none.
  fs.writeFileSync(path.join(root, '.whosaidrc.json'), '{ "sources": ["transcripts"] }\n');
  return root;
}

interface Seen {
  rule: string;
  line: number;
  character: number;
  message: string;
}

/** What `whosaid check` reports for the file (the CLI's main, in this process). */
async function cliFindings(root: string, file: string): Promise<Seen[]> {
  const r = await whosaid(['check', '--format', 'json', '--fail-on', 'never', file], { cwd: root });
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { files: { diagnostics: { rule: string; message: string; range: { start: { line: number; character: number } } }[] }[] };
  return json.files[0]!.diagnostics.map((d) => ({ rule: d.rule, line: d.range.start.line, character: d.range.start.character, message: d.message }));
}

const seen = (diagnostics: readonly Diagnostic[]): Seen[] =>
  diagnostics.map((d) => ({ rule: String(d.code), line: d.range.start.line, character: d.range.start.character, message: d.message }));

describe('quote-not-in-sources in the language server', () => {
  let root: string;
  let client: LspClient;
  let uri: string;
  let text: string;

  before(async () => {
    root = copyFixture();
    uri = pathToFileURL(path.join(root, 'article.md')).href;
    text = fs.readFileSync(path.join(root, 'article.md'), 'utf8');
    client = await LspClient.start({ rootPath: root });
    client.open(uri, text);
  });
  after(async () => {
    await client.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports the same findings as `whosaid check`, the three quotation findings among them', async () => {
    const diagnostics = await client.diagnosticsFor(uri);
    const quotes = diagnostics.filter((d) => d.code === 'quote-not-in-sources');
    assert.equal(quotes.length, 3, JSON.stringify(seen(diagnostics), null, 1));
    assert.match(
      quotes[0]!.message,
      /transcripts\/okonkwo-interview\.vtt:9 \(Maria Okonkwo\) has “We asked for money three times, and three times we were turned down”/,
    );
    assert.deepEqual(seen(diagnostics), await cliFindings(root, 'article.md'));
  });

  it('offers a fix that restores the transcript’s words', async () => {
    const diagnostics = await client.diagnosticsFor(uri);
    const quote = diagnostics.find((d) => d.code === 'quote-not-in-sources' && /turned down/.test(d.message))!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: quote.range,
      context: { diagnostics: [quote] },
    });
    const restore = actions.find((a) => a.edit && /transcript|source/i.test(a.title) && !/^Disable/.test(a.title));
    assert.ok(restore, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = restore.edit!.documentChanges ? restore.edit!.documentChanges[0]!.edits : restore.edit!.changes![uri]!;
    const fixed = applyEdits(text, edits);
    assert.ok(fixed.includes('We asked for money three times, and three times we were turned down'), fixed);
  });

  it('reads a changed transcript again when the client reports it', async () => {
    assert.ok(
      client.registrations.some((r) => JSON.stringify(r.registerOptions).includes('vtt')),
      'the server watches transcripts',
    );
    const before = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'quote-not-in-sources').length;
    // The draft's wording goes into the transcript: that quotation now matches its source.
    const quoted = /We asked for money[^"]*refused/.exec(text)![0].replace(/\s+/g, ' ');
    const vtt = path.join(root, 'transcripts', 'okonkwo-interview.vtt');
    fs.writeFileSync(vtt, fs.readFileSync(vtt, 'utf8').replace('We asked for money three times, and three times we were turned down', quoted));
    const published = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(vtt).href, type: 2 }] });
    await client.waitFor('diagnostics after the transcript changed', () => client.published.slice(published).some((p) => p.uri === uri));
    const after = client.diagnostics.get(uri)!.diagnostics.filter((d) => d.code === 'quote-not-in-sources');
    assert.equal(after.length, before - 1);
    assert.ok(!after.some((d) => /We asked for money/.test(d.message)));
  });

  it('does not check the transcripts and notes as stories in “Check workspace”', async () => {
    const result = await client.request<{ files: number }>('whosaid/checkWorkspace', {});
    assert.equal(result.files, 1, 'only article.md: the sources folder is skipped');
    assert.ok(![...client.diagnostics.keys()].some((u) => u.includes('/transcripts/')));
  });
});

describe('quote-not-in-sources with the CLI', () => {
  it('skips the sources folder when walking the workspace', async () => {
    const root = copyFixture();
    try {
      const r = await whosaid(['check', '--format', 'json', '--fail-on', 'never', '.'], { cwd: root });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(
        (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path),
        ['article.md'],
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
