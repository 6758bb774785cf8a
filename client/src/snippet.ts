// `whosaid.insertSnippet`: applies a fix's other edits, then inserts its last edit as a snippet,
// so that the writer lands in the placeholder ("according to ${1:source}") with one undo step.
import { Range, SnippetString, Uri, window, workspace, type TextEditor } from 'vscode';
import type { InsertSnippetArgs, WireRange } from '../../server/src/lsp/protocol';

export async function insertSnippet(args: InsertSnippetArgs): Promise<void> {
  const uri = Uri.parse(args.uri);
  const document = await workspace.openTextDocument(uri);
  if (document.version !== args.version) {
    void window.showWarningMessage('WhoSaid: the document changed after this fix was offered. Try the quick fix again.');
    return;
  }
  const editor: TextEditor = window.visibleTextEditors.find((e) => e.document === document) ?? (await window.showTextDocument(document));
  if (args.edits.length > 0) {
    const applied = await editor.edit(
      (builder) => {
        for (const e of args.edits) builder.replace(toRange(e.range), e.newText);
      },
      { undoStopBefore: true, undoStopAfter: false },
    );
    if (!applied) return;
  }
  await editor.insertSnippet(new SnippetString(args.snippet), toRange(args.range), { undoStopBefore: args.edits.length === 0, undoStopAfter: true });
}

export function toRange(r: WireRange): Range {
  return new Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
