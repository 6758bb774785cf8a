// `npm run test:vscode`: the extension's integration suite inside a real VS Code, through
// @vscode/test-electron. It never downloads anything unless asked to, and never hangs:
//   - VSCODE_EXECUTABLE=/path/to/code   uses that VS Code;
//   - else a VS Code already cached in .vscode-test/ is used;
//   - else, only with WHOSAID_VSCODE_DOWNLOAD=1, test-electron downloads one (30 s idle timeout);
//   - else it prints why it skipped and exits 0.
// On Linux without a display, run it under xvfb-run.
// The suite runs the scenarios of test/e2e/scenarios.ts (shared with the code-server/Chromium e2e suite) on a
// temp copy of their fixtures, opened as the workspace folder; the copy is deleted afterwards.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { FIXTURES } from '../e2e/scenarios';
import { bundleSuite } from './bundle';

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, '.vscode-test');
const RUN_LIMIT_MS = 5 * 60_000;

function cachedExecutable(): string | null {
  if (!existsSync(CACHE)) return null;
  for (const dir of readdirSync(CACHE)
    .filter((d) => d.startsWith('vscode-'))
    .sort()
    .reverse()) {
    const candidates =
      process.platform === 'darwin'
        ? [path.join(CACHE, dir, 'Visual Studio Code.app/Contents/MacOS/Electron')]
        : process.platform === 'win32'
          ? [path.join(CACHE, dir, 'Code.exe')]
          : [path.join(CACHE, dir, 'code')];
    const found = candidates.find((c) => existsSync(c));
    if (found) return found;
  }
  return null;
}

async function findExecutable(): Promise<string | null> {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`VSCODE_EXECUTABLE=${fromEnv} does not exist.`);
    process.exit(1);
  }
  const cached = cachedExecutable();
  if (cached) return cached;
  if (process.env.WHOSAID_VSCODE_DOWNLOAD !== '1') return null;
  try {
    return await downloadAndUnzipVSCode({ version: 'stable', timeout: 30_000 });
  } catch (error) {
    console.log(`Could not download VS Code: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

async function main(): Promise<void> {
  const executable = await findExecutable();
  if (!executable) {
    console.log(
      "SKIPPED test:vscode: no VS Code to run the suite in. Set VSCODE_EXECUTABLE to a VS Code binary, put one in .vscode-test/, or set WHOSAID_VSCODE_DOWNLOAD=1 to let @vscode/test-electron download one. (npm run test:vscode:code-server runs the same suite in code-server's VS Code.)",
    );
    return;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No display: if VS Code fails to start, run under xvfb-run -a npm run test:vscode.');
  }
  const extensionTestsPath = await bundleSuite();
  const limit = setTimeout(() => {
    console.error(`test:vscode did not finish within ${RUN_LIMIT_MS / 1000} s.`);
    process.exit(1);
  }, RUN_LIMIT_MS);
  limit.unref();
  const temp = mkdtempSync(path.join(os.tmpdir(), 'whosaid-vscode-test-'));
  const workspace = path.join(temp, path.basename(FIXTURES));
  cpSync(path.join(ROOT, FIXTURES), workspace, { recursive: true });
  try {
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
    });
    process.exitCode = code;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
