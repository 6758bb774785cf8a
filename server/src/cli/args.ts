// Command-line arguments: `util.parseArgs` in strict mode, then validation of each value.
// Anything wrong becomes a UsageError (exit 2) with one line saying what and one line of hint.
import { parseArgs } from 'node:util';
import type { Severity } from '../analysis/types';

export type OutputFormat = 'text' | 'json';
export type FailOn = Severity | 'never';

export interface CheckOptions {
  inputs: string[];
  stdin: boolean;
  stdinFilename: string | undefined;
  format: OutputFormat;
  config: string | undefined;
  failOn: FailOn;
  /** Worker threads; already resolved (0 → number of CPUs by the caller). */
  jobs: number;
  ignore: string[];
  quiet: boolean;
  maxFileSize: number;
}

export type LedgerFormat = 'csv' | 'json' | 'md';

export interface LedgerOptions {
  inputs: string[];
  format: LedgerFormat;
  config: string | undefined;
  ignore: string[];
}

export type Command =
  | { kind: 'help'; topic: 'main' | 'check' | 'ledger' }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
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
  ledger [paths...]  List every checkable claim (figures, dates, events, quotations) with its
                     line and attribution, and a blank "verified by" column: CSV, JSON or Markdown

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
  -f, --format text|json     Output format (default: text)
  -c, --config FILE          Config file (default: the nearest .whosaidrc.json from the
                             current directory upward)
      --fail-on LEVEL        Exit 1 when a finding is at least LEVEL: error, warning,
                             information, hint or never (default: warning)
  -j, --jobs N               Check files in N worker threads; 0 = one per CPU (default: 1)
      --ignore PATTERN       Skip files matching a gitignore-style pattern when walking
                             directories and expanding globs (repeatable)
  -q, --quiet                Print only findings at or above the --fail-on level
      --max-file-size SIZE   Skip larger files, e.g. 512KB, 20MB (default: 10MB)
      --stdin                Check text read from standard input
      --stdin-filename NAME  Name for stdin in the output; its extension picks the format
  -h, --help                 Show this help

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 a usage or config error, or a file
that could not be checked (missing, unreadable, binary, too large: each named on stderr).
Output formats, offsets and the JSON shape: docs/cli.md.
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
  if (first === 'ledger') return parseLedger(rest);
  if (first === 'help') return { kind: 'help', topic: rest[0] === 'check' ? 'check' : rest[0] === 'ledger' ? 'ledger' : 'main' };
  if (!first.startsWith('-')) throw new UsageError(`unknown command '${first}'`, "The commands are 'check' and 'ledger'; run 'whosaid --help' for usage.");
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
  const { values, positionals } = parse(argv, {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    'fail-on': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    ignore: { type: 'string', multiple: true },
    quiet: { type: 'boolean', short: 'q' },
    'max-file-size': { type: 'string' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
  }, checkHint);
  if (values.help) return { kind: 'help', topic: 'check' };

  const format = (values.format ?? 'text') as string;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`, checkHint);

  const failOn = (values['fail-on'] ?? 'warning') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not '${failOn}'`, checkHint);

  const jobsText = values.jobs ?? '1';
  if (!/^\d+$/.test(jobsText) || Number(jobsText) > 1024) throw new UsageError(`--jobs must be a whole number from 0 to 1024, not '${jobsText}'`, checkHint);

  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(values['max-file-size']);
  if (maxFileSize === undefined) throw new UsageError(`--max-file-size must be a size such as 500000, 512KB or 20MB, not '${values['max-file-size']}'`, checkHint);

  const stdin = values.stdin ?? false;
  if (stdin && positionals.length > 0) throw new UsageError('--stdin cannot be combined with paths', checkHint);
  if (!stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename needs --stdin', checkHint);

  return {
    kind: 'check',
    options: {
      inputs: positionals,
      stdin,
      stdinFilename: values['stdin-filename'],
      format,
      config: values.config,
      failOn,
      jobs: Number(jobsText),
      ignore: values.ignore ?? [],
      quiet: values.quiet ?? false,
      maxFileSize,
    },
  };
}

function parseLedger(argv: readonly string[]): Command {
  const hint = "Run 'whosaid ledger --help' for usage.";
  const { values, positionals } = parse(argv, {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    ignore: { type: 'string', multiple: true },
  }, hint);
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
