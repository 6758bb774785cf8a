// Shared by the CLI tests: run the CLI as a user would, and build throwaway folders. Nothing here
// reads ../shared. `whosaid` runs the CLI's `main(argv, io)` in this process (the same code the
// binary runs, without a process start per case, which was most of the suite's time);
// `whosaidProcess` runs the bundled binary (dist/cli.js, which `npm test` builds first), for the
// cases where the process is the point (exit status, stdin, signals, worker threads).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';

export const ROOT = path.join(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
}

/** Runs `whosaid ARGS` in this process, through the CLI's `main`, with its output captured. */
export async function whosaid(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  let status: number;
  try {
    status = await main(args, {
      cwd: options.cwd ?? FIXTURES,
      env,
      stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      readStdin: async () => (typeof input === 'string' ? Buffer.from(input, 'utf8') : input),
      // Worker threads (--jobs) start the bundled CLI, as the binary's do.
      entry: CLI,
    });
  } catch (error) {
    // What the binary's entry prints for an error `main` did not handle.
    stderr += `whosaid: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
    status = 2;
  }
  return { status, stdout, stderr };
}

/** Runs the bundled binary `node dist/cli.js ARGS` in a child process. */
export function whosaidProcess(args: readonly string[], options: RunOptions = {}): Run {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does) before these tests`);
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? FIXTURES, input: options.input ?? '', encoding: 'utf8', env });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Every folder tempTree makes is removed when the test process exits, so a test run leaves
// nothing behind in the system's temp folder (the runner gives each test file its own process).
const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder with the given files (string or bytes); parent folders are created; removed at exit. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cli-')));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

export const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** The text-format finding lines (`path:line:col: …`), without blank lines or the summary. */
export const findingLines = (stdout: string): string[] => stdout.split('\n').filter((l) => /^[^\s].*:\d+:\d+: /.test(l));

/** The last line of text output: the summary. */
export const summary = (stdout: string): string => stdout.trimEnd().split('\n').at(-1) ?? '';
