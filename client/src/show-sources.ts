// "WhoSaid: Show sources in this document": every attribution in a QuickPick; moving through the
// list previews each in the editor, accepting selects its content (or its cue).
import { Selection, TextEditorRevealType, window, type QuickPickItem, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SOURCE_KIND_LABEL, type SourceKind } from '../../server/src/analysis/types';
import { ShowSourcesRequest, type SourceItem } from '../../server/src/lsp/protocol';
import { toRange } from './snippet';

interface SourcePick extends QuickPickItem {
  item: SourceItem;
}

export async function showSources(client: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) {
    void window.showInformationMessage('WhoSaid: open a Markdown or plain-text document to list its sources.');
    return;
  }
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const items = await client.sendRequest(ShowSourcesRequest.type, { uri });
  if (items.length === 0) {
    void window.showInformationMessage('WhoSaid found no attributions in this document.');
    return;
  }
  const picks: SourcePick[] = items.map((item) => ({
    label: `$(${icon(item)}) ${item.source ?? '(no source)'}${item.resolvedSource ? ` → ${item.resolvedSource}` : ''}`,
    description: [
      item.kind ? (SOURCE_KIND_LABEL[item.kind as SourceKind] ?? item.kind) : 'no source',
      `“${item.cue}”`,
      item.direct ? 'direct quotation' : '',
      item.nested ? 'inside a quotation' : '',
    ]
      .filter(Boolean)
      .join(' · '),
    detail: item.preview || undefined,
    item,
  }));

  const original = { selections: editor.selections, visible: editor.visibleRanges[0] };
  const quickPick = window.createQuickPick<SourcePick>();
  quickPick.title = `Sources in ${editor.document.fileName.split(/[\\/]/).pop()} (${items.length})`;
  quickPick.placeholder = 'Type to filter by source, kind, cue or content';
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = picks;
  let accepted = false;
  quickPick.onDidChangeActive(([active]) => active && reveal(editor, active.item, false));
  quickPick.onDidAccept(() => {
    const [active] = quickPick.selectedItems.length ? quickPick.selectedItems : quickPick.activeItems;
    if (active) {
      accepted = true;
      reveal(editor, active.item, true);
    }
    quickPick.hide();
  });
  quickPick.onDidHide(() => {
    if (!accepted) {
      editor.selections = original.selections;
      if (original.visible) editor.revealRange(original.visible, TextEditorRevealType.AtTop);
    }
    quickPick.dispose();
  });
  quickPick.show();
}

function reveal(editor: TextEditor, item: SourceItem, select: boolean): void {
  const range = toRange(item.contentRange ?? item.cueRange);
  if (select) editor.selection = new Selection(range.start, range.end);
  editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
}

function icon(item: SourceItem): string {
  switch (item.kind) {
    case 'named':
      return 'person';
    case 'document':
      return 'file-text';
    case 'vague':
      return 'warning';
    case 'anonymous':
      return 'eye-closed';
    default:
      return 'quote';
  }
}
