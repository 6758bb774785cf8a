// The "Claims" view (WhoSaid sidebar) and "WhoSaid: Export claims ledger": the copy desk's list of the
// active story's checkable claims — figures, dates, events, quotations — each with who it is
// attributed to, or "unattributed" first, so the desk sees what still needs a source. The rows
// come from the server (`whosaid/claims`, `whosaid/ledger`); nothing here reads or sends anything else.
import { commands, languages, ThemeIcon, TreeItem, TreeItemCollapsibleState, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsRequest, Commands, LedgerRequest, type ClaimItem } from '../../server/src/lsp/protocol';
import { activeStoryUri, debounce, revealInStory, StoryTree } from './story-view';

type Node = { group: string; claims: ClaimItem[] } | { claim: ClaimItem; uri: string };

const ICONS: Record<string, string> = { figure: 'symbol-number', date: 'calendar', event: 'milestone', quote: 'quote' };

export class ClaimsView extends StoryTree<Node> {
  private uri: string | undefined;
  private claims: ClaimItem[] = [];

  async refresh(): Promise<void> {
    this.uri = activeStoryUri();
    this.claims = this.uri ? await this.answerOr(this.client.sendRequest(ClaimsRequest.type, { uri: this.uri }), []) : [];
    this.changed();
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (!this.uri) return [];
      const unattributed = this.claims.filter((c) => !c.source);
      const attributed = this.claims.filter((c) => c.source);
      return [
        { group: `Unattributed (${unattributed.length})`, claims: unattributed },
        { group: `Attributed (${attributed.length})`, claims: attributed },
      ];
    }
    return 'group' in node ? node.claims.map((claim) => ({ claim, uri: this.uri! })) : [];
  }

  getTreeItem(node: Node): TreeItem {
    if ('group' in node) {
      const item = new TreeItem(node.group, node.claims.length > 0 ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.None);
      item.contextValue = 'whosaid.claimGroup';
      return item;
    }
    const { claim, uri } = node;
    const item = new TreeItem(claim.claim, TreeItemCollapsibleState.None);
    item.description = claim.source ? `${claim.source}${claim.cue ? ` · ${claim.cue}` : ''}` : 'unattributed';
    // Why the sentence counts as a claim, as the hover on an unattributed claim says it.
    const why = claim.why.length > 0 ? `\nWhy a claim (score ${claim.score.toFixed(2)}): ${claim.why.join('; ')}` : '';
    item.tooltip = `${claim.kind} · line ${claim.range.start.line + 1}\n${claim.sentence}${why}`;
    item.iconPath = new ThemeIcon(ICONS[claim.kind] ?? 'circle-small');
    item.command = { command: Commands.revealClaim, title: 'Show the claim', arguments: [uri, claim] };
    return item;
  }
}

export function registerClaims(client: LanguageClient): Disposable[] {
  const view = new ClaimsView(client);
  // Diagnostics arrive after each analysis: a cheap signal that the ledger may have changed.
  const refresh = debounce(() => void view.refresh(), 300);
  return [
    window.registerTreeDataProvider('whosaid.claims', view),
    window.onDidChangeActiveTextEditor(refresh.later),
    languages.onDidChangeDiagnostics(refresh.later),
    commands.registerCommand(Commands.revealClaim, (uri: string, claim: ClaimItem) => revealInStory(uri, claim.range)),
    commands.registerCommand(Commands.exportLedger, () => exportLedger(client)),
    refresh,
  ];
}

async function exportLedger(client: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !['markdown', 'plaintext'].includes(editor.document.languageId)) {
    void window.showInformationMessage('WhoSaid: open a Markdown or plain-text story to export its claims ledger.');
    return;
  }
  const choice = await window.showQuickPick(
    [
      { label: 'CSV', description: 'for a spreadsheet', format: 'csv' as const, ext: 'csv' },
      { label: 'Markdown', description: 'a table to paste into notes', format: 'md' as const, ext: 'md' },
      { label: 'JSON', description: 'for tools', format: 'json' as const, ext: 'json' },
    ],
    { title: 'Export claims ledger', placeHolder: 'Format' },
  );
  if (!choice) return;
  const source = editor.document.uri;
  const target = await window.showSaveDialog({
    defaultUri: source.with({ path: source.path.replace(/\.[^./]*$/, '') + `.claims.${choice.ext}` }),
    filters: { [choice.label]: [choice.ext] },
  });
  if (!target) return;
  const text = await client.sendRequest(LedgerRequest.type, { uri: source.toString(), format: choice.format, path: workspace.asRelativePath(source) });
  await workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void window.showInformationMessage(`WhoSaid: claims ledger written to ${workspace.asRelativePath(target)}.`);
}
