// Reading the story's sources from disk: the config's `sources` folders (relative to the config
// file), walked for transcripts and subtitles (.vtt, .srt), notes and press releases (.txt, .md).
// The analysis core never reads files; this turns the folders into plain SourceDocuments (which
// worker threads can receive as they are) and the core indexes them. Node-only, no editor code:
// the language server can call it too.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceDocument } from '../analysis/quote-sources';
import { transcriptText } from '../analysis/transcripts';
import { resolveInside } from '../confine';
import { readErrorReason } from './fs';

export const SOURCE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.vtt', '.srt'];
const SKIPPED = new Set(['node_modules', '.git']);
/** Sources larger than this are skipped: a transcript is text, not a recording. */
export const MAX_SOURCE_SIZE = 20 * 1024 * 1024;

/**
 * What a config's `sources` may name: the config file's git work tree (the nearest folder above
 * it holding `.git`), or the config file's folder when it is in none. A `.whosaidrc.json` that
 * came with a cloned repository cannot make WhoSaid read outside that repository.
 */
export function sourcesRoot(configDir: string): string {
  for (let dir = path.resolve(configDir); ; ) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(configDir);
    dir = parent;
  }
}

export interface SourceReadResult {
  documents: SourceDocument[];
  /** Problems, each `PATH: REASON`, with PATH as given in the config. */
  errors: string[];
}

/**
 * The documents in `folders` (each relative to `baseDir`, usually the config file's folder),
 * walked recursively in sorted order; a folder may also name a single file. Document paths are
 * relative to `baseDir`, `/`-separated. Each folder must resolve inside `root` (../confine.ts).
 */
export function readSourceFolders(folders: readonly string[], baseDir: string, root: string = baseDir): SourceReadResult {
  const documents: SourceDocument[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const addFile = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const shown = path.relative(baseDir, absolute).split(path.sep).join('/') || path.basename(absolute);
    try {
      const stat = fs.statSync(absolute);
      if (stat.size > MAX_SOURCE_SIZE) {
        errors.push(`${shown}: source file is larger than ${MAX_SOURCE_SIZE / 1024 / 1024} MB; skipped`);
        return;
      }
      let raw = fs.readFileSync(absolute, 'utf8');
      if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
      documents.push({ path: shown, text: transcriptText(absolute, raw) });
    } catch (error) {
      errors.push(`${shown}: cannot read source: ${readErrorReason(error)}`);
    }
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      errors.push(`${path.relative(baseDir, dir) || dir}: cannot read sources folder: ${readErrorReason(error)}`);
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || SKIPPED.has(e.name)) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && SOURCE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) addFile(full);
    }
  };
  for (const folder of folders) {
    const absolute = path.resolve(baseDir, folder);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      errors.push(`${folder}: sources folder not found (${readErrorReason(error)})`);
      continue;
    }
    // The path policy (../confine.ts): a config cannot make WhoSaid read outside its own folder,
    // through `..`, an absolute path or a symbolic link. (Links inside a folder are not followed.)
    const inside = resolveInside(root, folder, baseDir);
    if (!inside.ok) {
      errors.push(`${folder}: ${inside.reason}`);
      continue;
    }
    if (stat.isDirectory()) walk(inside.path);
    else addFile(inside.path);
  }
  return { documents, errors };
}
