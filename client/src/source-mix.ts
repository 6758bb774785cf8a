// The "Source Mix" view (beside Claims): the active story's sources, each person once, grouped by
// kind — named, anonymous, vague, document — with each kind's share of the attributions and, per
// source, its attributions and direct quotes; clicking a source shows where the story first names
// it. It follows the story as the writer types (refreshed, debounced, on the server's diagnostics
// for the active document) and when another editor becomes active. The numbers come from the
// server (`whosaid/sourceMix`); nothing here reads or sends anything else.
import { commands, languages, ThemeIcon, TreeItem, TreeItemCollapsibleState, window, type Disposable, type TreeView } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, SourceMixRequest, type SourceMixItem, type SourceMixResult, type WireRange } from '../../server/src/lsp/protocol';
import { activeStoryUri, debounce, revealInStory, StoryTree } from './story-view';

const KINDS = ['named', 'anonymous', 'vague', 'document'] as const;
type Kind = (typeof KINDS)[number];
const KIND_LABEL: Record<Kind, string> = { named: 'Named', anonymous: 'Anonymous', vague: 'Vague', document: 'Documents' };
const KIND_ICON: Record<Kind, string> = { named: 'person', anonymous: 'eye-closed', vague: 'question', document: 'file-text' };
const DEBOUNCE_MS = 300;

type Node = { kind: Kind } | { source: SourceMixItem } | { note: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export class SourceMixView extends StoryTree<Node> {
  uri: string | undefined;
  private mix: SourceMixResult | null = null;
  view: TreeView<Node> | undefined;

  async refresh(): Promise<void> {
    const uri = activeStoryUri();
    const mix = uri ? await this.answerOr(this.client.sendRequest(SourceMixRequest.type, { uri }), null) : null;
    // Another refresh may have started meanwhile for another editor: the last active one wins.
    const now = window.activeTextEditor?.document.uri.toString();
    if (uri && now !== uri) return;
    this.uri = uri;
    this.mix = mix;
    if (this.view) {
      this.view.message = !uri
        ? 'Open a Markdown or plain-text story to see who it quotes.'
        : !mix
          ? 'WhoSaid does not check this document (it is disabled for it, or the document is too large).'
          : mix.attributions === 0
            ? 'No sources yet: the story attributes nothing to anyone.'
            : undefined;
      this.view.description = mix && mix.attributions > 0 ? `${plural(mix.sources.length, 'source')} · ${plural(mix.attributions, 'attribution')}` : undefined;
    }
    this.changed();
  }

  getChildren(node?: Node): Node[] {
    const mix = this.mix;
    if (!mix || mix.attributions === 0) return [];
    if (!node) {
      const notes: Node[] = [];
      if (mix.unsourced > 0) notes.push({ note: `${plural(mix.unsourced, 'attribution')} with no source found` });
      if (mix.unresolved > 0) notes.push({ note: `${plural(mix.unresolved, 'pronoun')} referring to no earlier source` });
      return [...KINDS.map((kind) => ({ kind })), ...notes];
    }
    if ('kind' in node) return mix.sources.filter((s) => s.kind === node.kind).map((source) => ({ source }));
    return [];
  }

  getTreeItem(node: Node): TreeItem {
    if ('kind' in node) {
      const counts = this.mix!.kinds[node.kind];
      const item = new TreeItem(KIND_LABEL[node.kind], counts.sources > 0 ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.None);
      item.id = `kind:${node.kind}`;
      item.description = `${percent(counts.share)} · ${plural(counts.sources, 'source')}, ${plural(counts.attributions, 'attribution')}`;
      item.tooltip = `${KIND_LABEL[node.kind]} sources: ${percent(counts.share)} of the story's ${plural(this.mix!.attributions, 'attribution')}`;
      item.iconPath = new ThemeIcon(KIND_ICON[node.kind]);
      item.contextValue = 'whosaid.sourceKind';
      return item;
    }
    if ('note' in node) {
      const item = new TreeItem(node.note, TreeItemCollapsibleState.None);
      item.id = `note:${node.note}`;
      item.tooltip = 'Not counted in the shares above.';
      item.iconPath = new ThemeIcon('info');
      return item;
    }
    const { source } = node;
    const item = new TreeItem(source.name, TreeItemCollapsibleState.None);
    // Two sources can read alike: where each is first named keeps the ids unique.
    const at = source.mentions[0]?.start;
    item.id = `source:${source.kind}:${source.name}:${at ? `${at.line}:${at.character}` : ''}`;
    const quotes = plural(source.directQuotes, 'direct quote');
    item.description = `${plural(source.attributions, 'attribution')} · ${quotes}`;
    item.tooltip =
      `${source.name} (${source.kind})\n${plural(source.attributions, 'attribution')}, ${quotes}` +
      (source.viaPronoun > 0 ? `, ${source.viaPronoun} by a pronoun` : '') +
      `\nLines ${[...new Set(source.mentions.map((m) => m.start.line + 1))].join(', ')}`;
    item.iconPath = new ThemeIcon(KIND_ICON[source.kind as Kind] ?? 'circle-small');
    const first = source.mentions[0];
    if (first && this.uri) item.command = { command: Commands.revealSource, title: 'Show where the story names this source', arguments: [this.uri, first] };
    return item;
  }
}

export function registerSourceMix(client: LanguageClient): Disposable[] {
  const provider = new SourceMixView(client);
  const view = window.createTreeView('whosaid.sourceMix', { treeDataProvider: provider });
  provider.view = view;
  // Diagnostics arrive after each analysis: a cheap signal that the story's sources may have changed.
  const refresh = debounce(() => {
    if (view.visible) void provider.refresh();
  }, DEBOUNCE_MS);
  if (view.visible) void provider.refresh();
  return [
    view,
    view.onDidChangeVisibility((e) => e.visible && refresh.later()),
    window.onDidChangeActiveTextEditor(refresh.later),
    languages.onDidChangeDiagnostics((e) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) refresh.later();
    }),
    commands.registerCommand(Commands.revealSource, (uri: string, range: WireRange) => revealInStory(uri, range)),
    refresh,
  ];
}
