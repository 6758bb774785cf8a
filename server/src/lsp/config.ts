// Where a document's config comes from: the nearest `.whosaidrc.json` from the document's folder up
// to the root of its workspace folder (the team's file, shared with CI; the one `whosaid check` run
// beside the document would use) over the editor's `whosaid.*` settings over the defaults. The file
// wins because CI reads only the file: what the editor shows must match what CI fails. Every config
// file is watched (`**/.whosaidrc.json`): one created, changed or deleted is read again.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseJsonc } from 'jsonc-parser';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { DEFAULT_CONFIG, mergeConfig, parseConfig, type ConfigError, type ResolvedConfig } from '../analysis/config';
import { LineIndex } from '../analysis/positions';
import type { QuoteSources } from '../analysis/quote-sources';
import { isInside } from '../confine';
import { Workspace } from '../host/workspace';
import { SOURCE } from './convert';
import { CONFIG_FILE } from './protocol';
import { DEFAULT_SETTINGS, fromSettings, settingsOverride, type EditorSettings } from './settings';

export interface Folder {
  uri: string;
  name: string;
  /** File-system path, or null for a folder that is not on disk. */
  path: string | null;
}

interface FileState {
  folder: Folder;
  path: string;
  /** The file's text as last read; null when there is no file. */
  text: string | null;
  /** What the file contributes to the config: only what it sets. */
  override: Partial<ResolvedConfig>;
  errors: ConfigError[];
  /** The folder as the host layer sees it: the file's config, its sources index, its files. */
  workspace: Workspace;
  /** The sources problems last logged, so that each is logged once. */
  loggedSourceErrors: string;
}

export interface ResolvedDocumentConfig {
  enable: boolean;
  config: ResolvedConfig;
  /** Bumped on every change of any file or setting: analyses made under an older one are stale. */
  generation: number;
  /** The config's `sources` documents, indexed (quote-not-in-sources), when it names any. */
  sources?: QuoteSources;
}

export interface ConfigHost {
  /** Fetches `whosaid` settings for a resource (workspace/configuration), or null when the client cannot. */
  fetchSettings: ((scopeUri: string) => Promise<unknown>) | null;
  showError(message: string): void;
  /** A problem worth a line in the log (an unreadable file, a malformed setting). */
  log(message: string): void;
  /** Routine news (which config file is in use). */
  info(message: string): void;
  /** False in an untrusted workspace: workspace files are not read. */
  trusted: boolean;
}

export class ConfigStore {
  private folders: Folder[] = [];
  /** By config file path: every `.whosaidrc.json` looked for so far, present or not (text null). */
  private readonly files = new Map<string, FileState>();
  private readonly settings = new Map<string, Promise<EditorSettings>>();
  private pushedSettings: EditorSettings = DEFAULT_SETTINGS;
  private generationCounter = 0;
  private loading: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ConfigHost) {}

  get generation(): number {
    return this.generationCounter;
  }

  get workspaceFolders(): readonly Folder[] {
    return this.folders;
  }

  /** Sets the workspace folders and reads each one's config file. */
  async setFolders(folders: readonly Folder[]): Promise<void> {
    this.folders = [...folders];
    for (const [key, state] of [...this.files]) if (!folders.some((f) => f.uri === state.folder.uri)) this.files.delete(key);
    this.generationCounter++;
    this.loading = Promise.all(this.folders.map((f) => (f.path ? this.load(f, path.join(f.path, CONFIG_FILE)) : false)));
    await this.loading;
  }

  /** Re-reads the config files (all those looked for, or the one at `uri`, wherever it is in a folder). True when any of them changed. */
  async reload(uri?: string): Promise<boolean> {
    const target = uri ? uriToPath(uri) : null;
    if (!target) {
      const changed = await Promise.all([...this.files.values()].map((s) => this.load(s.folder, s.path)));
      return changed.some(Boolean);
    }
    const folder = this.folderOf(target);
    return folder ? this.load(folder, path.resolve(target)) : false;
  }

  /** Editor settings changed: `pushed` is the `settings` of didChangeConfiguration, used when the client cannot be asked. */
  settingsChanged(pushed: unknown): void {
    this.settings.clear();
    if (!this.host.fetchSettings) {
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>).whosaid : undefined;
      this.pushedSettings = fromSettings(section, (m) => this.host.log(m));
    }
    this.generationCounter++;
  }

  forget(uri: string): void {
    this.settings.delete(uri);
  }

  /**
   * A watched file changed, was created or deleted: if it is one of a config's source documents,
   * that sources index is read again on next use. True when it was (analyses are then stale).
   */
  sourceChanged(uri: string): boolean {
    const file = uriToPath(uri);
    if (!file) return false;
    let changed = false;
    for (const state of this.files.values()) if (state.workspace.changed(file) === 'sources') changed = true;
    if (changed) this.generationCounter++;
    return changed;
  }

  /** The host layer's view of the folder a document's config governs (its config file, sources and files), if any. */
  async workspaceFor(uri: string): Promise<Workspace | undefined> {
    await this.loading;
    return (await this.fileFor(uri))?.workspace;
  }

  isConfigFile(uri: string): boolean {
    return uri.endsWith('/' + CONFIG_FILE) || uri === CONFIG_FILE;
  }

  /** The config of the document at `uri`; the editor settings of `settingsScope` (default: the document's own). */
  async resolve(uri: string, settingsScope = uri): Promise<ResolvedDocumentConfig> {
    await this.loading;
    const generation = this.generationCounter;
    const settings = await this.settingsFor(settingsScope);
    const file = await this.fileFor(uri);
    let config = mergeConfig(DEFAULT_CONFIG, settingsOverride(settings));
    if (file) config = mergeConfig(config, file.override);
    const sources = file ? this.sourcesOf(file) : undefined;
    return { enable: settings.enable, config, generation, ...(sources ? { sources } : {}) };
  }

  /** The file's sources index, as the CLI reads it; problems (a missing folder, an unreadable file) are logged once. */
  private sourcesOf(state: FileState): QuoteSources | undefined {
    if (!state.override.sources) return undefined;
    const { sources, errors } = state.workspace.sources();
    const logged = errors.join('\n');
    if (logged !== state.loggedSourceErrors) {
      state.loggedSourceErrors = logged;
      for (const e of errors) this.host.log(`${state.path}: sources: ${e}`);
    }
    return sources;
  }

  /** Diagnostics for the text of an open config file. */
  diagnosticsFor(text: string): Diagnostic[] {
    const lines = new LineIndex(text);
    return parseConfig(text).errors.map((e) => {
      const start = lines.offsetAt({ line: e.line - 1, character: e.column - 1 });
      const token = /^"(?:[^"\\\r\n]|\\.)*"|^[^\s,:{}[\]]+/.exec(text.slice(start));
      const end = start + Math.max(1, token ? token[0].length : 1);
      return {
        range: { start: lines.positionAt(start), end: lines.positionAt(Math.min(end, text.length)) },
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        message: `${e.message}. WhoSaid uses the default rules until this is fixed.`,
        ...(e.key ? { code: e.key } : {}),
      };
    });
  }

  private async settingsFor(uri: string): Promise<EditorSettings> {
    const fetch = this.host.fetchSettings;
    if (!fetch) return this.pushedSettings;
    let pending = this.settings.get(uri);
    if (!pending) {
      pending = fetch(uri).then(
        (raw) => fromSettings(raw, (m) => this.host.log(m)),
        (error: unknown) => {
          this.host.log(`Could not read the whosaid settings for ${uri}: ${error instanceof Error ? error.message : String(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      this.settings.set(uri, pending);
    }
    return pending;
  }

  /** The workspace folder (with a path) that holds `file`, the innermost if folders nest. */
  private folderOf(file: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.folders) {
      if (folder.path && isInside(file, folder.path) && (!best || folder.path.length > best.path!.length)) best = folder;
    }
    return best;
  }

  /**
   * The nearest config file of a document, from its folder up to its workspace folder's root (each
   * looked for once, then known from the watcher's news); the root's state when none is there.
   */
  private async fileFor(uri: string): Promise<FileState | undefined> {
    const docPath = uriToPath(uri);
    const folder = docPath ? this.folderOf(docPath) : undefined;
    if (!docPath || !folder) {
      // An untitled draft belongs to the workspace it is written in: the first folder's file applies.
      const first = this.folders[0];
      return !uri.startsWith('file:') && first?.path ? this.files.get(path.join(first.path, CONFIG_FILE)) : undefined;
    }
    const root = path.join(folder.path!, CONFIG_FILE);
    if (!this.host.trusted) return this.files.get(root);
    for (let dir = path.dirname(docPath); isInside(dir, folder.path!); dir = path.dirname(dir)) {
      const file = path.join(dir, CONFIG_FILE);
      if (!this.files.has(file)) await this.load(folder, file, true);
      const state = this.files.get(file);
      if (state && state.text !== null) return state;
      if (samePath(dir, folder.path!) || path.dirname(dir) === dir) break;
    }
    return this.files.get(root);
  }

  /** Reads a config file; `found` when it is read for the first time on the way up from a document (nothing analysed under it yet). */
  private async load(folder: Folder, file: string, found = false): Promise<boolean> {
    if (!folder.path || !this.host.trusted) return false;
    let text: string | null;
    try {
      text = await fs.readFile(file, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.host.log(`Could not read ${file}: ${(error as Error).message}`);
      text = null;
    }
    const previous = this.files.get(file);
    if (previous && previous.text === text) return false;
    let parsed: ResolvedConfig = DEFAULT_CONFIG;
    const state: FileState = {
      folder,
      path: file,
      text,
      override: {},
      errors: [],
      workspace: new Workspace({ configFile: null, config: DEFAULT_CONFIG, root: folder.path }),
      loggedSourceErrors: '',
    };
    if (text !== null) {
      const { config, errors } = parseConfig(text);
      state.errors = errors;
      state.override = errors.length > 0 ? {} : fileOverride(text, config);
      if (errors.length === 0) parsed = config;
      state.workspace = new Workspace({ configFile: file, config: parsed, root: folder.path });
    }
    this.files.set(file, state);
    if (!found) this.generationCounter++;
    this.report(state);
    return true;
  }

  private report(state: FileState): void {
    const first = [...state.errors].sort((a, b) => a.line - b.line || a.column - b.column)[0];
    if (!first) {
      if (state.text !== null) this.host.info(`Using ${state.path}.`);
      return;
    }
    const inFolder = path.relative(state.folder.path!, state.path).split(path.sep).join('/');
    const label = this.folders.length > 1 ? `${state.folder.name}/${inFolder}` : inFolder;
    const key = first.key && !first.message.includes(first.key.split('.').pop()!) ? ` (at "${first.key}")` : '';
    const more = state.errors.length > 1 ? ` (${state.errors.length - 1} more problem${state.errors.length > 2 ? 's' : ''} in the file)` : '';
    const message = `${label}:${first.line}:${first.column}: ${first.message}${key} — using the default rules until it is fixed${more}.`;
    // `load` reports only when the file's text changed, so one broken version gives one message.
    for (const e of state.errors) this.host.log(`${state.path}:${e.line}:${e.column}: ${e.message}`);
    this.host.showError(message);
  }
}

/** Only what the file sets: `parseConfig` fills the rest with defaults that must not hide the editor settings. */
function fileOverride(text: string, config: ResolvedConfig): Partial<ResolvedConfig> {
  const raw = parseJsonc(text, [], { allowTrailingComma: true }) as Record<string, unknown>;
  const override: Partial<ResolvedConfig> = { rules: config.rules, vaguePhrases: config.vaguePhrases };
  if ('attributionVerb' in raw) override.attributionVerb = config.attributionVerb;
  if ('extensions' in raw) override.extensions = config.extensions;
  if ('ignore' in raw) override.ignore = config.ignore;
  if ('sources' in raw && config.sources) override.sources = config.sources;
  return override;
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
