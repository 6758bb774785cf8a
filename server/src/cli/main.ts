// `whosaid`: parse arguments, load the config, find the files, check them (in workers with
// --jobs), print the results in a stable order, and return the exit code:
//   0  nothing reached --fail-on;  1  something did;
//   2  a usage or config error, or an input that could not be checked (each named on stderr).
// The analysis core is loaded lazily (see loadCheck in ./workers).
import * as os from 'node:os';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { CHECK_HELP, LEDGER_HELP, MAIN_HELP, parseCommand, UsageError, type CheckOptions } from './args';
import type { CheckSettings, FileResult } from './check';
import { loadConfig, type LoadedConfig } from './config';
import { ledger } from './ledger';
import { readSourceFolders } from './sources';
import { collectFiles } from './files';
import { jsonHead, jsonTail, type JsonError } from './output/json';
import { emptyCounts, formatSummary, type Totals } from './output/text';
import { displayPath, formatFor } from './paths';
import { loadCheck, runChecks } from './workers';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  readStdin(): Promise<Uint8Array>;
  /** The script a worker thread starts: the CLI's entry (dist/cli.js in the bundle). */
  entry: string;
}

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
      io.stdout.write(command.topic === 'check' ? CHECK_HELP : command.topic === 'ledger' ? LEDGER_HELP : MAIN_HELP);
      return 0;
    case 'version':
      io.stdout.write(`${version}\n`);
      return 0;
    case 'check':
      return check(command.options, io);
    case 'ledger':
      return ledger(command.options, io);
  }
}

/**
 * The config's `sources` folders, read relative to the config file. A folder that cannot be read
 * is a config error (exit 2), like a mistyped setting: quotes must not pass unchecked silently.
 */
export function loadSources(loaded: LoadedConfig, io: Pick<Io, 'cwd' | 'stderr'>): CheckSettings['sources'] | null {
  const folders = loaded.config.sources;
  if (!folders || folders.length === 0) return undefined;
  const base = loaded.file ? path.dirname(loaded.file) : io.cwd;
  const { documents, errors } = readSourceFolders(folders, base);
  if (errors.length === 0) return documents;
  const shown = loaded.file ? displayPath(loaded.file, io.cwd) : '<config>';
  for (const e of errors) io.stderr.write(`${shown}: error: sources: ${e}\n`);
  return null;
}

async function check(options: CheckOptions, io: Io): Promise<number> {
  const { cwd } = io;
  const loaded = loadConfig(options.config, cwd);
  if (!loaded.ok) {
    for (const m of loaded.messages) io.stderr.write(`${m}\n`);
    return 2;
  }
  const { config, file: configFile } = loaded.loaded;
  const sources = loadSources(loaded.loaded, io);
  if (sources === null) return 2;
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const settings: CheckSettings = {
    config,
    output: options.format,
    color: options.format === 'text' && io.stdout.isTTY === true && !noColor,
    quiet: options.quiet,
    failOn: options.failOn,
    maxFileSize: options.maxFileSize,
    ...(sources ? { sources } : {}),
  };

  const report = new Reporter(options, settings, io);
  if (options.stdin) {
    const name = options.stdinFilename;
    const display = name === undefined ? '<stdin>' : displayPath(path.resolve(cwd, name), cwd);
    const { checkBytes } = loadCheck();
    report.file(checkBytes(await io.readStdin(), display, formatFor(name ?? ''), settings));
  } else {
    const { files, errors } = collectFiles(options.inputs.length > 0 ? options.inputs : ['.'], {
      cwd,
      extensions: config.extensions,
      ignore: options.ignore,
      configIgnore: config.ignore,
      configDir: configFile ? path.dirname(configFile) : cwd,
    });
    for (const e of errors) report.skipped(e.path, e.message);
    const jobs = options.jobs === 0 ? os.availableParallelism() : options.jobs;
    await runChecks(files, settings, jobs, io.entry, (result) => report.file(result));
  }
  return report.finish();
}

/** Prints results as they arrive (already in order) and keeps the totals. */
class Reporter {
  private readonly totals: Totals = { counts: emptyCounts(), withFindings: 0, clean: 0, skipped: 0 };
  private readonly errors: JsonError[] = [];
  private failing = false;
  private printed = 0;

  constructor(
    private readonly options: CheckOptions,
    private readonly settings: CheckSettings,
    private readonly io: Io,
  ) {
    if (options.format === 'json') io.stdout.write(jsonHead());
  }

  /** An input that could not be checked at all. */
  skipped(display: string, message: string): void {
    this.totals.skipped++;
    this.error(display, message);
  }

  file(result: FileResult): void {
    if (!result.checked) {
      for (const e of result.errors) this.skipped(result.display, e);
      return;
    }
    for (const e of result.errors) this.error(result.display, e);
    const c = result.counts;
    for (const severity of ['error', 'warning', 'information', 'hint'] as const) this.totals.counts[severity] += c[severity];
    if (c.error + c.warning + c.information + c.hint > 0) this.totals.withFindings++;
    else this.totals.clean++;
    this.failing ||= result.failing;
    if (this.options.format === 'json') {
      this.io.stdout.write((this.printed++ > 0 ? ',' : '') + result.output);
    } else if (result.output !== '') {
      this.io.stdout.write((this.printed++ > 0 ? '\n' : '') + result.output + '\n');
    }
  }

  private error(display: string, message: string): void {
    this.errors.push({ path: display, message });
    this.io.stderr.write(`${display}: error: ${message}\n`);
  }

  finish(): number {
    if (this.options.format === 'json') this.io.stdout.write(jsonTail(this.errors));
    else if (!this.settings.quiet) this.io.stdout.write((this.printed > 0 ? '\n' : '') + formatSummary(this.totals) + '\n');
    return this.errors.length > 0 ? 2 : this.failing ? 1 : 0;
  }
}
