// Stand-in for the WhoSaid extension, used only to prove the e2e harness. Plain JS, no dependencies.
// - a warning diagnostic on every "reportedly" in markdown/plaintext documents
// - a hover on that word
// - a quick fix replacing it with "according to"
// - a command "Stand-in: Show sources" that shows an information message
'use strict';
const vscode = require('vscode');

const WORD = /\breportedly\b/gi;
const LANGS = new Set(['markdown', 'plaintext']);
const MESSAGE = '"reportedly" hides who said it: name the source';
const HOVER = 'Stand-in hover: "reportedly" is an unattributed claim. Say who reported it.';
const FIX_TITLE = 'Replace with "according to"';

function findRanges(doc) {
  const text = doc.getText();
  const ranges = [];
  for (const m of text.matchAll(WORD)) {
    ranges.push(new vscode.Range(doc.positionAt(m.index), doc.positionAt(m.index + m[0].length)));
  }
  return ranges;
}

function activate(context) {
  const out = vscode.window.createOutputChannel('Stand-in');
  context.subscriptions.push(out);
  out.appendLine('stand-in activated'); // lands in test-results/vscode-logs/ via the extension host's output logs
  const collection = vscode.languages.createDiagnosticCollection('stand-in');
  context.subscriptions.push(collection);

  const refresh = (doc) => {
    if (!LANGS.has(doc.languageId)) return;
    collection.set(
      doc.uri,
      findRanges(doc).map((range) => {
        const d = new vscode.Diagnostic(range, MESSAGE, vscode.DiagnosticSeverity.Warning);
        d.source = 'stand-in';
        d.code = 'reportedly';
        return d;
      }),
    );
  };
  vscode.workspace.textDocuments.forEach(refresh);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => refresh(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
  );

  const selector = [{ language: 'markdown' }, { language: 'plaintext' }];
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(selector, {
      provideHover(doc, pos) {
        const range = doc.getWordRangeAtPosition(pos, /[A-Za-z]+/);
        if (!range || doc.getText(range).toLowerCase() !== 'reportedly') return undefined;
        return new vscode.Hover(new vscode.MarkdownString(HOVER), range);
      },
    }),
  );

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      selector,
      {
        provideCodeActions(doc, _range, ctx) {
          return ctx.diagnostics
            .filter((d) => d.source === 'stand-in')
            .map((d) => {
              const action = new vscode.CodeAction(FIX_TITLE, vscode.CodeActionKind.QuickFix);
              action.diagnostics = [d];
              action.isPreferred = true;
              action.edit = new vscode.WorkspaceEdit();
              action.edit.replace(doc.uri, d.range, 'according to');
              return action;
            });
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('standIn.showSources', () => {
      const doc = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
      const n = doc ? findRanges(doc).length : 0;
      vscode.window.showInformationMessage(`Stand-in sources: ${n} unattributed claim(s) in the active file`);
    }),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
