// What the Claims and Source Mix views share: which document is the active story, a tree that asks
// the server about it and tells VS Code when to ask for its rows again, a refresh held back until
// the writer pauses, and the command that shows a range of the story.
import { EventEmitter, Selection, TextEditorRevealType, Uri, window, type TreeDataProvider, type TreeItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WireRange } from '../../server/src/lsp/protocol';
import { toRange } from './snippet';

/** The active editor's document, when it is a story WhoSaid checks (Markdown or plain text). */
export function activeStoryUri(): string | undefined {
  const editor = window.activeTextEditor;
  const language = editor?.document.languageId;
  return editor && (language === 'markdown' || language === 'plaintext') ? editor.document.uri.toString() : undefined;
}

/** A tree view of the active story: `refresh` asks the server and then calls `changed`. */
export abstract class StoryTree<Node> implements TreeDataProvider<Node> {
  private readonly emitter = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(protected readonly client: LanguageClient) {}

  abstract refresh(): Promise<void>;
  abstract getChildren(node?: Node): Node[];
  abstract getTreeItem(node: Node): TreeItem;

  /** The server's answer, or `fallback` when the request fails (the server restarting, say). */
  protected answerOr<R>(request: Promise<R>, fallback: R): Promise<R> {
    return request.then(
      (answer) => answer,
      () => fallback,
    );
  }

  /** Tells VS Code to ask for the rows again. */
  protected changed(): void {
    this.emitter.fire(undefined);
  }
}

/** `run`, once calls of `later` have paused for `ms` milliseconds; `dispose` cancels a pending run. */
export function debounce(run: () => void, ms: number): { later: () => void; dispose: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    later: () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    dispose: () => timer && clearTimeout(timer),
  };
}

/** Opens the story, selects the range and scrolls it into view (the views' "show" commands). */
export async function revealInStory(uri: string, range: WireRange): Promise<void> {
  const editor = await window.showTextDocument(Uri.parse(uri));
  const r = toRange(range);
  editor.selection = new Selection(r.start, r.end);
  editor.revealRange(r, TextEditorRevealType.InCenterIfOutsideViewport);
}
