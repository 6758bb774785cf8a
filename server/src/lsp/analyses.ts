// One analysis per open document, kept for hover, code actions and showSources, and recomputed
// lazily when the document or the config has moved on since.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalysisResult, type DocumentFormat } from '../analysis';
import { LineIndex } from '../analysis/positions';
import type { ConfigStore } from './config';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  /** The config generation it was made under. */
  generation: number;
  format: DocumentFormat;
  text: string;
  lines: LineIndex;
  /** Null when WhoSaid is disabled for the document. */
  result: AnalysisResult | null;
}

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd|mkdn|mdwn|mdx)$/i;

/** The core's format for a document: from its language id, else from its file extension. */
export function formatOf(languageId: string, uri: string): DocumentFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'text';
  return MARKDOWN_EXTENSIONS.test(uri.replace(/[?#].*$/, '')) ? 'markdown' : 'text';
}

export class Analyses {
  private readonly cache = new Map<string, DocumentAnalysis>();
  private readonly loggedRuleErrors = new Map<string, Set<string>>();

  constructor(
    private readonly config: ConfigStore,
    private readonly logError: (message: string) => void,
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
    const result = resolved.enable ? analyze(text, { format, config: resolved.config, previous }) : null;
    if (result) this.logRuleErrors(document.uri, result);
    const analysis: DocumentAnalysis = { uri: document.uri, version: document.version, generation: resolved.generation, format, text, lines: new LineIndex(text), result };
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
    }
  }
}
