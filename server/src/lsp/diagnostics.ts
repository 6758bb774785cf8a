// Publishing diagnostics: a short debounce while the writer types, and a version check so that a
// result for an older text is never published.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses } from './analyses';
import type { ConfigStore } from './config';
import { toDiagnostic } from './convert';

/**
 * How long after a change the document is analysed, unless the client sets
 * `initializationOptions.diagnosticsDebounceMs`; the value in effect is reported in the initialize
 * result for benchmarks.
 */
export const DIAGNOSTICS_DEBOUNCE_MS = 50;

/** The debounce a client asked for, if it is a sensible number of milliseconds, else the default. */
export function debounceFrom(requested: unknown): number {
  return typeof requested === 'number' && Number.isFinite(requested) && requested >= 0 && requested <= 10_000 ? requested : DIAGNOSTICS_DEBOUNCE_MS;
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents published at least once: a newly opened one is analysed at once, not after the debounce. */
  private readonly seen = new Set<string>();
  /** Documents refused (too large, nested too deeply) and told so: once, not per keystroke, until analysed again. */
  private readonly refusals = new Map<string, string>();
  private disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: Analyses,
    private readonly config: ConfigStore,
    private readonly logError: (message: string) => void,
    private readonly debounceMs = DIAGNOSTICS_DEBOUNCE_MS,
    /** window/showMessage (a warning): a document that is not analysed says why, once. */
    private readonly showWarning: (message: string) => void = () => {},
  ) {}

  schedule(uri: string, delay = this.seen.has(uri) ? this.debounceMs : 0): void {
    if (this.disposed) return;
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri).catch((error: unknown) => this.logError(`Diagnostics for ${uri} failed: ${describe(error)}`));
      }, delay),
    );
  }

  /** Re-analyses every open document (after a config change). */
  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  clear(uri: string): void {
    this.cancel(uri);
    this.seen.delete(uri);
    this.refusals.delete(uri);
    if (!this.disposed) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document || this.disposed) return;
    if (this.config.isConfigFile(uri)) {
      this.seen.add(uri);
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: this.config.diagnosticsFor(document.getText()) });
      return;
    }
    const analysis = await this.analyses.get(document);
    // Closed, or changed again since: the newer change has its own run scheduled.
    const current = this.documents.get(uri);
    if (!current || current.version !== analysis.version || this.disposed) return;
    this.seen.add(uri);
    if (analysis.refused) {
      if (!this.refusals.has(uri)) {
        this.refusals.set(uri, analysis.refused);
        this.showWarning(`WhoSaid does not check ${displayName(uri)}: ${analysis.refused}.`);
      }
    } else this.refusals.delete(uri);
    const diagnostics = analysis.result ? analysis.result.findings.map((f) => toDiagnostic(analysis.lines, uri, analysis.version, f)) : [];
    await this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  }
}

function displayName(uri: string): string {
  try {
    return decodeURIComponent(uri.split(/[?#]/)[0]!.split('/').pop() || uri);
  } catch {
    return uri;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
