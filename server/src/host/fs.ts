// What every shell needs to know about files, in one place: which extensions are Markdown, how
// bytes become text, how a failed read is described and how a path is shown. Node-only; the
// analysis core never reads files.
import * as path from 'node:path';
import type { DocumentFormat } from '../analysis/types';

/** The extensions read as Markdown, by the CLI and the language server alike (lower case). */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn', '.mdx'];

/** Markdown for the extensions above; everything else (`.txt`, stdin, unknown) is plain text. */
export function formatFor(file: string): DocumentFormat {
  return MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase()) ? 'markdown' : 'text';
}

/**
 * Text from bytes: UTF-8, strictly. A leading BOM is dropped (offsets then count from the first
 * character after it, as in an editor). NUL bytes in the first 8 KB or invalid UTF-8 mean binary.
 */
export function decode(bytes: Uint8Array): string | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'UTF-16 text is not supported: save the file as UTF-8' };
  }
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) return { error: `binary file (a NUL byte at offset ${nul})` };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'not valid UTF-8 text (a binary file, or another encoding: save it as UTF-8)' };
  }
}

/** A path as the CLI prints it: relative to `cwd`, `/`-separated. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return relative.split(path.sep).join('/');
}

/** A short reason for a failed read, for `PATH: error: REASON` lines. */
export function readErrorReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return e.code ? `${e.code}: ${e.message}` : String(error);
  }
}
