// The status-bar item: how many WhoSaid diagnostics the active document has; a click opens the
// Problems panel.
import { Disposable, languages, StatusBarAlignment, window, type Diagnostic } from 'vscode';

const LANGUAGES = new Set(['markdown', 'plaintext']);

export function createStatusItem(): Disposable {
  const item = window.createStatusBarItem('whosaid.status', StatusBarAlignment.Right, 100);
  item.name = 'WhoSaid';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const editor = window.activeTextEditor;
    if (!editor || !LANGUAGES.has(editor.document.languageId)) {
      item.hide();
      return;
    }
    const diagnostics = languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'whosaid');
    item.text = `$(quote) WhoSaid: ${diagnostics.length}`;
    item.tooltip =
      diagnostics.length === 0
        ? 'WhoSaid: no attribution problems in this document'
        : `WhoSaid: ${summary(diagnostics)} in this document. Click to open the Problems panel.`;
    item.show();
  };

  const subscriptions = [
    item,
    window.onDidChangeActiveTextEditor(update),
    languages.onDidChangeDiagnostics((e) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
  ];
  update();
  return Disposable.from(...subscriptions);
}

function summary(diagnostics: readonly Diagnostic[]): string {
  const names = ['error', 'warning', 'note', 'hint'];
  const counts = [0, 0, 0, 0];
  for (const d of diagnostics) counts[d.severity]!++;
  return counts
    .map((n, i) => (n ? `${n} ${names[i]}${n > 1 ? 's' : ''}` : ''))
    .filter(Boolean)
    .join(', ');
}
