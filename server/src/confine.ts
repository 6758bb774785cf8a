// The path policy for folders and files that a config names (the fact-check feature's `sources`
// folders, and anything like them later): they must lie inside the folder the config governs (the
// workspace folder, or the config file's folder for the CLI). `..`, absolute paths elsewhere and
// symbolic links that lead out are refused: a `.whosaidrc.json` from a cloned repository must not
// make WhoSaid read ~/.ssh or /etc. Symbolic links are resolved with realpath, so a link inside
// the folder that points outside is caught too. Node-only; the analysis core never reads files.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Whether `child` is `parent` or below it, lexically (both absolute; no symbolic links resolved). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

export type Confined = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Resolves `entry` (as written in a config: relative to `base`, or absolute) to the real path of
 * an existing file or folder inside `root`. Refused, with a reason for the user: a path that
 * leaves `root` as written (`../notes`, `/etc`), one whose real path (symbolic links followed)
 * leaves the real path of `root`, and one that does not exist.
 */
export function resolveInside(root: string, entry: string, base: string = root): Confined {
  const absolute = path.resolve(base, entry);
  if (!isInside(absolute, path.resolve(root))) return { ok: false, reason: `${entry} is outside ${root}: folders in the config must be inside it` };
  let real: string;
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
    real = fs.realpathSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? `${entry} does not exist` : `${entry} cannot be resolved (${code ?? String(error)})` };
  }
  if (!isInside(real, realRoot))
    return { ok: false, reason: `${entry} leads outside ${root} through a symbolic link (to ${real}): folders in the config must be inside it` };
  return { ok: true, path: real };
}

/** Whether the real path of `file` (links followed) lies inside the real path of `root`; false when either cannot be resolved. */
export function isReallyInside(file: string, root: string): boolean {
  try {
    return isInside(fs.realpathSync(file), fs.realpathSync(root));
  } catch {
    return false;
  }
}
