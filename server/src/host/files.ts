// Which files to check, for the CLI and the language server's "Check workspace" alike. Each path is a file (always checked: you named it), a
// directory (walked for the config's extensions) or a glob (expanded with tinyglobby). Walks and
// glob matches skip node_modules and .git, files ignored by .gitignore (those of the directories
// from the repository root down, as git reads them; without a repository, from the current
// directory or the walked one down), and files matching `--ignore` (relative to the current
// directory) or the config's `ignore` (relative to the config file), gitignore-style patterns.
// Walks also skip the config's `sources` folders: transcripts and notes are not stories.
// The walk is asynchronous, so a language server keeps answering while it runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isInside } from '../confine';
import { displayPath, readErrorReason } from './fs';

export interface FileTarget {
  absolute: string;
  /** Relative to the current directory, `/`-separated: what the output shows. */
  display: string;
}

export interface InputError {
  path: string;
  message: string;
}

export interface CollectOptions {
  cwd: string;
  /** File extensions walked directories are searched for, e.g. `.md` (case-insensitive). */
  extensions: readonly string[];
  /** `--ignore` patterns, relative to `cwd`. */
  ignore: readonly string[];
  /** The config's `ignore` patterns, relative to `configDir`. */
  configIgnore: readonly string[];
  configDir: string;
  /** Folders a walk does not enter (absolute): the config's `sources` folders. A file named directly is still checked. */
  skip?: readonly string[];
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export async function collectFiles(inputs: readonly string[], options: CollectOptions): Promise<{ files: FileTarget[]; errors: InputError[] }> {
  const { cwd } = options;
  const rules = new IgnoreRules(options);
  const extensions = new Set(options.extensions.map((e) => e.toLowerCase()));
  const skip = new Set((options.skip ?? []).map((d) => path.resolve(d)));
  const skipped = (file: string) => [...skip].some((d) => isInside(file, d));
  const found = new Map<string, FileTarget>();
  const errors: InputError[] = [];
  const add = (absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, { absolute, display: displayPath(absolute, cwd) });
  };

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      // path.resolve drops a trailing slash, and with it the claim that the path is a directory.
      stat = await fs.promises.stat(/[\\/]$/.test(input) ? absolute + path.sep : absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(input)) {
        const { matches, ignored } = await expandGlob(input, cwd, rules);
        if (matches.length === 0)
          errors.push({ path: input, message: ignored > 0 ? 'all files matching this pattern are ignored' : 'no files match this pattern' });
        matches.filter((m) => !skipped(m)).forEach(add);
      } else {
        errors.push({ path: displayPath(absolute, cwd), message: readErrorReason(error) });
      }
      continue;
    }
    if (stat.isDirectory()) await walk(absolute, rules.topFor(absolute, absolute), extensions, rules, add, skip);
    else add(absolute);
  }

  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, errors };
}

async function expandGlob(pattern: string, cwd: string, rules: IgnoreRules): Promise<{ matches: string[]; ignored: number }> {
  const all = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] })).map((m) =>
    path.resolve(m),
  );
  const matches = all.filter((file) => !rules.isIgnored(file, false, rules.topFor(path.dirname(file), path.dirname(file))));
  return { matches, ignored: all.length - matches.length };
}

async function walk(
  dir: string,
  top: string,
  extensions: ReadonlySet<string>,
  rules: IgnoreRules,
  add: (file: string) => void,
  skip: ReadonlySet<string>,
): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable subdirectory is skipped, as git and ripgrep do
  }
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const absolute = path.join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Symbolic links to files are followed; to directories, not (no cycles to guard against).
      try {
        isFile = (await fs.promises.stat(absolute)).isFile();
      } catch {
        isFile = false;
      }
      isDirectory = false;
    }
    if (isDirectory) {
      if (!skip.has(absolute) && !rules.isIgnored(absolute, true, top)) await walk(absolute, top, extensions, rules, add, skip);
    } else if (isFile && extensions.has(path.extname(entry.name).toLowerCase())) {
      if (!rules.isIgnored(absolute, false, top)) add(absolute);
    }
  }
}

class IgnoreRules {
  private readonly gitignores = new Map<string, Ignore | null>();
  private readonly gitRoots = new Map<string, string | null>();
  private readonly cli: Ignore;
  private readonly config: Ignore;

  constructor(private readonly options: CollectOptions) {
    this.cli = ignore().add([...options.ignore]);
    this.config = ignore().add([...options.configIgnore]);
  }

  /**
   * The highest directory whose .gitignore applies to paths in `dir`: the repository root; outside
   * a repository, the current directory if `dir` is in it, else `fallback`.
   */
  topFor(dir: string, fallback: string): string {
    const root = this.gitRoot(dir);
    if (root !== null) return root;
    return isInside(dir, this.options.cwd) ? this.options.cwd : fallback;
  }

  isIgnored(absolute: string, isDirectory: boolean, top: string): boolean {
    const slash = isDirectory ? '/' : '';
    if (matches(this.cli, this.options.cwd, absolute, slash)) return true;
    if (matches(this.config, this.options.configDir, absolute, slash)) return true;
    let ignored = false;
    for (const dir of chain(top, path.dirname(absolute))) {
      const rules = this.gitignore(dir);
      if (!rules) continue;
      const result = rules.test(toPosix(path.relative(dir, absolute)) + slash);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private gitignore(dir: string): Ignore | null {
    let rules = this.gitignores.get(dir);
    if (rules === undefined) {
      try {
        rules = ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'));
      } catch {
        rules = null;
      }
      this.gitignores.set(dir, rules);
    }
    return rules;
  }

  private gitRoot(dir: string): string | null {
    let root = this.gitRoots.get(dir);
    if (root === undefined) {
      const parent = path.dirname(dir);
      root = fs.existsSync(path.join(dir, '.git')) ? dir : parent === dir ? null : this.gitRoot(parent);
      this.gitRoots.set(dir, root);
    }
    return root;
  }
}

function matches(rules: Ignore, base: string, absolute: string, slash: string): boolean {
  if (!isInside(absolute, base) || absolute === base) return false;
  return rules.ignores(toPosix(path.relative(base, absolute)) + slash);
}

/** `top`, then each directory below it down to `dir` (just `dir` when it is not inside `top`). */
function chain(top: string, dir: string): string[] {
  if (!isInside(dir, top)) return [dir];
  const out: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    out.push(current);
    if (current === top || path.dirname(current) === current) break;
  }
  return out.reverse();
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
