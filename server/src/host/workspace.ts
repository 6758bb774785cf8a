// The host layer's one interface: a folder governed by one config, as the engine needs it. The CLI
// makes one from the config it loaded; the language server one per workspace folder's config file
// (and tells it when a watched file changed). Either way the same code finds the files to check,
// reads the sources, and hands `analyze` the same inputs, so the shells cannot disagree.
import * as path from 'node:path';
import type { ResolvedConfig } from '../analysis/config';
import type { QuoteSources } from '../analysis/quote-sources';
import { CONFIG_NAME } from './config';
import { collectFiles, type CollectOptions, type FileTarget, type InputError } from './files';
import { SourcesIndex, type SourcesState } from './sources';

export interface WorkspaceOptions {
  /** The config file, or null when the defaults apply. Its folder is the base of `ignore` and `sources`. */
  configFile: string | null;
  config: ResolvedConfig;
  /** The folder the defaults apply to when there is no config file (the CLI's current directory, the workspace folder). */
  root: string;
}

export class Workspace {
  readonly configFile: string | null;
  readonly config: ResolvedConfig;
  /** The config file's folder, or the root: `ignore` and `sources` are relative to it. */
  readonly configDir: string;
  readonly sourcesIndex: SourcesIndex;

  constructor(options: WorkspaceOptions) {
    this.configFile = options.configFile;
    this.config = options.config;
    this.configDir = options.configFile ? path.dirname(options.configFile) : options.root;
    this.sourcesIndex = new SourcesIndex(this.config.sources ?? [], this.configDir);
  }

  /** The sources of the config, read (once, and again after a change) and indexed. */
  sources(): SourcesState {
    return this.sourcesIndex.current();
  }

  /** What `analyze` needs besides the text: the config and the sources index. */
  inputs(): { config: ResolvedConfig; sources?: QuoteSources } {
    const { sources } = this.sources();
    return { config: this.config, ...(sources ? { sources } : {}) };
  }

  /** The files to check among `inputs` (files, folders, globs), walked asynchronously, `sources` folders skipped. */
  files(inputs: readonly string[], options: Pick<CollectOptions, 'cwd' | 'ignore'>): Promise<{ files: FileTarget[]; errors: InputError[] }> {
    return collectFiles(inputs, {
      cwd: options.cwd,
      ignore: options.ignore,
      extensions: this.config.extensions,
      configIgnore: this.config.ignore,
      configDir: this.configDir,
      skip: this.sourcesIndex.folders,
    });
  }

  /** A watched file changed: 'config' for the config file (make a new Workspace), 'sources' when the sources index will be read again, else null. */
  changed(file: string): 'config' | 'sources' | null {
    if (this.configFile ? path.resolve(file) === path.resolve(this.configFile) : path.basename(file) === CONFIG_NAME) return 'config';
    return this.sourcesIndex.changed(file) ? 'sources' : null;
  }
}
