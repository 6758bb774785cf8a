/**
 * Real-editor e2e harness: a real VS Code workbench (code-server) in headless Debian Chromium, driven by
 * playwright-core. Tools come from `.e2e-tools/` (install them with `scripts/e2e-setup.sh`).
 *
 * Typical use (see stand-in.e2e.ts):
 *   const vsix = await packageVsix(extensionDir);
 *   const e2e = await startE2E({ vsix, fixtures: 'test/e2e/fixtures/x' });
 *   await e2e.wb.openFile('article.md');
 *   const problems = await e2e.wb.waitForProblems(1);
 *   ...
 *   await e2e.teardown({ failed });
 *
 * Everything runs on 127.0.0.1; the browser aborts any request to another host (and logs it).
 * Note for page-side code: tsx compiles functions with esbuild's keepNames, which injects `__name(...)`
 * calls that do not exist in the page. So all code run in the page is written as plain JS strings here.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags';

const execFileP = promisify(execFile);

/**
 * The repo root: E2E_REPO_ROOT, else the nearest folder holding scripts/e2e-setup.sh above this file (CommonJS,
 * as tsx runs it in this package) or above the working directory. (No import.meta: it breaks CommonJS type-checks.)
 */
function findRepoRoot(): string {
  if (process.env.E2E_REPO_ROOT) return path.resolve(process.env.E2E_REPO_ROOT);
  for (const start of [typeof __dirname === 'string' ? __dirname : '', process.cwd()].filter(Boolean)) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'scripts', 'e2e-setup.sh'))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error('cannot find the repo root (a folder with scripts/e2e-setup.sh); run from the repo or set E2E_REPO_ROOT');
}
export const REPO_ROOT = findRepoRoot();
export const RESULTS_DIR = path.resolve(process.env.E2E_RESULTS_DIR ?? path.join(REPO_ROOT, 'test-results'));
const TOOLS_DIR = path.resolve(process.env.E2E_TOOLS_DIR ?? path.join(REPO_ROOT, '.e2e-tools'));

/** Default timeout (ms) for every wait in the harness; override with E2E_TIMEOUT_MS. */
export const DEFAULT_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 30_000);
const T0 = Date.now();
const debug = process.env.E2E_DEBUG ? (...a: unknown[]) => console.error(`[e2e +${Date.now() - T0}ms]`, ...a) : () => {};

// ---------------------------------------------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------------------------------------------

export interface Tools {
  codeServer: string;
  vscode: string;
  node24Bin: string;
  codeServerEntry: string;
  playwrightCoreDir: string;
  chromiumPath: string;
  chromium: string;
}

let toolsCache: Tools | undefined;
/** Reads .e2e-tools/versions.json written by scripts/e2e-setup.sh; throws a clear message if it is missing. */
export function loadTools(): Tools {
  if (toolsCache) return toolsCache;
  const manifest = path.join(TOOLS_DIR, 'versions.json');
  if (!fs.existsSync(manifest)) {
    throw new Error(`e2e tools are not installed (${manifest} missing): run scripts/e2e-setup.sh first`);
  }
  const t = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Tools;
  for (const p of [t.codeServerEntry, path.join(t.node24Bin, 'node'), t.playwrightCoreDir, t.chromiumPath]) {
    if (!fs.existsSync(p)) throw new Error(`e2e tool missing: ${p}; re-run scripts/e2e-setup.sh`);
  }
  return (toolsCache = t);
}

// playwright-core is a devDependency: pure JavaScript, it never downloads a browser (we drive
// Debian's Chromium), so it installs offline like any other package.
function playwright(): typeof import('playwright-core') {
  return require('playwright-core') as typeof import('playwright-core');
}

// ---------------------------------------------------------------------------------------------------------------
// Polling
// ---------------------------------------------------------------------------------------------------------------

/** Polls `fn` until it returns a truthy value (returned) or the timeout passes (throws with `what` and the last value). */
export async function waitFor<T>(what: string, fn: () => T | Promise<T>, opts: { timeout?: number; interval?: number } = {}): Promise<NonNullable<T>> {
  const timeout = opts.timeout ?? DEFAULT_TIMEOUT;
  const interval = opts.interval ?? 50;
  const start = Date.now();
  let last: unknown;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await fn();
      if (last) return last as NonNullable<T>;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() - start > timeout) {
      const detail = lastErr ? ` (last error: ${(lastErr as Error).message ?? lastErr})` : ` (last value: ${JSON.stringify(last)})`;
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${detail}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Rejects if `p` has not settled within `ms` (and never keeps the process alive for the timer). */
export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error(`${what} timed out after ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// (a) Packaging and installing an extension into a fresh profile
// ---------------------------------------------------------------------------------------------------------------

/**
 * Packages an extension folder into a .vsix with the repo's @vscode/vsce (no dependencies bundled: bundle them
 * first, e.g. with esbuild). Default output: test-results/vsix/<folder>.vsix.
 */
export async function packageVsix(extensionDir: string, outFile?: string): Promise<string> {
  const vsce = path.join(REPO_ROOT, 'node_modules/@vscode/vsce/vsce');
  if (!fs.existsSync(vsce)) throw new Error(`${vsce} missing: run npm install in ${REPO_ROOT}`);
  const out = path.resolve(outFile ?? path.join(RESULTS_DIR, 'vsix', `${path.basename(extensionDir)}.vsix`));
  await fsp.mkdir(path.dirname(out), { recursive: true });
  try {
    await execFileP(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out], {
      cwd: extensionDir,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`vsce package failed in ${extensionDir}: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`, { cause: e });
  }
  return out;
}

/**
 * User settings for the test profile: no telemetry, update checks, welcome page, trust prompts, AI/chat panels,
 * auto-save, or typing helpers that would change what `typeText` produces; a Problems panel in tree mode sorted by
 * position; no word wrap / minimap / sticky scroll, so one rendered `.view-line` is one document line.
 */
export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'problems.defaultViewMode': 'tree',
  'problems.sortOrder': 'position',
  'problems.showCurrentInStatus': true,
  'problems.autoReveal': true,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'editor.wordWrap': 'off',
  'editor.renderWhitespace': 'none',
  'editor.stopRenderingLineAfter': -1,
  'editor.hover.delay': 300,
  'editor.hover.sticky': true,
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.wordBasedSuggestions': 'off',
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.inlineSuggest.enabled': false,
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoClosingOvertype': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
  'editor.formatOnPaste': false,
  'editor.linkedEditing': false,
  'editor.unicodeHighlight.ambiguousCharacters': false,
  'editor.unicodeHighlight.invisibleCharacters': false,
  '[markdown]': { 'editor.wordWrap': 'off', 'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' } },
  '[plaintext]': { 'editor.wordWrap': 'off' },
};

export interface Profile {
  /** Temp root holding everything of this run (profile, workspace copy, chromium profile). */
  root: string;
  extensionsDir: string;
  userDataDir: string;
  /** XDG_* dirs and code-server config live here so nothing is written to $HOME. */
  homeDir: string;
  configFile: string;
}

function codeServerEnv(profile: Profile): NodeJS.ProcessEnv {
  const tools = loadTools();
  return {
    ...process.env,
    PATH: `${tools.node24Bin}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: path.join(profile.homeDir, 'config'),
    XDG_DATA_HOME: path.join(profile.homeDir, 'data'),
    XDG_CACHE_HOME: path.join(profile.homeDir, 'cache'),
    // No extension gallery (product default is open-vsx.org): without this the server and page query it.
    EXTENSIONS_GALLERY: '{}',
    // Keep the server from inheriting a developer's settings for these.
    PASSWORD: undefined,
    HASHED_PASSWORD: undefined,
    VSCODE_PROXY_URI: undefined,
  } as NodeJS.ProcessEnv;
}

async function codeServerCli(profile: Profile, args: string[]): Promise<string> {
  const tools = loadTools();
  const fullArgs = [
    tools.codeServerEntry,
    '--config',
    profile.configFile,
    '--extensions-dir',
    profile.extensionsDir,
    '--user-data-dir',
    profile.userDataDir,
    ...args,
  ];
  try {
    const { stdout, stderr } = await execFileP(path.join(tools.node24Bin, 'node'), fullArgs, { env: codeServerEnv(profile), timeout: 120_000 });
    return stdout + stderr;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`code-server ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`, { cause: e });
  }
}

/**
 * (a) Creates a fresh temp profile (extensions dir + user-data dir with test settings) and installs the given
 * .vsix files into it. Verifies with --list-extensions that each is installed.
 */
export async function installVsix(vsix: string | string[], opts: { settings?: Record<string, unknown> } = {}): Promise<Profile> {
  const vsixes = (Array.isArray(vsix) ? vsix : [vsix]).map((v) => path.resolve(v));
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'whosaid-e2e-'));
  const profile: Profile = {
    root,
    extensionsDir: path.join(root, 'extensions'),
    userDataDir: path.join(root, 'user-data'),
    homeDir: path.join(root, 'home'),
    configFile: path.join(root, 'home', 'code-server.yaml'),
  };
  await fsp.mkdir(path.join(profile.userDataDir, 'User'), { recursive: true });
  await fsp.mkdir(profile.extensionsDir, { recursive: true });
  await fsp.mkdir(profile.homeDir, { recursive: true });
  // A config file of our own, so code-server never writes ~/.config/code-server/config.yaml with a password.
  await fsp.writeFile(profile.configFile, 'auth: none\ncert: false\n');
  const settings = { ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) };
  await fsp.writeFile(path.join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  for (const v of vsixes) {
    if (!fs.existsSync(v)) throw new Error(`vsix not found: ${v}`);
    await codeServerCli(profile, ['--force', '--install-extension', v]);
  }
  const listed = await codeServerCli(profile, ['--list-extensions', '--show-versions']);
  for (const v of vsixes) {
    const id = await vsixId(v);
    if (!listed.toLowerCase().includes(id.toLowerCase())) throw new Error(`extension ${id} from ${v} not installed; code-server listed:\n${listed}`);
  }
  debug('profile', profile.root, listed.trim());
  return profile;
}

/** publisher.name@version of a .vsix, read from its extension/package.json. */
async function vsixId(vsix: string): Promise<string> {
  const { stdout } = await execFileP('unzip', ['-p', vsix, 'extension/package.json'], { maxBuffer: 16 << 20 });
  const pkg = JSON.parse(stdout) as { publisher: string; name: string; version: string };
  return `${pkg.publisher}.${pkg.name}@${pkg.version}`;
}

/** Copies a fixtures folder into the profile's temp root; returns the workspace folder path. */
export async function copyFixtures(fixturesDir: string, profile: Profile): Promise<string> {
  const src = path.resolve(REPO_ROOT, fixturesDir);
  if (!fs.existsSync(src)) throw new Error(`fixtures folder not found: ${src}`);
  const dest = path.join(profile.root, 'workspace', path.basename(src));
  await fsp.cp(src, dest, { recursive: true });
  return dest;
}

// ---------------------------------------------------------------------------------------------------------------
// (b) code-server
// ---------------------------------------------------------------------------------------------------------------

export interface CodeServer {
  url: string;
  port: number;
  workspace: string;
  logFile: string;
  proc: ChildProcess;
  /** Kills the whole process group (server, extension host, language servers); resolves when it is gone. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the process group, then SIGKILL it if still alive after `graceMs`; waits until it is gone. */
export async function killProcessGroup(pgid: number, graceMs = 5000): Promise<void> {
  if (!groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const start = Date.now();
  while (groupAlive(pgid) && Date.now() - start < graceMs) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
    await waitFor(`process group ${pgid} to exit after SIGKILL`, () => !groupAlive(pgid), { timeout: 5000 });
  }
}

// Process groups still running if the test process dies abruptly: killed synchronously on exit.
const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const g of liveGroups) {
    try {
      process.kill(-g, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

/**
 * (b) Starts code-server on 127.0.0.1 on a free port serving `workspace`, waits until it answers /healthz,
 * and tees its output to `logFile` (default test-results/code-server.log).
 */
export async function startCodeServer(profile: Profile, workspace: string, opts: { logFile?: string; timeout?: number } = {}): Promise<CodeServer> {
  const tools = loadTools();
  const logFile = opts.logFile ?? path.join(RESULTS_DIR, 'code-server.log');
  await fsp.mkdir(path.dirname(logFile), { recursive: true });
  let lastError: Error | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const log = fs.openSync(logFile, attempt === 1 ? 'w' : 'a');
    const args = [
      tools.codeServerEntry,
      '--config',
      profile.configFile,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--extensions-dir',
      profile.extensionsDir,
      '--user-data-dir',
      profile.userDataDir,
      workspace,
    ];
    fs.writeSync(log, `# ${new Date().toISOString()} ${path.join(tools.node24Bin, 'node')} ${args.join(' ')}\n`);
    // detached: the server becomes a process-group leader, so teardown can kill it with every child it spawned.
    const proc = spawn(path.join(tools.node24Bin, 'node'), args, { env: codeServerEnv(profile), detached: true, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    const pgid = proc.pid!;
    liveGroups.add(pgid);
    let exited: string | undefined;
    proc.on('exit', (code, sig) => (exited = `exited with ${code ?? sig}`));
    const url = `http://127.0.0.1:${port}`;
    const stop = async () => {
      await killProcessGroup(pgid);
      liveGroups.delete(pgid);
    };
    try {
      await waitFor(
        `code-server to answer on ${url}/healthz`,
        async () => {
          if (exited) throw new Error(`code-server ${exited}`);
          return (await httpStatus(`${url}/healthz`)) === 200;
        },
        { timeout: opts.timeout ?? 60_000, interval: 100 },
      );
      debug('code-server up', url);
      return { url, port, workspace, logFile, proc, stop };
    } catch (e) {
      await stop();
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      lastError = new Error(`${(e as Error).message}\n--- ${logFile} (tail) ---\n${tail}`);
      if (!/EADDRINUSE/.test(tail)) break; // only a lost port race is worth retrying
    }
  }
  throw lastError!;
}

// ---------------------------------------------------------------------------------------------------------------
// (c) Chromium + workbench
// ---------------------------------------------------------------------------------------------------------------

export interface Marker {
  severity: 'error' | 'warning' | 'info' | 'hint' | 'unknown';
  message: string;
  source: string;
  code: string;
  file: string;
  line: number;
  column: number;
}

export interface QuickInputRow {
  domIndex: number;
  top: number;
  label: string;
  description: string;
  ariaLabel: string;
  /** The row the keyboard is on (Enter accepts it). */
  focused: boolean;
}

/** A sidebar view as shown: see Workbench.readTreeView. */
export interface TreeView {
  expanded: boolean;
  description: string;
  message: string;
  rows: { label: string; description: string; depth: number }[];
}

export interface Squiggle {
  severity: 'error' | 'warning' | 'info' | 'hint';
  line: number;
  /** 1-based column of the first character under the squiggle. */
  column: number;
  /** The document text under the squiggle. */
  text: string;
}

// Page-side helpers, as a plain JS string (see the note at the top about __name).
// Maps rendered editor lines to line numbers through the line-number gutter (same `top` offset), and characters
// to pixels with DOM Ranges. Only lines currently rendered (in the viewport) are visible to these helpers.
const PAGE_LIB = String.raw`
  const editorRoot = () => {
    const eds = [...document.querySelectorAll('.editor-group-container.active .monaco-editor')]
      .filter(e => e.offsetParent !== null && e.querySelector('.lines-content'));
    return eds.find(e => e.classList.contains('focused')) || eds[0] || null;
  };
  const topOf = el => parseFloat(el.style.top || '0');
  const lineNumberByTop = ed => {
    const m = new Map();
    for (const el of ed.querySelectorAll('.margin-view-overlays > div')) {
      const ln = el.querySelector('.line-numbers');
      const n = ln ? parseInt(ln.textContent.trim(), 10) : NaN;
      if (!isNaN(n)) m.set(topOf(el), n);
    }
    return m;
  };
  const viewLines = ed => {
    const byTop = lineNumberByTop(ed);
    const out = [];
    for (const el of ed.querySelectorAll('.lines-content .view-lines > .view-line')) {
      const n = byTop.get(topOf(el));
      if (n !== undefined) out.push({ line: n, el, text: el.textContent.replace(/\u00a0/g, ' ') });
    }
    return out.sort((a, b) => a.line - b.line);
  };
  const textNodes = el => {
    const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out = []; let n; while ((n = w.nextNode())) out.push(n); return out;
  };
  // Client rects of each character of a rendered line: [{left,right,top,bottom}], index = column - 1.
  const charRects = el => {
    const rects = [];
    for (const node of textNodes(el)) {
      for (let i = 0; i < node.length; i++) {
        const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
        const b = r.getBoundingClientRect(); rects.push({ left: b.left, right: b.right, top: b.top, bottom: b.bottom });
      }
    }
    return rects;
  };
`;

function pageFn(body: string, arg?: unknown): string {
  return `(() => { ${PAGE_LIB}; const arg = ${JSON.stringify(arg ?? null)}; ${body} })()`;
}

const isMac = process.platform === 'darwin';
const MOD = isMac ? 'Meta' : 'Control';

/** (c)+(d) A workbench page and the helpers tests use. */
export class Workbench {
  readonly blockedRequests: string[] = [];
  private consoleLog: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly server: CodeServer,
  ) {
    page.on('console', (m) => this.consoleLog.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => this.consoleLog.push(`[pageerror] ${e.message}`));
  }

  /** Writes the browser console collected so far to `file`. */
  async saveConsoleLog(file = path.join(RESULTS_DIR, 'browser-console.log')): Promise<void> {
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const blocked = this.blockedRequests.map((u) => `[blocked non-loopback request] ${u}`);
    await fsp.writeFile(file, [...this.consoleLog, ...blocked].join('\n') + '\n');
  }

  async eval<T>(body: string, arg?: unknown): Promise<T> {
    return (await this.page.evaluate(pageFn(body, arg))) as T;
  }

  /** Waits until the workbench has loaded the workspace folder (explorer shows it, status bar present). */
  async waitForReady(timeout = 60_000): Promise<void> {
    const folder = path.basename(this.server.workspace);
    await waitFor(
      'the workbench to load the workspace',
      () =>
        this.eval<boolean>(
          String.raw`
      const wb = document.querySelector('.monaco-workbench');
      const sb = document.querySelector('.part.statusbar');
      const rows = [...document.querySelectorAll('.explorer-folders-view .monaco-list-row')];
      return !!(wb && sb && rows.length > 0 && document.title.includes(arg));
    `,
          folder,
        ),
      { timeout, interval: 100 },
    );
  }

  /** Presses a key chord in the page (e.g. 'Control+Shift+P'; 'Mod' means Control, or Meta on macOS). */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys.replace(/\bMod\b/g, MOD));
  }

  private async quickInputOpen(): Promise<boolean> {
    return this.eval<boolean>(String.raw`
      const w = document.querySelector('.quick-input-widget');
      return !!(w && w.style.display !== 'none' && w.offsetParent !== null);
    `);
  }

  private async waitQuickInputClosed(): Promise<void> {
    await waitFor('the quick input to close', async () => !(await this.quickInputOpen()));
  }

  /** Rows of the open quick input list: [{label, description, ariaLabel}] in display order. */
  async quickInputRows(): Promise<QuickInputRow[]> {
    return this.eval(String.raw`
      const rows = [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')];
      return rows.map((r, domIndex) => ({
        domIndex, top: parseFloat(r.style.top || '0'),
        label: (r.querySelector('.label-name') || r).textContent.trim(),
        description: (r.querySelector('.label-description') || { textContent: '' }).textContent.trim(),
        ariaLabel: r.getAttribute('aria-label') || '',
        focused: r.classList.contains('focused'),
      })).sort((a, b) => a.top - b.top);
    `);
  }

  /**
   * Opens the quick input with `keys`, types `text`, waits for a row matching `pick`, and accepts it. The list
   * re-renders while results come in (Quick Open's "recently opened" and file results), so it waits until the rows
   * are the same on two polls in a row, then presses Enter if the row is the focused one (the usual case: the
   * best match is focused) or clicks it, and retries until the quick input has closed or shows something else (a
   * command that opens its own quick pick).
   */
  private async quickPick(keys: string, text: string, pick: (row: QuickInputRow) => boolean, what: string): Promise<void> {
    if (await this.quickInputOpen()) {
      await this.press('Escape');
      await this.waitQuickInputClosed();
    }
    await this.press(keys);
    await waitFor('the quick input to open', () => this.quickInputOpen());
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    // Keep any prefix the chord put there ('>' for the command palette); type the rest.
    const value = (await input.inputValue()) + text;
    await input.fill(value);
    const stillOurs = async () => (await this.quickInputOpen()) && (await input.inputValue().catch(() => '')) === value;
    let seen: QuickInputRow[] = [];
    let previous = '';
    await waitFor(
      `a quick input row for ${what}`,
      async () => {
        if (!(await stillOurs())) return true; // accepted by an earlier attempt
        seen = await this.quickInputRows();
        const now = JSON.stringify(seen);
        if (now !== previous) {
          previous = now; // still changing: look again
          return false;
        }
        const row = seen.find(pick);
        if (!row) return false;
        if (row.focused) {
          await this.press('Enter');
        } else {
          const box = await this.eval<{ x: number; y: number } | null>(
            String.raw`
          const r = [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')][arg];
          if (!r) return null;
          const b = r.getBoundingClientRect();
          return b.height > 0 ? { x: b.left + Math.min(b.width / 2, 120), y: b.top + b.height / 2 } : null;
        `,
            row.domIndex,
          );
          if (!box) return false;
          await this.page.mouse.click(box.x, box.y);
        }
        return waitFor('the quick input to accept', async () => !(await stillOurs()), { timeout: 2000 }).then(
          () => true,
          () => false,
        );
      },
      { interval: 100 },
    ).catch((e: Error) => {
      throw new Error(`${e.message}; rows: ${JSON.stringify(seen.map((r) => `${r.label} ${r.description}`))}`);
    });
  }

  /** (d) Opens a workspace file via Quick Open (Ctrl+P) and waits until its editor is active and rendered. */
  async openFile(relPath: string): Promise<void> {
    const base = path.basename(relPath);
    const dir = path.dirname(relPath) === '.' ? '' : path.dirname(relPath);
    await this.quickPick('Mod+P', relPath, (r) => r.label === base && (dir === '' || r.description.replace(/\\/g, '/').endsWith(dir)), `file ${relPath}`);
    await waitFor(`an active editor for ${relPath}`, () =>
      this.eval<boolean>(
        String.raw`
      const tab = document.querySelector('.editor-group-container.active .tab.active');
      const label = tab && (tab.getAttribute('aria-label') || tab.textContent);
      const ed = editorRoot();
      return !!(label && label.includes(arg) && ed && ed.querySelector('.view-lines .view-line'));
    `,
        base,
      ),
    );
  }

  /** (d) Runs a command from the command palette by its exact label (e.g. 'Stand-in: Show sources'); returns once the palette has closed, or shows the command's own quick pick. */
  async runCommand(label: string): Promise<void> {
    await this.quickPick('Mod+Shift+P', label, (r) => r.label === label, `command "${label}"`);
  }

  /** Moves the cursor to line:column (1-based) with Go to Line (Ctrl+G) and waits for the status bar to show it. */
  async gotoPosition(line: number, column = 1): Promise<void> {
    if (await this.quickInputOpen()) {
      await this.press('Escape');
      await this.waitQuickInputClosed();
    }
    await this.press('Control+G'); // Ctrl+G is Go to Line on every platform
    await waitFor('the Go to Line input', () => this.quickInputOpen());
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.fill(`:${line}:${column}`);
    await this.press('Enter');
    await this.waitQuickInputClosed();
    await waitFor(
      `the cursor at Ln ${line}, Col ${column}`,
      async () => (await this.cursorPosition())?.line === line && (await this.cursorPosition())?.column === column,
    );
  }

  /** Cursor position read from the status bar ("Ln 4, Col 11"), or undefined. */
  async cursorPosition(): Promise<{ line: number; column: number } | undefined> {
    const text = await this.eval<string>(String.raw`
      const el = document.querySelector('#status\\.editor\\.selection') || [...document.querySelectorAll('.statusbar-item')].find(e => /Ln \d+, Col \d+/.test(e.textContent));
      return el ? el.textContent : '';
    `);
    const m = /Ln (\d+), Col (\d+)/.exec(text ?? '');
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  /** Shows the Problems panel (Ctrl+Shift+M toggles focus only if already visible, so use the view command). */
  async showProblems(): Promise<void> {
    const visible = () => this.eval<boolean>(String.raw`const p = document.querySelector('.markers-panel'); return !!(p && p.offsetParent !== null);`);
    if (await visible()) return;
    await this.press('Mod+Shift+M');
    await waitFor('the Problems panel', visible);
  }

  /** (d) Reads the markers listed in the Problems panel (rendered rows only: enough for small fixtures). */
  async readProblems(): Promise<Marker[]> {
    return this.eval<Marker[]>(String.raw`
      const panel = document.querySelector('.markers-panel');
      if (!panel || panel.offsetParent === null) return [];
      const rows = [...panel.querySelectorAll('.monaco-list-row')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      const out = []; let file = '';
      for (const r of rows) {
        const details = r.querySelector('.marker-message-details-container');
        if (!details) { const l = r.querySelector('.label-name'); file = l ? l.textContent.trim() : file; continue; }
        const icon = r.querySelector('.marker-icon');
        const sev = ['error', 'warning', 'info', 'hint'].find(s => icon && icon.classList.contains(s)) || 'unknown';
        const pos = /\[Ln (\d+), Col (\d+)\]/.exec((r.querySelector('.marker-line') || { textContent: '' }).textContent);
        const t = sel => { const e = r.querySelector(sel); return e ? e.textContent.trim() : ''; };
        out.push({ severity: sev, message: t('.marker-message'), source: t('.marker-source'), code: t('.marker-code'), file,
          line: pos ? +pos[1] : 0, column: pos ? +pos[2] : 0 });
      }
      return out;
    `);
  }

  /** (d) Opens the Problems panel and waits until it lists exactly `n` markers (optionally filtered); returns them. */
  async waitForProblems(n: number, opts: { filter?: (m: Marker) => boolean; timeout?: number } = {}): Promise<Marker[]> {
    await this.showProblems();
    let last: Marker[] = [];
    try {
      return await waitFor(
        `${n} marker(s) in the Problems panel`,
        async () => {
          last = (await this.readProblems()).filter(opts.filter ?? (() => true));
          return last.length === n ? last : undefined;
        },
        { timeout: opts.timeout },
      );
    } catch (e) {
      throw new Error(`${(e as Error).message}; last seen: ${JSON.stringify(last)}`, { cause: e });
    }
  }

  /** (d) Squiggles rendered in the active editor, mapped to line/column and the text under them. */
  async readSquiggles(): Promise<Squiggle[]> {
    return this.eval<Squiggle[]>(String.raw`
      const ed = editorRoot(); if (!ed) return [];
      const lines = viewLines(ed);
      const out = [];
      for (const sq of ed.querySelectorAll('.view-overlays [class*="squiggly-"]')) {
        const m = /squiggly-(error|warning|info|hint)/.exec(sq.className); if (!m) continue;
        const b = sq.getBoundingClientRect();
        const vl = lines.find(l => { const r = l.el.getBoundingClientRect(); return b.top + b.height / 2 >= r.top && b.top + b.height / 2 <= r.bottom; });
        if (!vl) continue;
        const rects = charRects(vl.el);
        const idx = [];
        rects.forEach((r, i) => { const c = (r.left + r.right) / 2; if (c >= b.left && c <= b.right) idx.push(i); });
        if (!idx.length) continue;
        out.push({ severity: m[1], line: vl.line, column: idx[0] + 1, text: vl.text.slice(idx[0], idx[idx.length - 1] + 1) });
      }
      return out.sort((a, b) => a.line - b.line || a.column - b.column);
    `);
  }

  /** Waits until the rendered squiggles satisfy `pred`; returns them. */
  async waitForSquiggles(pred: (s: Squiggle[]) => boolean, what = 'squiggles', timeout?: number): Promise<Squiggle[]> {
    return waitFor(
      what,
      async () => {
        const s = await this.readSquiggles();
        return pred(s) ? s : undefined;
      },
      { timeout },
    );
  }

  /** Text of the rendered (visible) lines of the active editor, by line number. Limits: only the viewport. */
  async readVisibleLines(): Promise<{ line: number; text: string }[]> {
    return this.eval(String.raw`const ed = editorRoot(); return ed ? viewLines(ed).map(l => ({ line: l.line, text: l.text })) : [];`);
  }

  /** Viewport coordinates of the centre of the character at line:column of the active editor (reveals it first). */
  async positionToPoint(line: number, column: number): Promise<{ x: number; y: number }> {
    const find = () =>
      this.eval<{ x: number; y: number } | null>(
        String.raw`
      const ed = editorRoot(); if (!ed) return null;
      const vl = viewLines(ed).find(l => l.line === arg.line); if (!vl) return null;
      const r = charRects(vl.el)[arg.column - 1]; if (!r) return null;
      return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    `,
        { line, column },
      );
    let pt = await find();
    if (!pt) {
      await this.gotoPosition(line, column); // scrolls it into view
      pt = await waitFor(`line ${line} column ${column} to be rendered`, find);
    }
    return pt;
  }

  /** (d) Hovers the mouse over line:column and returns the hover widget's text once it has some. */
  async hover(line: number, column: number, opts: { contains?: string; timeout?: number } = {}): Promise<string> {
    await this.press('Escape'); // close any open hover or widget
    const pt = await this.positionToPoint(line, column);
    await this.page.mouse.move(1, 1);
    await this.page.mouse.move(pt.x, pt.y, { steps: 3 });
    return waitFor(
      `a hover at ${line}:${column}${opts.contains ? ` containing "${opts.contains}"` : ''}`,
      async () => {
        const text = await this.readHover();
        return text && (!opts.contains || text.includes(opts.contains)) ? text : undefined;
      },
      { timeout: opts.timeout },
    );
  }

  /** Text of the visible editor hover widget, or '' if none. */
  async readHover(): Promise<string> {
    return this.eval<string>(String.raw`
      const hs = [...document.querySelectorAll('.monaco-editor .monaco-hover, .workbench-hover-container .monaco-hover')]
        .filter(h => !h.classList.contains('hidden') && h.offsetParent !== null && h.getBoundingClientRect().height > 0);
      return hs.map(h => h.innerText.trim()).filter(Boolean).join('\n---\n');
    `);
  }

  /** Titles of the entries in the open code-action (Ctrl+.) menu. */
  async readCodeActions(): Promise<string[]> {
    return this.eval<string[]>(String.raw`
      const w = document.querySelector('.action-widget'); if (!w || w.offsetParent === null) return [];
      return [...w.querySelectorAll('.monaco-list-row.action')].map(r => (r.querySelector('.title') || r).textContent.trim());
    `);
  }

  /** (d) Puts the cursor at line:column, opens Quick Fix (Ctrl+.), and runs the entry with exactly this title. */
  async quickFix(line: number, column: number, title: string): Promise<void> {
    await this.gotoPosition(line, column);
    await this.press('Mod+.');
    let seen: string[] = [];
    await waitFor(`quick fix "${title}" at ${line}:${column}`, async () => {
      seen = await this.readCodeActions();
      return seen.includes(title);
    }).catch((e: Error) => {
      throw new Error(`${e.message}; menu had: ${JSON.stringify(seen)}`);
    });
    await this.page
      .locator('.action-widget .monaco-list-row.action', { has: this.page.locator('.title', { hasText: title }) })
      .filter({ hasText: title })
      .first()
      .click();
    await waitFor('the quick fix menu to close', async () => (await this.readCodeActions()).length === 0);
  }

  /** True when keyboard focus is in the active editor's text area. */
  async editorFocused(): Promise<boolean> {
    return this.eval<boolean>(String.raw`
      const ed = editorRoot();
      return !!(ed && ed.classList.contains('focused') && ed.contains(document.activeElement));
    `);
  }

  /** Moves keyboard focus to the active editor without moving its cursor (Ctrl+1, else Go to Line on the cursor). */
  async focusEditor(): Promise<void> {
    if (await this.editorFocused()) return;
    await this.press('Mod+1'); // View: Focus First Editor Group
    try {
      await waitFor('the editor to take focus', () => this.editorFocused(), { timeout: 2000 });
    } catch {
      const pos = (await this.cursorPosition()) ?? { line: 1, column: 1 };
      await this.gotoPosition(pos.line, pos.column);
      await waitFor('the editor to take focus', () => this.editorFocused());
    }
  }

  /** (d) Types text at the cursor of the active editor (typing helpers are off in DEFAULT_SETTINGS). */
  async typeText(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.type(text);
  }

  /**
   * (d) Full text of the active editor's document, exactly (tabs, long lines, off-screen lines included): selects
   * all, copies, reads the clipboard, then restores the cursor. The page does not expose `monaco`/the VS Code API,
   * so the clipboard is the only exact channel; it overwrites the clipboard and needs the clipboard permissions
   * granted in launchWorkbench. For just what is on screen, use readVisibleLines().
   */
  async readEditorText(): Promise<string> {
    await this.focusEditor(); // else Ctrl+A/Ctrl+C act on whatever has focus (e.g. the Problems panel)
    const pos = await this.cursorPosition();
    const marker = `__e2e_clipboard_${Date.now()}__`;
    await this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(marker)})`);
    await this.press('Mod+A');
    await this.press('Mod+C');
    const text = await waitFor('the editor text on the clipboard', async () => {
      const t = (await this.page.evaluate('navigator.clipboard.readText()')) as string;
      return t !== marker ? { t } : undefined;
    });
    if (pos) await this.gotoPosition(pos.line, pos.column);
    return text.t;
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
  async save(): Promise<void> {
    await this.press('Mod+S');
    await waitFor('the active editor to be saved', () =>
      this.eval<boolean>(String.raw`
      const tab = document.querySelector('.editor-group-container.active .tab.active');
      return !!tab && !tab.classList.contains('dirty');
    `),
    );
  }

  /** Reads a file of the workspace from disk (after save(), this is the editor text). */
  async readWorkspaceFile(relPath: string): Promise<string> {
    return fsp.readFile(path.join(this.server.workspace, relPath), 'utf8');
  }

  /** Texts of the visible notification toasts. */
  async readNotifications(): Promise<string[]> {
    return this.eval<string[]>(String.raw`
      // Only toasts whose fade-in has finished (opacity 1), so a screenshot right after shows them fully.
      return [...document.querySelectorAll('.notifications-toasts .notification-toast')]
        .filter(t => t.offsetParent !== null && getComputedStyle(t).opacity === '1')
        .map(t => t.querySelector('.notification-list-item-message')).filter(Boolean).map(e => e.textContent.trim());
    `);
  }

  /** Dismisses all notifications (command "Notifications: Clear All Notifications"). */
  async clearNotifications(): Promise<void> {
    if ((await this.readNotifications()).length === 0) return;
    await this.runCommand('Notifications: Clear All Notifications');
    await waitFor('notifications to clear', async () => (await this.readNotifications()).length === 0);
  }

  /** Waits for a notification toast containing `text`; returns its full message. */
  async waitForNotification(text: string | RegExp, timeout?: number): Promise<string> {
    const match = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
    return waitFor(`a notification matching ${text}`, async () => (await this.readNotifications()).find(match), { timeout });
  }

  /** Opens a sidebar view container by clicking its activity-bar icon (e.g. 'Explorer', or an extension's 'WhoSaid'). */
  async showViewContainer(title: string): Promise<void> {
    const state = () =>
      this.eval<'missing' | 'shown' | 'hidden'>(
        String.raw`
      const items = [...document.querySelectorAll('.part.activitybar .action-item')];
      const name = e => (e.getAttribute('aria-label') || (e.querySelector('.action-label') || e).getAttribute('aria-label') || '').split(' (')[0].trim();
      const item = items.find(e => name(e) === arg);
      if (!item) return 'missing';
      const checked = item.classList.contains('checked') || item.getAttribute('aria-selected') === 'true' || item.getAttribute('aria-pressed') === 'true';
      const sidebar = document.querySelector('.part.sidebar');
      return checked && sidebar && sidebar.offsetParent !== null ? 'shown' : 'hidden';
    `,
        title,
      );
    await waitFor(`the activity-bar icon "${title}"`, async () => (await state()) !== 'missing');
    if ((await state()) === 'shown') return;
    const at = await this.eval<{ x: number; y: number } | null>(
      String.raw`
      const items = [...document.querySelectorAll('.part.activitybar .action-item')];
      const name = e => (e.getAttribute('aria-label') || (e.querySelector('.action-label') || e).getAttribute('aria-label') || '').split(' (')[0].trim();
      const item = items.find(e => name(e) === arg);
      const target = item && (item.querySelector('.action-label') || item);
      if (!target) return null;
      const r = target.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    `,
      title,
    );
    if (!at) throw new Error(`no activity-bar icon "${title}"`);
    await this.page.mouse.click(at.x, at.y);
    await waitFor(`the "${title}" sidebar`, async () => (await state()) === 'shown');
  }

  /** Drags the sash between the sidebar and the editors until the sidebar is `width` px wide (give or take a few). */
  async setSidebarWidth(width: number): Promise<void> {
    const geometry = () =>
      this.eval<{ left: number; width: number; sashX: number; sashY: number } | null>(String.raw`
      const sb = document.querySelector('.part.sidebar'); if (!sb || sb.offsetParent === null) return null;
      const r = sb.getBoundingClientRect();
      const sash = [...document.querySelectorAll('.monaco-sash.vertical')].map(s => s.getBoundingClientRect())
        .find(s => s.height > 100 && Math.abs((s.left + s.right) / 2 - r.right) < 8);
      return sash ? { left: r.left, width: r.width, sashX: (sash.left + sash.right) / 2, sashY: sash.top + sash.height / 2 } : null;
    `);
    const g = await waitFor('the sidebar and its sash', geometry);
    await this.page.mouse.move(g.sashX, g.sashY);
    await this.page.mouse.down();
    await this.page.mouse.move(g.left + width, g.sashY, { steps: 8 });
    await this.page.mouse.up();
    await waitFor(`the sidebar to be ${width} px wide`, async () => Math.abs(((await geometry())?.width ?? 0) - width) <= 8);
  }

  /**
   * (d) A sidebar view (pane) by its name, e.g. 'Source Mix': whether it is expanded, its header description, its
   * message (shown instead of rows) and its rendered tree rows in order (label, description, depth).
   */
  async readTreeView(name: string): Promise<TreeView | undefined> {
    return this.eval<TreeView | undefined>(
      String.raw`
      const panes = [...document.querySelectorAll('.part.sidebar .pane')];
      const pane = panes.find(p => { const t = p.querySelector('.pane-header .title'); return t && t.textContent.trim().toLowerCase() === arg.toLowerCase(); });
      if (!pane) return undefined;
      const header = pane.querySelector('.pane-header');
      const text = (el, sel) => { const e = el.querySelector(sel); return e ? e.textContent.trim() : ''; };
      const body = pane.querySelector('.pane-body');
      const visible = !!(body && body.offsetParent !== null);
      const rows = visible ? [...body.querySelectorAll('.monaco-list-row')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map(r => ({ label: text(r, '.label-name'), description: text(r, '.label-description'), depth: Number(r.getAttribute('aria-level') || 1) })) : [];
      const message = visible ? text(body, '.message:not(.hide)') : '';
      return { expanded: header.classList.contains('expanded') || header.getAttribute('aria-expanded') === 'true', description: text(header, '.description'), message, rows };
    `,
      name,
    );
  }

  /** Expands a sidebar view (pane) by clicking its header if it is collapsed. */
  async expandTreeView(name: string): Promise<void> {
    const view = await waitFor(`the view "${name}"`, () => this.readTreeView(name));
    if (view.expanded) return;
    await this.page
      .locator('.part.sidebar .pane-header', {
        has: this.page.locator('.title', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i') }),
      })
      .first()
      .click();
    await waitFor(`the view "${name}" to expand`, async () => (await this.readTreeView(name))?.expanded);
  }

  /** Clicks the row of a sidebar view whose label is `label` (the first one). */
  async clickTreeRow(name: string, label: string): Promise<void> {
    const pane = this.page
      .locator('.part.sidebar .pane', {
        has: this.page.locator('.pane-header .title', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i') }),
      })
      .first();
    await pane
      .locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) })
      .first()
      .click();
  }

  /** (d) Saves a full-page screenshot to test-results/<name>.png; returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await fsp.mkdir(RESULTS_DIR, { recursive: true });
    await this.page.screenshot({ path: file });
    return file;
  }
}

/** (c) Launches headless Debian Chromium (fresh profile under `profile.root`) and opens the workbench. */
export async function launchWorkbench(
  server: CodeServer,
  profile: Profile,
  opts: { viewport?: { width: number; height: number }; timeout?: number } = {},
): Promise<Workbench> {
  const tools = loadTools();
  const { chromium } = playwright();
  const context = await chromium.launchPersistentContext(path.join(profile.root, 'chromium-profile'), {
    executablePath: tools.chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const wb = new Workbench(context, page, server);
  // Loopback only: abort anything else (e.g. the extension gallery) and record it.
  await context.route(/.*/, (route) => {
    const url = route.request().url();
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      /* data:, blob: ... */
    }
    if (!host || host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    wb.blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.setDefaultTimeout(DEFAULT_TIMEOUT);
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
    await wb.waitForReady(opts.timeout ?? 60_000);
  } catch (e) {
    // startE2E's teardown never sees this workbench: close Chromium here, else it keeps the test process alive.
    await withTimeout(context.close(), 10_000, 'closing Chromium').catch(() => {});
    throw e;
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------------------------
// (e) All together, with teardown
// ---------------------------------------------------------------------------------------------------------------

export interface E2E {
  profile: Profile;
  server: CodeServer;
  wb: Workbench;
  /**
   * Closes Chromium, kills code-server's process group, copies VS Code's own logs (extension host, server) to
   * test-results/vscode-logs/ and the browser console to test-results/browser-console.log. On failure it also takes
   * test-results/teardown-failure.png and keeps the temp root (printed); on success the temp root is deleted.
   */
  teardown(opts?: { failed?: boolean }): Promise<void>;
}

/** Installs `vsix` into a fresh profile, copies `fixtures` to a temp workspace, starts code-server and the workbench. */
export async function startE2E(opts: {
  vsix: string | string[];
  fixtures: string;
  settings?: Record<string, unknown>;
  /** Suffix for result files when several test files run: code-server-<name>.log, vscode-logs-<name>/, ... */
  name?: string;
}): Promise<E2E> {
  const sfx = opts.name ? `-${opts.name.replace(/[^\w.-]+/g, '_')}` : '';
  await fsp.mkdir(RESULTS_DIR, { recursive: true });
  debug('startE2E');
  const profile = await installVsix(opts.vsix, { settings: opts.settings });
  let server: CodeServer | undefined;
  let wb: Workbench | undefined;
  const teardown = async ({ failed = false } = {}) => {
    debug('teardown start');
    const errors: unknown[] = [];
    const attempt = async (f: () => Promise<unknown>) => {
      try {
        await f();
      } catch (e) {
        errors.push(e);
      }
    };
    if (wb) {
      if (failed) await attempt(() => wb!.screenshot(`teardown-failure${sfx}`));
      await attempt(() => wb!.saveConsoleLog(path.join(RESULTS_DIR, `browser-console${sfx}.log`)));
      await attempt(() => withTimeout(wb!.context.close(), 10_000, 'closing Chromium'));
    }
    if (server) await attempt(() => server!.stop());
    await attempt(async () => {
      const logs = path.join(profile.userDataDir, 'logs');
      if (fs.existsSync(logs)) {
        await fsp.rm(path.join(RESULTS_DIR, `vscode-logs${sfx}`), { recursive: true, force: true });
        await fsp.cp(logs, path.join(RESULTS_DIR, `vscode-logs${sfx}`), { recursive: true });
      }
    });
    debug('teardown done');
    if (failed) console.error(`[e2e] failure: kept ${profile.root}; see ${RESULTS_DIR}`);
    else await attempt(() => fsp.rm(profile.root, { recursive: true, force: true }));
    if (errors.length) console.error('[e2e] teardown errors:', ...errors);
  };
  try {
    const workspace = await copyFixtures(opts.fixtures, profile);
    server = await startCodeServer(profile, workspace, { logFile: path.join(RESULTS_DIR, `code-server${sfx}.log`) });
    wb = await launchWorkbench(server, profile);
    debug('workbench ready');
    return { profile, server, wb, teardown };
  } catch (e) {
    await teardown({ failed: true });
    throw e;
  }
}
