// The "Claims" view (WhoSaid sidebar) and "WhoSaid: Export claims ledger": the copy desk's list of the
// active story's checkable claims — figures, dates, events, quotations — each with who it is
// attributed to, or "unattributed" first, so the desk sees what still needs a source. The rows
// come from the server (`whosaid/claims`, `whosaid/ledger`); nothing here reads or sends anything else.
import {
  commands,
  EventEmitter,
  languages,
  Range,
  Selection,
  TextEditorRevealType,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  window,
  workspace,
  type Disposable,
  type TreeDataProvider,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsRequest, Commands, LedgerRequest, type ClaimItem } from '../../server/src/lsp/protocol';

type Node = { group: string; claims: ClaimItem[] } | { claim: ClaimItem; uri: string };

const ICONS: Record<string, string> = { figure: 'symbol-number', date: 'calendar', event: 'milestone', quote: 'quote' };

export class ClaimsView implements TreeDataProvider<Node> {
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private uri: string | undefined;
  private claims: ClaimItem[] = [];

  constructor(private readonly client: LanguageClient) {}

  async refresh(): Promise<void> {
    const editor = window.activeTextEditor;
    const language = editor?.document.languageId;
    this.uri = editor && (language === 'markdown' || language === 'plaintext') ? editor.document.uri.toString() : undefined;
    this.claims = this.uri
      ? await this.client.sendRequest(ClaimsRequest.type, { uri: this.uri }).then(
          (c) => c,
          () => [],
        )
      : [];
    this.changed.fire(undefined);
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Diagnostics arrive after each analysis: a cheap signal that the ledger may have changed.
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void view.refresh(), 300);
  };
  return [
    window.registerTreeDataProvider('whosaid.claims', view),
    window.onDidChangeActiveTextEditor(later),
    languages.onDidChangeDiagnostics(later),
    commands.registerCommand(Commands.revealClaim, async (uri: string, claim: ClaimItem) => {
      const editor = await window.showTextDocument(Uri.parse(uri));
      const range = new Range(claim.range.start.line, claim.range.start.character, claim.range.end.line, claim.range.end.character);
      editor.selection = new Selection(range.start, range.end);
      editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    commands.registerCommand(Commands.exportLedger, () => exportLedger(client)),
    { dispose: () => timer && clearTimeout(timer) },
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
