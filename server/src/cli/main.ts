// `whosaid`: parse arguments, then run a command and return the exit code.
//   check  load the config, find the files (narrowed by --changed-since and --shard), check them
//          (in workers with --jobs), print the results in a stable order in the chosen format;
//   merge  join the outputs of sharded checks into one;
//   init   write a starter .whosaidrc.json.
// Exit codes: 0 nothing reached --fail-on; 1 something did; 2 a usage or config error, or an
// input that could not be checked (each named on stderr).
// The analysis core is loaded lazily (see loadCheck in ./workers).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repository, version } from '../../../package.json';
import {
  CHECK_HELP,
  INIT_HELP,
  LEDGER_HELP,
  MAIN_HELP,
  MERGE_HELP,
  parseCommand,
  UsageError,
  type CheckOptions,
  type HelpTopic,
  type OutputOptions,
} from './args';
import type { CheckSettings } from './check';
import { loadConfig, type LoadedConfig } from '../host/config';
import { Workspace } from '../host/workspace';
import { ledger } from './ledger';
import { displayPath, formatFor, readErrorReason } from './paths';
import { Reporter, type Renderers, type Sink } from './report';
import { changedFiles, GitError, inShard, onlyChanged } from './select';
import { autoJobs, loadCheck, runChecks } from './workers';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  readStdin(): Promise<Uint8Array>;
  /** The script a worker thread starts: the CLI's entry (dist/cli.js in the bundle). */
  entry: string;
}

const HELP: Record<HelpTopic, string> = { main: MAIN_HELP, check: CHECK_HELP, merge: MERGE_HELP, init: INIT_HELP, ledger: LEDGER_HELP };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`whosaid: ${error.message}\n${error.hint}\n`);
    return 2;
  }
  switch (command.kind) {
    case 'help':
      io.stdout.write(HELP[command.topic]);
      return 0;
    case 'version':
      io.stdout.write(`${version}\n`);
      return 0;
    case 'check':
      return withOutput(command.options, io, (out, color) => check(command.options, io, out, color));
    case 'merge': {
      const { merge } = require('./merge') as typeof import('./merge');
      return withOutput(command.options, io, async (out, color) => merge(command.options, { cwd: io.cwd, out, stderr: io.stderr, color, renderers }));
    }
    case 'ledger':
      return ledger(command.options, io);
    case 'init': {
      const { init } = require('./init') as typeof import('./init');
      const { RULES } = require('../rules') as typeof import('../rules');
      const { code, message } = init(command.options, io.cwd, shippedSchema(io.entry), RULES);
      (code === 0 ? io.stdout : io.stderr).write(message);
      return code;
    }
  }
}

/** Runs `body` with the output going to stdout or to --output FILE (opened first: a bad path fails before any work). */
async function withOutput(options: OutputOptions, io: Io, body: (out: Sink, color: boolean) => Promise<number>): Promise<number> {
  if (options.output === undefined) {
    const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
    return body(io.stdout, options.format === 'text' && io.stdout.isTTY === true && !noColor);
  }
  const file = path.resolve(io.cwd, options.output);
  let fd: number;
  try {
    fd = fs.openSync(file, 'w');
  } catch (error) {
    io.stderr.write(`${displayPath(file, io.cwd)}: error: cannot write the output: ${readErrorReason(error)}\n`);
    return 2;
  }
  try {
    return await body({ write: (chunk: string) => fs.writeSync(fd, chunk) }, false);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The config's `sources` folders, read relative to the config file. A folder that cannot be read
 * is a config error (exit 2), like a mistyped setting: quotes must not pass unchecked silently.
 */
export function loadSources(
  loaded: LoadedConfig,
  io: Pick<Io, 'cwd' | 'stderr'>,
  workspace = new Workspace({ configFile: loaded.file, config: loaded.config, root: io.cwd }),
): CheckSettings['sources'] | null {
  const folders = loaded.config.sources;
  if (!folders || folders.length === 0) return undefined;
  const { documents, errors } = workspace.sources();
  if (errors.length === 0) return documents;
  const shown = loaded.file ? displayPath(loaded.file, io.cwd) : '<config>';
  for (const e of errors) io.stderr.write(`${shown}: error: sources: ${e}\n`);
  return null;
}

async function check(options: CheckOptions, io: Io, out: Sink, color: boolean): Promise<number> {
  const { cwd } = io;
  const loaded = loadConfig(options.config, cwd);
  if (!loaded.ok) {
    for (const m of loaded.messages) io.stderr.write(`${m}\n`);
    return 2;
  }
  const { config, file: configFile } = loaded.loaded;
  const workspace = new Workspace({ configFile, config, root: cwd });
  const sources = loadSources(loaded.loaded, io, workspace);
  if (sources === null) return 2;
  const settings: CheckSettings = {
    config,
    keepText: options.format === 'html',
    quiet: options.quiet,
    failOn: options.failOn,
    maxFileSize: options.maxFileSize,
    ...(sources ? { sources } : {}),
  };

  let changed: Set<string> | undefined;
  if (options.changedSince !== undefined) {
    try {
      changed = changedFiles(options.changedSince, cwd);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      io.stderr.write(`whosaid: --changed-since ${options.changedSince}: ${error.message}\n`);
      return 2;
    }
  }

  const report = new Reporter({ format: options.format, quiet: options.quiet, failOn: options.failOn, color }, out, io.stderr, renderers);
  if (options.stdin) {
    const name = options.stdinFilename;
    const display = name === undefined ? '<stdin>' : displayPath(path.resolve(cwd, name), cwd);
    const { checkBytes } = loadCheck();
    report.file(checkBytes(await io.readStdin(), display, formatFor(name ?? ''), settings));
  } else {
    const collected = await workspace.files(options.inputs.length > 0 ? options.inputs : ['.'], { cwd, ignore: options.ignore });
    let files = collected.files;
    if (changed) files = onlyChanged(files, changed);
    if (options.shard) files = inShard(files, options.shard);
    for (const e of collected.errors) report.skipped(e.path, e.message);
    const jobs = options.jobs === 0 ? autoJobs(inputBytes(files), os.availableParallelism()) : options.jobs;
    await runChecks(files, { ...settings }, jobs, io.entry, (result) => report.file(result));
  }
  return report.finish();
}

/** The size of the files to check, for --jobs auto (a file that cannot be read counts nothing: its error comes later). */
function inputBytes(files: readonly { absolute: string }[]): number {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f.absolute).size;
    } catch {
      // reported when the file is checked
    }
  }
  return bytes;
}

/** The SARIF and HTML renderers with the rules' metadata; loaded only when one is needed. */
function renderers(): Renderers {
  const { RULES, DIRECTIVE_RULE_INFO } = require('../engine') as typeof import('../engine');
  const { docsUrl } = require('../analysis/hover') as typeof import('../analysis/hover');
  const { buildSarif } = require('./output/sarif') as typeof import('./output/sarif');
  const { renderHtml } = require('./output/html') as typeof import('./output/html');
  const rules = [
    ...RULES.map((r) => ({
      id: r.id,
      description: r.description,
      defaultSeverity: r.defaultSeverity,
      ...(r.defaultEnabled === false ? { defaultEnabled: false } : {}),
      helpUri: docsUrl(r.id),
    })),
    { ...DIRECTIVE_RULE_INFO, helpUri: docsUrl(DIRECTIVE_RULE_INFO.id) },
  ];
  const tool = { name: 'WhoSaid', version, informationUri: repository.url.replace(/\.git$/, ''), rules };
  return {
    sarif: (files, errors) => JSON.stringify(buildSarif(files, errors, tool), null, 2) + '\n',
    html: (files, errors) => renderHtml(files, errors, { version, rules }),
  };
}

/** The config schema this CLI ships: schemas/ beside dist/ (or the repository root, from source). */
function shippedSchema(entry: string): string {
  for (let dir = path.dirname(entry), i = 0; i < 4; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'schemas', 'whosaidrc.schema.json');
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.join(path.dirname(entry), '..', 'schemas', 'whosaidrc.schema.json');
}
