// The extension in a real VS Code: diagnostics arrive for a fixture, a hover names the source,
// a quick fix edits the text and its diagnostic goes. Small on purpose: the protocol tests in
// test/lsp/ cover the server in depth.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it, before } from 'mocha';
import * as vscode from 'vscode';

const FIXTURE = path.resolve(__dirname, '../../test/fixtures/wire-story.md');

function whosaid(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'whosaid');
}

/** Resolves once `check` holds for the document's diagnostics; waits on change events, bounded. */
function diagnosticsWhere(uri: vscode.Uri, check: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = () => {
      const ds = whosaid(uri);
      if (!check(ds)) return false;
      clearTimeout(timer);
      subscription.dispose();
      resolve(ds);
      return true;
    };
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics never matched; last: ${whosaid(uri).map((d) => d.code).join(', ')}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
    done();
  });
}

function code(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

describe('WhoSaid in VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(FIXTURE);
    await vscode.window.showTextDocument(document);
  });

  it('publishes diagnostics for the fixture story', async () => {
    const ds = await diagnosticsWhere(document.uri, (x) => x.some((d) => code(d) === 'vague-source'));
    const vague = ds.find((d) => code(d) === 'vague-source')!;
    assert.equal(document.getText(vague.range), 'according to some reports');
    assert.equal(vague.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('shows the source of an attributed sentence on hover', async () => {
    const offset = document.getText().indexOf('shelters overnight');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Maria Lopez/);
    assert.match(text, /named source/);
  });

  it('fixes a loaded verb with a quick fix', async () => {
    const ds = await diagnosticsWhere(document.uri, (x) => x.some((d) => code(d) === 'loaded-verb'));
    const loaded = ds.find((d) => code(d) === 'loaded-verb')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, loaded.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Replace “claimed” with “said”');
    assert.ok(fix?.edit, `no fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /The council said that/);
    await diagnosticsWhere(document.uri, (x) => !x.some((d) => code(d) === 'loaded-verb'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
