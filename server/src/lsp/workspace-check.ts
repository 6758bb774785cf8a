// "WhoSaid: Check workspace": the server analyses open documents only, unless asked. Asked
// (`whosaid/checkWorkspace`), it walks the workspace folders as `whosaid check` walks a directory
// (the config's extensions and `ignore`, .gitignore, no node_modules or .git), checks each file
// that is not open in the editor, and publishes its diagnostics, with work-done progress that the
// user can cancel. Opening a checked file replaces its diagnostics with the live ones; closing it
// checks the saved file again, so its problems stay listed.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationToken, type Connection, type TextDocuments, type WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, UnanalyzableInput } from '../engine';
import type { ResolvedConfig } from '../analysis/config';
import { LineIndex } from '../analysis/positions';
import type { QuoteSources } from '../analysis/quote-sources';
import { isReallyInside } from '../confine';
import { decode, formatFor } from '../host/fs';
import { Workspace } from '../host/workspace';
import { tooLarge } from './analyses';
import { uriToPath, type ConfigStore } from './config';
import { toDiagnostic } from './convert';
import type { CheckWorkspaceParams, CheckWorkspaceResult } from './protocol';

/** How often progress is reported: every this many files (and at the end). */
const REPORT_EVERY = 25;

interface Target {
  file: string;
  uri: string;
  config: ResolvedConfig;
  sources?: QuoteSources;
}

export class WorkspaceChecker {
  /** Files whose diagnostics came from a workspace check (not from an open document). */
  private readonly published = new Set<string>();
  private current: { cancelled: boolean } | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly config: ConfigStore,
    private readonly maxLength: number,
    private readonly logError: (message: string) => void,
  ) {}

  async run(params: CheckWorkspaceParams | null | undefined, token: CancellationToken = CancellationToken.None): Promise<CheckWorkspaceResult> {
    // A new check replaces one still running.
    if (this.current) this.current.cancelled = true;
    const run = { cancelled: false };
    this.current = run;
    const progress: WorkDoneProgressReporter & { token?: CancellationToken } =
      params?.workDoneToken !== undefined
        ? this.connection.window.attachWorkDoneProgress(params.workDoneToken)
        : await this.connection.window.createWorkDoneProgress();
    const cancelled = () => run.cancelled || token.isCancellationRequested || progress.token?.isCancellationRequested === true;
    const result: CheckWorkspaceResult = { files: 0, checked: 0, withFindings: 0, skipped: 0, cancelled: false };
    progress.begin('WhoSaid: checking the workspace', 0, 'finding files…', true);
    try {
      const targets = await this.targets();
      result.files = targets.length;
      const found = new Set<string>();
      for (let i = 0; i < targets.length; i++) {
        // Let cancellations and the editor's own requests in between files.
        await new Promise((resolve) => setImmediate(resolve));
        if (cancelled()) break;
        const target = targets[i]!;
        found.add(target.uri);
        if (this.documents.get(target.uri)) continue;
        const outcome = await this.checkFile(target);
        if (outcome === 'skipped') result.skipped++;
        else {
          result.checked++;
          if (outcome > 0) result.withFindings++;
        }
        if ((i + 1) % REPORT_EVERY === 0) progress.report(Math.floor(((i + 1) * 100) / targets.length), `${i + 1} of ${targets.length} files`);
      }
      result.cancelled = cancelled();
      // A complete run also clears files checked before that are gone or ignored now.
      if (!result.cancelled) {
        for (const uri of [...this.published]) {
          if (found.has(uri) || this.documents.get(uri)) continue;
          this.published.delete(uri);
          void this.connection.sendDiagnostics({ uri, diagnostics: [] });
        }
      }
      return result;
    } finally {
      progress.done();
      if (this.current === run) this.current = null;
    }
  }

  /** A document was closed: if a workspace check had listed it, check the saved file again. */
  async closed(uri: string): Promise<void> {
    if (!this.published.has(uri)) return;
    const file = uriToPath(uri);
    if (!file) return;
    const resolved = await this.config.resolve(uri);
    if (!resolved.enable) return;
    await this.checkFile({ file, uri, config: resolved.config, ...(resolved.sources ? { sources: resolved.sources } : {}) });
  }

  private async targets(): Promise<Target[]> {
    const targets: Target[] = [];
    for (const folder of this.config.workspaceFolders) {
      if (!folder.path) continue;
      const uri = pathToFileURL(path.join(folder.path, 'document.md')).href;
      const resolved = await this.config.resolve(uri);
      if (!resolved.enable) continue;
      // Untrusted, the folder's config file is not read: the walk uses the settings and defaults.
      const workspace = (await this.config.workspaceFor(uri)) ?? new Workspace({ configFile: null, config: resolved.config, root: folder.path });
      // The host layer's walk, as `whosaid check` walks a folder (the `sources` folders skipped).
      const { files } = await workspace.files([folder.path], { cwd: folder.path, ignore: [] });
      for (const f of files) {
        // A symbolic link that leads out of the folder is not the workspace's to check.
        if (!isReallyInside(f.absolute, folder.path)) continue;
        const fileUri = pathToFileURL(f.absolute).href;
        // Each file under its nearest config, as its editor tab would be (the folder's settings: one request, not one per file).
        const own = await this.config.resolve(fileUri, uri);
        targets.push({ file: f.absolute, uri: fileUri, config: own.config, ...(own.sources ? { sources: own.sources } : {}) });
      }
    }
    return targets;
  }

  /** Checks one file from disk and publishes its diagnostics: their number, or 'skipped'. */
  private async checkFile(target: Target): Promise<number | 'skipped'> {
    const clear = () => {
      if (this.published.delete(target.uri)) void this.connection.sendDiagnostics({ uri: target.uri, diagnostics: [] });
      return 'skipped' as const;
    };
    let bytes: Buffer;
    try {
      const stat = await fs.stat(target.file);
      // UTF-8 takes at most 3 bytes per UTF-16 code unit: larger files are over the limit unread.
      if (stat.size > this.maxLength * 3) return clear();
      bytes = await fs.readFile(target.file);
    } catch {
      return clear();
    }
    const text = decode(bytes);
    if (typeof text !== 'string' || tooLarge(text.length, this.maxLength)) return clear();
    let findings;
    try {
      findings = analyze(text, { format: formatFor(target.file), config: target.config, ...(target.sources ? { sources: target.sources } : {}) }).findings;
    } catch (error) {
      if (!(error instanceof UnanalyzableInput)) this.logError(`Checking ${target.file} failed: ${error instanceof Error ? error.message : String(error)}`);
      return clear();
    }
    const lines = new LineIndex(text);
    // No document version: the diagnostics are of the saved file, not of an editor buffer.
    const diagnostics = findings.map((f) => toDiagnostic(lines, target.uri, -1, f));
    if (diagnostics.length > 0 || this.published.has(target.uri)) {
      this.published.add(target.uri);
      void this.connection.sendDiagnostics({ uri: target.uri, diagnostics });
    }
    return diagnostics.length;
  }
}
