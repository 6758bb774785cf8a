// One analysis per open document, kept for hover, code actions and showSources, and recomputed
// lazily when the document or the config has moved on since.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, UnanalyzableInput, type AnalysisResult, type DocumentFormat } from '../engine';
import { LineIndex } from '../analysis/positions';
import { formatFor } from '../host/fs';
import type { ConfigStore } from './config';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  /** The config generation it was made under. */
  generation: number;
  format: DocumentFormat;
  text: string;
  lines: LineIndex;
  /** Null when WhoSaid is disabled for the document, or refused it (see `refused`). */
  result: AnalysisResult | null;
  /** Why the document was not analysed (too large, nested too deeply); unset when it was. */
  refused?: string;
}

/**
 * The longest document the server analyses (UTF-16 code units, about bytes for English text).
 * Analysis runs on the server's only thread and costs about a second per 300 KB (a change
 * re-analyses only the changed paragraphs, but Markdown is parsed again whole): a multi-megabyte
 * file would keep hover and quick fixes waiting for seconds after every keystroke. Larger
 * documents get a message and no diagnostics; `whosaid check` in a terminal checks them.
 * A client can change it with `initializationOptions.maxDocumentLength`.
 */
export const MAX_DOCUMENT_LENGTH = 512 * 1024;

/** The core's format for a document: from its language id, else from its file extension (the host layer's list). */
export function formatOf(languageId: string, uri: string): DocumentFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'text';
  return formatFor(uri.split(/[?#]/)[0]!);
}

/** Why a text of this length is not analysed in the editor, or null. */
export function tooLarge(length: number, limit: number): string | null {
  if (length <= limit) return null;
  const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
  return `the document is ${size(length)}, over the editor limit of ${size(limit)}; run \`whosaid check\` on the file in a terminal to check it`;
}

export class Analyses {
  private readonly cache = new Map<string, DocumentAnalysis>();
  private readonly loggedRuleErrors = new Map<string, Set<string>>();
  private readonly reportedRules = new Set<string>();

  constructor(
    private readonly config: ConfigStore,
    private readonly logError: (message: string) => void,
    private readonly maxLength = MAX_DOCUMENT_LENGTH,
    /** Told once per rule and session that a rule failed (window/showMessage). */
    private readonly warn: (message: string) => void = () => {},
  ) {}

  /** The analysis of the document as it is now. */
  async get(document: TextDocument): Promise<DocumentAnalysis> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.config.generation) return cached;
    const resolved = await this.config.resolve(document.uri);
    // The document may have changed while the settings were fetched: analyse what it is now.
    const again = this.cache.get(document.uri);
    if (again && again.version === document.version && again.generation === resolved.generation) return again;
    const text = document.getText();
    const format = formatOf(document.languageId, document.uri);
    // The last analysis of the document, whatever its version: its prose is reused where the change allows.
    const previous = (again ?? cached)?.result?.model;
    let result: AnalysisResult | null = null;
    let refused = resolved.enable ? (tooLarge(text.length, this.maxLength) ?? undefined) : undefined;
    if (resolved.enable && !refused) {
      try {
        result = analyze(text, { format, config: resolved.config, previous, ...(resolved.sources ? { sources: resolved.sources } : {}) });
      } catch (error) {
        if (!(error instanceof UnanalyzableInput)) throw error;
        refused = error.message;
      }
    }
    if (result) this.logRuleErrors(document.uri, result);
    const analysis: DocumentAnalysis = {
      uri: document.uri,
      version: document.version,
      generation: resolved.generation,
      format,
      text,
      lines: new LineIndex(text),
      result,
      ...(refused ? { refused } : {}),
    };
    this.cache.set(document.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.loggedRuleErrors.delete(uri);
  }

  // A rule that throws on a document will throw on every keystroke: say so once per rule and document.
  private logRuleErrors(uri: string, result: AnalysisResult): void {
    if (result.ruleErrors.length === 0) return;
    let logged = this.loggedRuleErrors.get(uri);
    if (!logged) this.loggedRuleErrors.set(uri, (logged = new Set()));
    for (const e of result.ruleErrors) {
      if (logged.has(e.rule)) continue;
      logged.add(e.rule);
      this.logError(`The rule ${e.rule} failed on ${uri} (its findings are missing; the other rules ran): ${e.message}`);
      if (!this.reportedRules.has(e.rule)) {
        this.reportedRules.add(e.rule);
        this.warn(
          `WhoSaid: the rule ${e.rule} failed (${e.message}); its findings are missing, the other rules' are shown. Details are in the WhoSaid output.`,
        );
      }
    }
  }
}
