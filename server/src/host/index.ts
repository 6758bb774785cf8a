// The host layer: what turns a folder on disk into what the analysis core needs (the nearest
// config, the sources index, decoded text, the files to check). The CLI and the language server
// both use it, through `Workspace`; the core (../analysis) never reads a file.
export { decode, displayPath, formatFor, MARKDOWN_EXTENSIONS, readErrorReason } from './fs';
export { collectFiles, type CollectOptions, type FileTarget, type InputError } from './files';
export { CONFIG_NAME, findConfig, loadConfig, type ConfigResult, type LoadedConfig } from './config';
export { SourcesIndex, type SourcesState } from './sources';
export { SOURCE_EXTENSIONS } from './source-files';
export { Workspace, type WorkspaceOptions } from './workspace';
