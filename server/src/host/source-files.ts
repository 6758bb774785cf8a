// Reading the story's sources from disk: the config's `sources` folders (relative to the config
// file), walked for transcripts and subtitles (.vtt, .srt), notes and press releases (.txt, .md).
// The analysis core never reads files; this turns the folders into plain SourceDocuments (which
// worker threads can receive as they are) and the core indexes them. Node-only, no editor code:
// the language server can call it too.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceDocument } from '../analysis/quote-sources';
import { transcriptSource } from '../analysis/transcripts';
import { resolveInside } from '../confine';
import { readErrorReason } from './fs';

export const SOURCE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.vtt', '.srt', '.docx'];
const SKIPPED = new Set(['node_modules', '.git']);
/** Sources larger than this are skipped: a transcript is text, not a recording. */
export const MAX_SOURCE_SIZE = 20 * 1024 * 1024;

/**
 * What a config's `sources` may name: the config file's git work tree (the nearest folder above
 * it holding `.git`), or the config file's folder when it is in none. A `.whosaidrc.json` that
 * came with a cloned repository cannot make WhoSaid read outside that repository.
 */
export function sourcesRoot(configDir: string): string {
  for (let dir = path.resolve(configDir); ;) {
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
      let raw = path.extname(absolute).toLowerCase() === '.docx' ? docxText(absolute) : fs.readFileSync(absolute, 'utf8');
      if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
      const { text, turns } = transcriptSource(absolute, raw);
      documents.push({ path: shown, text, ...(turns.length > 0 ? { turns } : {}) });
    } catch (error) {
      errors.push(`${shown}: cannot read source: ${error instanceof UnreadableDocx ? error.message : readErrorReason(error)}`);
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

class UnreadableDocx extends Error {}

/**
 * The text of a Word document, by dist/docx.js (mammoth, bundled on its own) in a child process:
 * the reader is loaded only when a sources folder holds a .docx, and the sources are read
 * synchronously like every other file. Line numbers in messages are the text's paragraphs.
 */
function docxText(file: string): string {
  const reader = [path.join(__dirname, 'docx.js'), path.resolve(__dirname, '..', '..', '..', 'dist', 'docx.js')].find((p) => fs.existsSync(p));
  if (!reader) throw new UnreadableDocx('the .docx reader (dist/docx.js) is missing: run npm run build');
  try {
    // In VS Code the server runs on Electron's binary: ELECTRON_RUN_AS_NODE makes it Node.
    return execFileSync(process.execPath, [reader, file], {
      encoding: 'utf8',
      maxBuffer: MAX_SOURCE_SIZE * 2,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new UnreadableDocx(`not a readable Word document${stderr ? ` (${stderr.split('\n')[0]})` : ''}`);
  }
}
