// Finding and loading `.whosaidrc.json`: `--config FILE`, else the nearest one from the current
// directory upward. For the CLI any error is fatal (exit 2): a CI job must not run with defaults it
// was not asked for.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig, type ResolvedConfig } from '../analysis/config';
import { displayPath, readErrorReason } from './fs';

export const CONFIG_NAME = '.whosaidrc.json';

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Absolute path of the file, or null when the defaults apply. Config `ignore` globs are relative to its folder. */
  file: string | null;
}

export type ConfigResult = { ok: true; loaded: LoadedConfig } | { ok: false; messages: string[] };

export function loadConfig(explicit: string | undefined, cwd: string): ConfigResult {
  const file = explicit !== undefined ? path.resolve(cwd, explicit) : findConfig(cwd);
  if (file === null) return { ok: true, loaded: { config: DEFAULT_CONFIG, file: null } };
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, messages: [`${shown}: error: cannot read config: ${readErrorReason(error)}`] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const { config, errors } = parseConfig(text);
  if (errors.length > 0) {
    const located = [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, messages: located.map((e) => `${shown}:${e.line}:${e.column}: error: ${e.message}${e.key ? ` (key ${e.key})` : ''}`) };
  }
  return { ok: true, loaded: { config, file } };
}

/** The nearest `.whosaidrc.json` in `dir` or an ancestor, up to the filesystem root. */
export function findConfig(dir: string): string | null {
  for (let current = path.resolve(dir); ;) {
    const candidate = path.join(current, CONFIG_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
