// Small path helpers shared by the CLI's modules.
import * as path from 'node:path';
import type { DocumentFormat } from '../analysis/types';

/** A path as the CLI prints it: relative to `cwd`, `/`-separated. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return relative.split(path.sep).join('/');
}

/** `.md` and `.markdown` are Markdown; everything else (`.txt`, stdin, unknown) is plain text. */
export function formatFor(file: string): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
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
