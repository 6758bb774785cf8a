// Command-line arguments: `util.parseArgs` in strict mode, then validation of each value.
// Anything wrong becomes a UsageError (exit 2) with one line saying what and one line of hint.
import { parseArgs } from 'node:util';
import type { Severity } from '../analysis/types';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type FailOn = Severity | 'never';

/** Options that decide what is printed and the exit code; `check` and `merge` share them. */
export interface OutputOptions {
  format: OutputFormat;
  /** Write the output to this file instead of stdout. */
  output: string | undefined;
  failOn: FailOn;
  quiet: boolean;
}

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

export interface CheckOptions extends OutputOptions {
  inputs: string[];
  stdin: boolean;
  stdinFilename: string | undefined;
  config: string | undefined;
  /** Worker threads; already resolved (0 → number of CPUs by the caller). */
  jobs: number;
  ignore: string[];
  maxFileSize: number;
  shard: Shard | undefined;
  changedSince: string | undefined;
}

export type LedgerFormat = 'csv' | 'json' | 'md';

export interface LedgerOptions {
  inputs: string[];
  format: LedgerFormat;
  config: string | undefined;
  ignore: string[];
}

export interface MergeOptions extends OutputOptions {
  inputs: string[];
}

export interface InitOptions {
  force: boolean;
}

export type HelpTopic = 'main' | 'check' | 'merge' | 'init' | 'ledger';

export type Command =
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'merge'; options: MergeOptions }
  | { kind: 'init'; options: InitOptions }
  | { kind: 'ledger'; options: LedgerOptions };

export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string = "Run 'whosaid --help' for usage.",
  ) {
    super(message);
  }
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'hint', 'never'];

export const MAIN_HELP = `Usage: whosaid <command> [options]

WhoSaid flags weak attribution in news drafts: vague and anonymous sources, agentless
attribution, hedges, unattributed quotes and claims, loaded verbs and editorialising.

Commands:
  check [paths...]   Check files, directories and globs (default: the current directory)
  merge FILES...     Merge the JSON (or SARIF) outputs of sharded checks into one output
  init               Write a commented starter .whosaidrc.json in the current directory
  ledger [paths...]  List every checkable claim (figures, dates, events, quotations) with its
                     line and attribution, and a blank "verified by" column: CSV, JSON or Markdown
  language-server    Run the language server (--stdio, --node-ipc or --socket=PORT): the same
                     program as whosaid-language-server

Options:
  -h, --help         Show help (also: whosaid check --help)
  -v, --version      Show the version

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage, config or file errors.
`;

export const CHECK_HELP = `Usage: whosaid check [options] [files|dirs|globs...]
       whosaid check --stdin [--stdin-filename NAME] [options]

Checks .txt files as plain text and .md/.markdown files as Markdown. Directories are walked
for the config's "extensions" (default .md, .markdown, .txt), honouring .gitignore files and
skipping node_modules and .git. Quote globs so that whosaid expands them, not the shell:
  whosaid check 'drafts/**/*.md'
With no paths, the current directory is checked.

Options:
  -f, --format FORMAT        Output format: text, json, sarif (SARIF 2.1.0), github (GitHub
                             Actions annotations) or html (a sourcing report) (default: text)
  -o, --output FILE          Write the output to FILE instead of standard output
  -c, --config FILE          Config file (default: the nearest .whosaidrc.json from the
                             current directory upward)
      --fail-on LEVEL        Exit 1 when a finding is at least LEVEL: error, warning,
                             information, hint or never (default: warning)
  -j, --jobs N               Check files in N threads; auto (or 0) = by input size, one
                             thread per MB, at most one per CPU (default: 1)
      --ignore PATTERN       Skip files matching a gitignore-style pattern when walking
                             directories and expanding globs (repeatable)
  -q, --quiet                Print only findings at or above the --fail-on level
      --max-file-size SIZE   Skip larger files, e.g. 512KB, 20MB (default: 10MB)
      --shard I/N            Check only shard I of N (1-based): a stable share of the files,
                             chosen by a hash of each path; merge the N outputs with
                             'whosaid merge'
      --changed-since REF    Check only files changed since the git ref REF (committed, staged,
                             unstaged or untracked; deleted files are left out)
      --stdin                Check text read from standard input
      --stdin-filename NAME  Name for stdin in the output; its extension picks the format
  -h, --help                 Show this help

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 a usage or config error, or a file
that could not be checked (missing, unreadable, binary, too large: each named on stderr).
Output formats, offsets and the JSON shape: docs/cli.md; CI recipes: docs/ci.md.
`;

export const MERGE_HELP = `Usage: whosaid merge FILES... [options]

Merges the outputs of 'whosaid check --shard I/N --format json' (or --format sarif) into one
output, ordered as one unsharded run would print it. JSON inputs can become any format (html
reads the checked files again, relative to the current directory); SARIF inputs become one SARIF
run. Duplicate errors (an input missing in every shard) are reported once.

Options:
  -f, --format FORMAT        text, json, sarif, github or html (default: json)
  -o, --output FILE          Write the output to FILE instead of standard output
      --fail-on LEVEL        Exit 1 when a merged finding is at least LEVEL (default: warning)
  -q, --quiet                Print only findings at or above the --fail-on level
  -h, --help                 Show this help

Exit codes: as for check; 2 also when an input cannot be read or is not a whosaid output.
`;

export const INIT_HELP = `Usage: whosaid init [--force]

Writes a commented starter .whosaidrc.json in the current directory: every rule with its default
severity and the house-style settings with their defaults. "$schema" points at the schema of
the whosaid installed in this project (node_modules here or above); with a global install there
is none, and the VS Code extension validates the file by its name.
An existing file is left alone unless --force is given.
`;

export const LEDGER_HELP = `Usage: whosaid ledger [options] [files|dirs|globs...]

Lists every checkable claim of each story — figures, dates, named events and direct quotations —
with its line, its sentence, who it is attributed to (or "unattributed"), and a blank
"verified by" column: the sheet a copy desk fills in. Files are found as by 'whosaid check'.

Options:
  -f, --format csv|json|md   Output format (default: csv)
  -c, --config FILE          Config file (default: the nearest .whosaidrc.json upward)
      --ignore PATTERN       Skip files matching a gitignore-style pattern (repeatable)
  -h, --help                 Show this help

Exit codes: 0 the ledger was written, 2 a usage or config error, or a file that could not be read.
`;

export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === 'check') return parseCheck(rest);
  if (first === 'merge') return parseMerge(rest);
  if (first === 'init') return parseInit(rest);
  if (first === 'ledger') return parseLedger(rest);
  if (first === 'help') {
    const topic = rest[0];
    return { kind: 'help', topic: topic === 'check' || topic === 'merge' || topic === 'init' || topic === 'ledger' ? topic : 'main' };
  }
  if (!first.startsWith('-'))
    throw new UsageError(`unknown command '${first}'`, "The commands are check, merge, init and ledger; run 'whosaid --help' for usage.");
  const { values, positionals } = parse(argv, {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if (values.help) return { kind: 'help', topic: 'main' };
  if (values.version) return { kind: 'version' };
  throw new UsageError(`unexpected argument '${positionals[0] ?? first}'`);
}

function parseCheck(argv: readonly string[]): Command {
  const checkHint = "Run 'whosaid check --help' for usage.";
  const { values, positionals } = parse(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      'fail-on': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      ignore: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
      'max-file-size': { type: 'string' },
      shard: { type: 'string' },
      'changed-since': { type: 'string' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
    },
    checkHint,
  );
  if (values.help) return { kind: 'help', topic: 'check' };

  const output = outputOptions(values, 'text', checkHint);

  const jobsText = values.jobs === 'auto' ? '0' : (values.jobs ?? '1');
  if (!/^\d+$/.test(jobsText) || Number(jobsText) > 1024)
    throw new UsageError(`--jobs must be a whole number from 0 to 1024, or auto, not '${values.jobs}'`, checkHint);

  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(values['max-file-size']);
  if (maxFileSize === undefined)
    throw new UsageError(`--max-file-size must be a size such as 500000, 512KB or 20MB, not '${values['max-file-size']}'`, checkHint);

  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = Number(m?.[1]);
    const total = Number(m?.[2]);
    if (!m || total < 1 || total > 1000 || index < 1 || index > total) {
      throw new UsageError(`--shard must be I/N with 1 <= I <= N <= 1000, e.g. 2/4, not '${values.shard}'`, checkHint);
    }
    shard = { index, total };
  }
  const changedSince = values['changed-since'];
  if (changedSince !== undefined && (changedSince === '' || changedSince.startsWith('-'))) {
    throw new UsageError(`--changed-since needs a git ref such as origin/main, not '${changedSince}'`, checkHint);
  }

  const stdin = values.stdin ?? false;
  if (stdin && positionals.length > 0) throw new UsageError('--stdin cannot be combined with paths', checkHint);
  if (stdin && shard) throw new UsageError('--stdin cannot be combined with --shard', checkHint);
  if (stdin && changedSince !== undefined) throw new UsageError('--stdin cannot be combined with --changed-since', checkHint);
  if (!stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename needs --stdin', checkHint);

  return {
    kind: 'check',
    options: {
      inputs: positionals,
      stdin,
      stdinFilename: values['stdin-filename'],
      ...output,
      config: values.config,
      jobs: Number(jobsText),
      ignore: values.ignore ?? [],
      maxFileSize,
      shard,
      changedSince,
    },
  };
}

function parseMerge(argv: readonly string[]): Command {
  const hint = "Run 'whosaid merge --help' for usage.";
  const { values, positionals } = parse(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
    hint,
  );
  if (values.help) return { kind: 'help', topic: 'merge' };
  const output = outputOptions(values, 'json', hint);
  if (positionals.length === 0) throw new UsageError('merge needs the files to merge: whosaid merge shard-1.json shard-2.json …', hint);
  return { kind: 'merge', options: { inputs: positionals, ...output } };
}

function parseInit(argv: readonly string[]): Command {
  const hint = "Run 'whosaid init --help' for usage.";
  const { values, positionals } = parse(argv, { help: { type: 'boolean', short: 'h' }, force: { type: 'boolean' } }, hint);
  if (values.help) return { kind: 'help', topic: 'init' };
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`, hint);
  return { kind: 'init', options: { force: values.force ?? false } };
}

function outputOptions(
  values: { format?: string; output?: string; 'fail-on'?: string; quiet?: boolean },
  defaultFormat: OutputFormat,
  hint: string,
): OutputOptions {
  const format = (values.format ?? defaultFormat) as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not '${format}'`, hint);
  const failOn = (values['fail-on'] ?? 'warning') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not '${failOn}'`, hint);
  if (values.output === '') throw new UsageError('--output needs a file name', hint);
  return { format, output: values.output, failOn, quiet: values.quiet ?? false };
}

function parseLedger(argv: readonly string[]): Command {
  const hint = "Run 'whosaid ledger --help' for usage.";
  const { values, positionals } = parse(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      ignore: { type: 'string', multiple: true },
    },
    hint,
  );
  if (values.help) return { kind: 'help', topic: 'ledger' };
  const format = (values.format ?? 'csv') as string;
  if (format !== 'csv' && format !== 'json' && format !== 'md') throw new UsageError(`--format must be csv, json or md, not '${format}'`, hint);
  return { kind: 'ledger', options: { inputs: positionals, format, config: values.config, ignore: values.ignore ?? [] } };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function parse<T extends OptionSpec>(args: readonly string[], options: T, hint?: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const usage = toUsageError(error);
    throw hint ? new UsageError(usage.message, hint) : usage;
  }
}

// parseArgs's own messages are long and mention `--` tricks; say the essential part.
function toUsageError(error: unknown): UsageError {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  // "Unknown option '--foo'…", "Option '-f, --format <value>' argument missing"
  const option = /'(?:-\w, )?(--?[^' ,]+)/.exec(message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option '${option}'`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(/argument missing/.test(message) ? `option '${option}' needs a value` : `option '${option}' takes no value`);
    default:
      return new UsageError(message);
  }
}

/** "500000", "512KB", "512k", "20MB", "1.5m", "1GB" → bytes (binary units); undefined if malformed. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const scale = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit as 'b' | 'k' | 'm' | 'g'];
  const bytes = Math.floor(Number(m[1]) * scale);
  return bytes > 0 ? bytes : undefined;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
