// What the WhoSaid client and server say to each other beyond standard LSP. Declared once, here,
// and imported by both sides; only vscode-jsonrpc types, so the client bundle needs nothing else.
import { RequestType } from 'vscode-jsonrpc';

/** LSP-shaped position and range (0-based lines, UTF-16 characters), declared here to stay protocol-only. */
export interface WirePosition {
  line: number;
  character: number;
}

export interface WireRange {
  start: WirePosition;
  end: WirePosition;
}

export interface WireTextEdit {
  range: WireRange;
  newText: string;
}

/** One attribution in a document, as `whosaid/showSources` reports it. */
export interface SourceItem {
  /** The source as written ("Rami Abdel Rahman", "activists"), or null when none was found. */
  source: string | null;
  /** named | anonymous | vague | pronoun | document, or null when there is no source. */
  kind: string | null;
  /** For a pronoun source: the named source it most likely refers to. */
  resolvedSource: string | null;
  /** The attribution cue ("said", "according to"). */
  cue: string;
  /** True when the content is a direct quotation. */
  direct: boolean;
  /** True when the attribution is inside another speaker's quotation. */
  nested: boolean;
  /** The content, whitespace collapsed and cut to about 120 characters; empty when none was found. */
  preview: string;
  cueRange: WireRange;
  sourceRange: WireRange | null;
  contentRange: WireRange | null;
}

export interface ShowSourcesParams {
  uri: string;
}

export namespace ShowSourcesRequest {
  export const method = 'whosaid/showSources';
  export const type = new RequestType<ShowSourcesParams, SourceItem[], void>(method);
}

/** One checkable claim of the claims ledger (see server/src/analysis/ledger.ts), for the Claims view. */
export interface ClaimItem {
  id: number;
  /** figure | date | event | quote */
  kind: string;
  claim: string;
  range: WireRange;
  sentence: string;
  /** Who it is attributed to, as written, or null when unattributed. */
  source: string | null;
  sourceKind: string | null;
  cue: string | null;
  /** The claim detector's score of the sentence (check-worthy above its threshold). */
  score: number;
  /** Why the sentence counts as a claim: the features that raised its score ("record: ‘the lowest on record’"); empty when it is not check-worthy. */
  why: string[];
}

export interface ClaimsParams {
  uri: string;
}

export namespace ClaimsRequest {
  export const method = 'whosaid/claims';
  export const type = new RequestType<ClaimsParams, ClaimItem[], void>(method);
}

/** One source of the story in the source mix (see server/src/analysis/source-mix.ts), for the Source Mix view. */
export interface SourceMixItem {
  /** The person's name as the story introduces them, or the source as first written ("a senior official"). */
  name: string;
  /** named | anonymous | vague | document */
  kind: string;
  /** Attributions to the source, pronouns resolved to it included. */
  attributions: number;
  /** How many of them attribute a direct quotation. */
  directQuotes: number;
  /** How many of them are a pronoun resolved to the source. */
  viaPronoun: number;
  /** Where each attribution names the source, in document order. */
  mentions: WireRange[];
}

export interface SourceMixKind {
  sources: number;
  attributions: number;
  /** Share of the counted attributions, 0–1. */
  share: number;
}

export interface SourceMixResult {
  /** Most attributions first. */
  sources: SourceMixItem[];
  kinds: { named: SourceMixKind; anonymous: SourceMixKind; vague: SourceMixKind; document: SourceMixKind };
  /** Attributions counted. */
  attributions: number;
  /** Pronouns that refer to no earlier source, and cues with no source found: not counted. */
  unresolved: number;
  unsourced: number;
}

export interface SourceMixParams {
  uri: string;
}

/** `whosaid/sourceMix`: the open story's sources, each once, with the shares by kind; null for a document not analysed. */
export namespace SourceMixRequest {
  export const method = 'whosaid/sourceMix';
  export const type = new RequestType<SourceMixParams, SourceMixResult | null, void>(method);
}

export interface LedgerParams {
  uri: string;
  format: 'csv' | 'json' | 'md';
  /** The path to print in the ledger (the client's workspace-relative path). */
  path: string;
}

/** The claims ledger of a document, formatted as `whosaid ledger` prints it. */
export namespace LedgerRequest {
  export const method = 'whosaid/ledger';
  export const type = new RequestType<LedgerParams, string, void>(method);
}

/**
 * Arguments of the `whosaid.insertSnippet` command, which code actions carry when the client said
 * it can run it (`initializationOptions.snippetCommands`). The client applies `edits` (ranges in
 * the document at `version`), then inserts `snippet` over `range` (a range in the text as it is
 * after those edits).
 */
export interface InsertSnippetArgs {
  uri: string;
  version: number;
  edits: WireTextEdit[];
  range: WireRange;
  snippet: string;
}

/**
 * `whosaid/checkWorkspace`: check every file of the workspace folders (the config's extensions,
 * .gitignore and `ignore` respected) that is not open in the editor, and publish diagnostics for
 * them. Progress is reported with LSP work-done progress (the client's `workDoneToken`, else one
 * the server creates with window/workDoneProgress/create); cancelling the request or the progress
 * stops it, and the files checked so far keep their diagnostics.
 */
export interface CheckWorkspaceParams {
  workDoneToken?: number | string;
}

export interface CheckWorkspaceResult {
  /** Files found in the workspace folders. */
  files: number;
  /** Files checked (open documents are left to the live diagnostics). */
  checked: number;
  /** Checked files with at least one diagnostic. */
  withFindings: number;
  /** Files that could not be checked (unreadable, binary, too large, nested too deeply). */
  skipped: number;
  /** True when the check was cancelled before it finished. */
  cancelled: boolean;
}

export namespace CheckWorkspaceRequest {
  export const method = 'whosaid/checkWorkspace';
  export const type = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>(method);
}

export const Commands = {
  insertSnippet: 'whosaid.insertSnippet',
  showSources: 'whosaid.showSources',
  checkWorkspace: 'whosaid.checkWorkspace',
  exportLedger: 'whosaid.exportClaimsLedger',
  revealClaim: 'whosaid.revealClaim',
  revealSource: 'whosaid.revealSource',
} as const;

/** What the client may put in `initializationOptions`. */
export interface InitializationOptions {
  /** The client runs `whosaid.insertSnippet`, so fixes with tab stops can use it. */
  snippetCommands?: boolean;
  /** False in an untrusted (restricted) workspace: the workspace's .whosaidrc.json is not read. */
  workspaceTrusted?: boolean;
  /** The longest document analysed, in UTF-16 code units (default 512 KB); longer ones get a message instead. */
  maxDocumentLength?: number;
  /**
   * Milliseconds to wait after a change before analysing (default 50; 0 analyses at once).
   * The benchmark sets 0 to time the analysis itself; the value in effect is reported in the
   * initialize result as `capabilities.experimental.whosaid.diagnosticsDebounceMs`.
   */
  diagnosticsDebounceMs?: number;
}

export const CONFIG_FILE = '.whosaidrc.json';
