// `npm run test:vscode:code-server`: the @vscode/test-electron suite (suite/*.ts, the VS Code API driver of the
// scenarios in test/e2e/scenarios.ts) run inside code-server's VS Code instead of a desktop VS Code, for
// machines where none can be downloaded. The packaged extension (whosaid.vsix) is installed into a fresh profile
// and also given as the extension development path; the suite runs in code-server's Node extension host, as
// extension tests do in a remote window; Chromium only hosts the workbench page.
//
// How: code-server's web workbench runs extension tests when its page config allows the development `payload`
// (extensionDevelopmentPath, extensionTestsPath) — VS Code's smoke-test switch, which code-server's command line
// does not expose — so the page config is patched on its way to the browser. The extension host's exit code
// comes back through `window.codeAutomationExit`, as in VS Code's own web test runner.
import { existsSync, readdirSync } from 'node:fs';
import { cp, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { format } from 'node:util';
import { REPO_ROOT, RESULTS_DIR, copyFixtures, installVsix, loadTools, startCodeServer, withTimeout } from '../e2e/harness';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { FIXTURES } from '../e2e/scenarios';
import { bundleSuite } from './bundle';

const VSIX = path.resolve(process.env.WHOSAID_VSIX ?? path.join(REPO_ROOT, 'whosaid.vsix'));
const RUN_LIMIT_MS = 5 * 60_000;
let saveLog = async () => {};

async function main(): Promise<number> {
  if (!existsSync(VSIX)) throw new Error(`${VSIX} not found: run \`npm run package\` first`);
  const extensionTestsPath = await bundleSuite();
  const profile = await installVsix(VSIX);
  const installed = readdirSync(profile.extensionsDir).find((d) => d.startsWith('whosaid.whosaid-'));
  if (!installed) throw new Error(`the .vsix did not install into ${profile.extensionsDir}`);
  const workspace = await copyFixtures(FIXTURES, profile);
  const server = await startCodeServer(profile, workspace, { logFile: path.join(RESULTS_DIR, 'code-server-vscode-suite.log') });
  const tools = loadTools();
  let code: number | undefined;
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const context = await chromium.launchPersistentContext(path.join(profile.root, 'chromium-profile'), {
    executablePath: tools.chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Loopback only, as in the harness: anything else is aborted.
    await context.route(/.*/, (route) =>
      /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(route.request().url()) || /^(?:data|blob):/.test(route.request().url())
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    let exit: (code: number) => void = () => {};
    const exited = new Promise<number>((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    // The workbench's log, the extension host's console included, reaches the page's codeAutomationLog. Mocha's
    // report (the suite runs it with colours) is the part with ANSI escapes: print that; keep all of it in a file.
    const log: string[] = [];
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      const text = Array.isArray(args) ? format(...args) : String(args);
      log.push(`[${type}] ${text}`);
      if (text.includes('\u001b[')) console.log(text);
    });
    page.on('console', (m) => log.push(`[page ${m.type()}] ${m.text()}`));
    saveLog = () => writeFile(path.join(RESULTS_DIR, 'vscode-suite-workbench.log'), log.join('\n') + '\n');
    // Allow the development payload (VS Code's smoke-test switch) in the page config, as the workbench reads it.
    // (Rewriting the HTML response instead loses the connection-token cookie that code-server sets with it.)
    await page.addInitScript(`{
      const get = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (name) {
        const value = get.call(this, name);
        if (this.id !== 'vscode-workbench-web-configuration' || name !== 'data-settings' || !value) return value;
        const config = JSON.parse(value);
        config.developmentOptions = { ...config.developmentOptions, enableSmokeTestDriver: true };
        return JSON.stringify(config);
      };
    }`);
    const payload = [
      ['extensionDevelopmentPath', remote(path.join(profile.extensionsDir, installed))],
      ['extensionTestsPath', remote(extensionTestsPath)],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    code = await withTimeout(exited, RUN_LIMIT_MS, 'the extension tests');
    return code;
  } finally {
    await saveLog().catch(() => {});
    await context.close().catch(() => {});
    await server.stop();
    const logs = path.join(RESULTS_DIR, 'vscode-logs-vscode-suite');
    await rm(logs, { recursive: true, force: true });
    await cp(path.join(profile.userDataDir, 'logs'), logs, { recursive: true }).catch(() => {});
    if (code === 0) await rm(profile.root, { recursive: true, force: true });
    else console.error(`kept ${profile.root}; logs in ${RESULTS_DIR}`);
  }
}

main().then(
  (code) => {
    console.log(code === 0 ? 'test:vscode (in code-server): passed' : `test:vscode (in code-server): failed (exit code ${code})`);
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
