/**
 * The packaged WhoSaid extension (whosaid.vsix) in a real VS Code workbench (code-server + Chromium), driven
 * like a writer: Quick Open, the mouse over words, Ctrl+., typing, the command palette, the Problems panel.
 * Every assertion reads what a person sees (Problems rows, squiggles, the hover widget, notifications, the
 * status bar) or the document text (clipboard) and the file on disk.
 *
 * Run: `npm run test:e2e` (tools setup + `npm run package` + this file). The scenarios, fixtures, positions and
 * titles live in scenarios.ts, shared with the @vscode/test-electron suite (test/vscode).
 * Each scenario saves test-results/whosaid-<n>-<name>[-<step>].png; a failing one saves ...-FAILED.png, and
 * the harness keeps code-server.log, browser-console.log and vscode-logs/ in test-results/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, RESULTS_DIR, startE2E, waitFor, type E2E, type Squiggle, type TreeView, type Workbench } from './harness.js';
import {
  CONFIG,
  CONFIG_EDITS,
  CONFIG_TEXT,
  FIXTURES,
  HOVERS,
  INITIAL,
  OPEN_VAGUE_REPORT,
  QUICK_FIXES,
  AFTER_QUICK_FIXES,
  SHOW_SOURCES,
  SOURCE_MIX,
  STORY_MD,
  STORY_TXT,
  TRANSCRIPT,
  TRANSCRIPT_FIXTURES,
  TYPING,
  replaceLine,
  type TreeRow,
  type ExpectedDiagnostic,
  type Position,
} from './scenarios.js';

const VSIX = path.resolve(process.env.WHOSAID_VSIX ?? path.join(REPO_ROOT, 'whosaid.vsix'));
const SHOT_PREFIX = 'whosaid';

/** A Problems panel row as compared: "warning 3:72 vague-source: message". Hints are never listed there. */
function problemRow(d: { severity: string; line: number; column: number; code: string; message: string }): string {
  return `${d.severity} ${d.line}:${d.column} ${d.code}: ${d.message}`;
}
const problemRows = (ds: readonly ExpectedDiagnostic[]) => ds.filter((d) => d.severity !== 'hint').map(problemRow);

/** A squiggle as compared: 'warning 3:72 "according to some reports"'. */
function squiggleRow(s: { severity: string; line: number; column: number; text: string }): string {
  return `${s.severity} ${s.line}:${s.column} ${JSON.stringify(s.text)}`;
}

describe('WhoSaid in a real VS Code workbench (code-server + Chromium)', { timeout: 600_000 }, () => {
  let e2e: E2E;
  let wb: Workbench;
  let failed = false;
  let n = 0;
  let current = '';
  /** Original text of the fixture files, to compute the exact expected text after edits. */
  const original: Record<string, string> = {};

  /** Saves test-results/whosaid-<n>-<scenario>[-<step>].png. */
  const shot = (step?: string) => wb.screenshot(`${current}${step ? `-${step}` : ''}`);

  /** Runs one scenario (`slug` names its screenshots); saves ...-FAILED.png when it fails. */
  const scenario = (slug: string, name: string, fn: () => Promise<void>) =>
    test(name, async (t) => {
      current = `${SHOT_PREFIX}-${++n}-${slug}`;
      if (!wb) return t.skip('the workbench did not start');
      // The scenarios build on each other's edits: after a failure the rest would only fail confusingly.
      if (failed) return t.skip('an earlier scenario failed');
      try {
        await fn();
      } catch (e) {
        failed = true;
        await wb.screenshot(`${current}-FAILED`).catch(() => {});
        throw e;
      }
    });

  /** WhoSaid rows of the Problems panel for one file, as "severity line:col code: message". */
  async function readProblemRows(file: string): Promise<string[]> {
    const markers = await wb.readProblems();
    return markers.filter((m) => m.file === file && m.source === 'whosaid').map(problemRow);
  }

  /** Waits until the Problems panel lists exactly `expected` for `file` (in position order). */
  async function expectProblems(file: string, expected: readonly ExpectedDiagnostic[], timeout?: number): Promise<void> {
    const want = problemRows(expected);
    await wb.showProblems();
    let last: string[] = [];
    try {
      await waitFor(
        `the Problems panel to list ${file}'s WhoSaid markers`,
        async () => {
          last = await readProblemRows(file);
          return JSON.stringify(last) === JSON.stringify(want);
        },
        { timeout },
      );
    } catch (e) {
      assert.deepEqual(last, want, `${(e as Error).message}\nProblems panel rows for ${file} differ`);
    }
  }

  /** Waits until the active editor's squiggles are exactly those of `expected` (severity, position, text). */
  async function expectSquiggles(expected: readonly ExpectedDiagnostic[], filter: (s: Squiggle) => boolean = () => true, timeout?: number): Promise<void> {
    // VS Code draws a hint as three dots under its first two characters only, whatever its range.
    const want = expected.map((d) => squiggleRow(d.severity === 'hint' ? { ...d, text: d.text.slice(0, 2) } : d));
    let last: string[] = [];
    try {
      await waitFor(
        'the squiggles of the active editor',
        async () => {
          last = (await wb.readSquiggles()).filter(filter).map(squiggleRow);
          return JSON.stringify(last) === JSON.stringify(want);
        },
        { timeout },
      );
    } catch (e) {
      assert.deepEqual(last, want, `${(e as Error).message}\nsquiggles differ`);
    }
  }

  /** The selected text of the active editor (copied to the clipboard and read back). */
  async function readSelection(): Promise<string> {
    await wb.focusEditor();
    const marker = `__e2e_selection_${Date.now()}__`;
    await wb.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(marker)})`);
    await wb.press('Mod+C');
    return waitFor('the selection on the clipboard', async () => {
      const t = (await wb.page.evaluate('navigator.clipboard.readText()')) as string;
      return t !== marker ? t : undefined;
    });
  }

  /** The status bar's selection item, e.g. "Ln 7, Col 42 (26 selected)". */
  async function statusSelection(): Promise<string> {
    return wb.eval<string>(String.raw`const el = document.querySelector('#status\\.editor\\.selection'); return el ? el.textContent.trim() : '';`);
  }

  /**
   * Hovers `at` and waits until the hover shows every one of `parts`. VS Code fills the widget in pieces (the
   * problem under the mouse first, the language server's hover when it answers), so all parts are waited for.
   */
  async function hoverShowing(at: Position, parts: readonly string[]): Promise<string> {
    let text = await wb.hover(at.line, at.column);
    try {
      await waitFor(`the hover at ${at.line}:${at.column} to show everything expected`, async () => {
        text = await wb.readHover();
        return parts.every((p) => text.includes(p));
      });
    } catch (e) {
      const missing = parts.filter((p) => !text.includes(p));
      assert.fail(`${(e as Error).message}: the hover lacks ${JSON.stringify(missing)}:\n${text}`);
    }
    return text;
  }

  async function moveMouseAway(): Promise<void> {
    await wb.page.mouse.move(5, 450);
    await wb.press('Escape');
    await waitFor('the hover to close', async () => (await wb.readHover()) === '');
  }

  before(async () => {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} not found: run \`npm run package\` first (npm run test:e2e does)`);
    await fsp.mkdir(RESULTS_DIR, { recursive: true });
    // Screenshots of an earlier run must not pass for this one's.
    for (const f of await fsp.readdir(RESULTS_DIR)) {
      if ((f.startsWith(`${SHOT_PREFIX}-`) && f.endsWith('.png')) || f === 'teardown-failure.png') await fsp.rm(path.join(RESULTS_DIR, f));
    }
    for (const f of [STORY_MD, STORY_TXT, CONFIG]) original[f] = await fsp.readFile(path.join(REPO_ROOT, FIXTURES, f), 'utf8');
    assert.equal(original[CONFIG], CONFIG_TEXT, 'the fixture config differs from scenarios.ts');
    // The WhoSaid output channel (config file in use, config errors) is kept in test-results/vscode-logs/.
    e2e = await startE2E({ vsix: VSIX, fixtures: FIXTURES });
    wb = e2e.wb;
    // Set once: if the window reloaded at any point, this would be gone (checked in scenario 5).
    await wb.page.evaluate('window.__whosaidE2E = "no reload"');
  });

  after(async () => {
    if (e2e?.wb.blockedRequests.length) console.log(`# blocked non-loopback requests: ${e2e.wb.blockedRequests.join(' ')}`);
    await e2e?.teardown({ failed });
  });

  scenario('vague-report', '1. a vague report is listed in Problems and squiggled on its words', async () => {
    for (const { file, vague } of OPEN_VAGUE_REPORT) {
      await wb.openFile(file);
      await expectProblems(file, INITIAL[file]!);
      const rows = await readProblemRows(file);
      assert.ok(rows.includes(problemRow(vague)), `no vague-source row for ${file}: ${rows.join('\n')}`);
      await expectSquiggles(INITIAL[file]!);
      const [squiggle] = (await wb.readSquiggles()).filter((s) => s.line === vague.line);
      assert.deepEqual(squiggle, { severity: 'warning', line: vague.line, column: vague.column, text: vague.text });
      await shot(path.extname(file).slice(1));
    }
  });

  scenario('hover', "2. hovers explain the rule, and show an attribution's source, kind and cue", async () => {
    await wb.openFile(HOVERS.flagged.file);
    const flagged = await hoverShowing(HOVERS.flagged.at, HOVERS.flagged.contains);
    await shot('flagged');
    await moveMouseAway();
    const attributed = await hoverShowing(HOVERS.attributed.at, HOVERS.attributed.contains);
    assert.ok(!attributed.includes('WhoSaid ·'), `an attributed sentence should carry no finding:\n${attributed}`);
    await shot('attributed');
    await moveMouseAway();
    assert.ok(flagged.includes('WhoSaid · vague-source'));
  });

  scenario('quick-fix', '3. quick fixes (Ctrl+.) change the text exactly and clear their diagnostic', async () => {
    let expected = original[STORY_MD]!;
    let remaining = INITIAL[STORY_MD]!;
    for (const fx of QUICK_FIXES) {
      await wb.openFile(fx.file);
      assert.equal((await wb.readVisibleLines()).find((l) => l.line === fx.line)?.text, fx.before);
      // Ctrl+. with the cursor in the flagged words: the menu lists the fix by its exact title.
      await wb.gotoPosition(fx.at.line, fx.at.column);
      await wb.press('Mod+.');
      let titles: string[] = [];
      const wanted = [fx.title, ...fx.alsoOffered];
      await waitFor(`the quick fix "${fx.title}" and ${JSON.stringify(fx.alsoOffered)}`, async () => {
        titles = await wb.readCodeActions();
        return wanted.every((t) => titles.includes(t));
      }).catch((e: Error) => {
        throw new Error(`${e.message}; menu had: ${JSON.stringify(titles)}`);
      });
      await shot(`${fx.code}-menu`);
      await wb.page
        .locator('.action-widget .monaco-list-row.action', { has: wb.page.locator('.title', { hasText: fx.title }) })
        .first()
        .click();
      await waitFor('the quick fix menu to close', async () => (await wb.readCodeActions()).length === 0);

      expected = replaceLine(expected, fx.line, fx.after);
      remaining = remaining.filter((d) => d.code !== fx.code);
      await expectProblems(fx.file, remaining);
      await expectSquiggles(remaining);
      assert.equal(await wb.readEditorText(), expected, `editor text after "${fx.title}"`);
      await wb.save();
      assert.equal(await wb.readWorkspaceFile(fx.file), expected, `${fx.file} on disk after saving`);
      await shot(`${fx.code}-applied`);
    }
    assert.deepEqual(remaining, AFTER_QUICK_FIXES);
  });

  scenario('typing', '4. typing a hedge shows a diagnostic within 2 s; deleting the hedge clears it', async () => {
    await wb.openFile(TYPING.file);
    const before = await wb.readEditorText();
    await wb.gotoPosition(TYPING.at.line, TYPING.at.column);
    await wb.typeText(TYPING.typed);
    const typedAt = Date.now();
    await expectProblems(TYPING.file, [...AFTER_QUICK_FIXES, TYPING.hedge], TYPING.maxLatencyMs);
    const latency = Date.now() - typedAt;
    await expectSquiggles([...AFTER_QUICK_FIXES, TYPING.hedge], undefined, TYPING.maxLatencyMs);
    assert.equal(await wb.readEditorText(), before + TYPING.typed);
    await shot('typed');
    console.log(`# hedged-report shown ${latency} ms after the last keystroke`);

    // Fix it by typing: Backspace over "reportedly ".
    await wb.gotoPosition(TYPING.deleteAt.line, TYPING.deleteAt.column);
    for (let i = 0; i < TYPING.deleteCount; i++) await wb.press('Backspace');
    const deletedAt = Date.now();
    await expectProblems(TYPING.file, TYPING.diagnosticsAfter, TYPING.maxLatencyMs);
    const cleared = Date.now() - deletedAt;
    await expectSquiggles(TYPING.diagnosticsAfter, undefined, TYPING.maxLatencyMs);
    const text = await wb.readEditorText();
    assert.equal(text, replaceLine(before + TYPING.typed, TYPING.line, TYPING.sentenceAfter));
    await wb.save();
    await shot('deleted');
    console.log(`# hedged-report gone ${cleared} ms after the last Backspace`);
  });

  scenario('config', '5. .whosaidrc.json: a rule turned off applies without a reload; broken JSON is reported, defaults apply', async () => {
    const { ruleOff, broken, fixed } = CONFIG_EDITS;
    // Turn vague-source off.
    await wb.openFile(CONFIG);
    await wb.gotoPosition(ruleOff.at.line, ruleOff.at.column);
    await wb.typeText(ruleOff.typed);
    await wb.save();
    assert.equal(await wb.readWorkspaceFile(CONFIG), ruleOff.text);
    await expectProblems(STORY_MD, ruleOff.expected[STORY_MD]!);
    await expectProblems(STORY_TXT, ruleOff.expected[STORY_TXT]!);
    await shot('rule-off-config');
    for (const file of [STORY_MD, STORY_TXT]) {
      await wb.openFile(file);
      await expectSquiggles(ruleOff.expected[file]!);
      await shot(`rule-off-${path.extname(file).slice(1)}`);
    }

    // Break it: delete the comma just typed.
    await wb.openFile(CONFIG);
    await wb.gotoPosition(broken.at.line, broken.at.column);
    await wb.press('Backspace');
    await wb.save();
    assert.equal(await wb.readWorkspaceFile(CONFIG), broken.text);
    const note = await wb.waitForNotification(broken.notification);
    assert.equal(note, broken.notification);
    // The error is also marked in the file (WhoSaid's own marker; VS Code's JSON support may add one of its own).
    await expectProblems(CONFIG, [broken.configDiagnostic]);
    await expectSquiggles(
      [broken.configDiagnostic],
      (s) => s.severity === 'error' && s.line === broken.configDiagnostic.line && s.column === broken.configDiagnostic.column,
    );
    await shot('broken-notification');
    // The default rules keep working meanwhile.
    await expectProblems(STORY_MD, broken.expected[STORY_MD]!);
    await expectProblems(STORY_TXT, broken.expected[STORY_TXT]!);
    await wb.openFile(STORY_TXT);
    await expectSquiggles(broken.expected[STORY_TXT]!);
    await shot('broken-defaults-apply');
    await wb.clearNotifications();

    // Fix it again: the rule is off again and the config's marker goes.
    await wb.openFile(CONFIG);
    await wb.gotoPosition(fixed.at.line, fixed.at.column);
    await wb.typeText(fixed.typed);
    await wb.save();
    assert.equal(await wb.readWorkspaceFile(CONFIG), ruleOff.text);
    await expectProblems(CONFIG, []);
    await expectProblems(STORY_MD, ruleOff.expected[STORY_MD]!);
    await expectProblems(STORY_TXT, ruleOff.expected[STORY_TXT]!);
    assert.deepEqual(await wb.readNotifications(), [], 'a valid config shows no notification');
    assert.equal(await wb.page.evaluate('window.__whosaidE2E'), 'no reload', 'the window was reloaded');
    await shot('fixed');
  });

  scenario('show-sources', '6. "Show sources in this document" lists the attributions and jumps to one', async () => {
    await wb.openFile(SHOW_SOURCES.file);
    await wb.gotoPosition(1, 1);
    await wb.runCommand(SHOW_SOURCES.commandLabel);
    const title = () =>
      wb.eval<string>(String.raw`
      const w = document.querySelector('.quick-input-widget');
      const t = w && w.offsetParent !== null && w.querySelector('.quick-input-title');
      return t ? t.textContent.trim() : '';
    `);
    await waitFor(`the quick pick "${SHOW_SOURCES.title}"`, async () => (await title()) === SHOW_SOURCES.title);
    let rows: { label: string; description: string }[] = [];
    const want = SHOW_SOURCES.rows.map((r) => ({ label: r.label, description: r.description }));
    await waitFor('the sources list', async () => {
      rows = (await wb.quickInputRows()).map((r) => ({ label: r.label, description: r.description }));
      return JSON.stringify(rows) === JSON.stringify(want);
    }).catch(() => assert.deepEqual(rows, want, 'sources list'));
    const details = await wb.eval<string[]>(String.raw`
      return [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map(r => { const d = r.querySelector('.quick-input-list-label-meta .label-name, .quick-input-list-detail .label-name, .quick-input-list-detail'); return d ? d.textContent.trim() : ''; });
    `);
    assert.deepEqual(
      details,
      SHOW_SOURCES.rows.map((r) => r.detail),
      'content previews',
    );
    await shot('list');

    const pick = SHOW_SOURCES.rows[SHOW_SOURCES.pick]!;
    const rowIndex = (await wb.quickInputRows()).find((r) => r.label === pick.label && r.description === pick.description)!.domIndex;
    await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(rowIndex).click();
    await waitFor('the quick pick to close', async () => (await title()) === '');
    const { start, end, text } = SHOW_SOURCES.selection;
    const status = `Ln ${end.line}, Col ${end.column} (${text.length} selected)`;
    await waitFor(`the status bar to show "${status}"`, async () => (await statusSelection()) === status).catch(async () => {
      assert.equal(await statusSelection(), status, 'cursor and selection after picking a source');
    });
    assert.equal(await readSelection(), text);
    assert.equal(start.line, end.line);
    assert.equal(end.column - start.column, text.length);
    await shot('jumped');
  });

  scenario('source-mix', "7. the Source Mix view in the WhoSaid sidebar lists the story's sources, jumps to one and follows typing", async () => {
    await wb.openFile(SOURCE_MIX.file);
    await wb.showViewContainer(SOURCE_MIX.container);
    await wb.expandTreeView(SOURCE_MIX.view);
    // Wide enough that the rows' descriptions are not cut off in the screenshots (docs/images/source-mix.png).
    await wb.setSidebarWidth(SOURCE_MIX.sidebarWidth);
    await expectTreeView(SOURCE_MIX.description, SOURCE_MIX.rows);
    await shot('opened');

    // Clicking a source selects where the story first names it.
    await wb.clickTreeRow(SOURCE_MIX.view, SOURCE_MIX.click);
    const { start, end, text } = SOURCE_MIX.selection;
    const status = `Ln ${end.line}, Col ${end.column} (${text.length} selected)`;
    await waitFor(`the status bar to show "${status}"`, async () => (await statusSelection()) === status).catch(async () => {
      assert.equal(await statusSelection(), status, `cursor and selection after clicking ${SOURCE_MIX.click}`);
    });
    assert.equal(await readSelection(), text);
    assert.equal(end.column - start.column, text.length);
    await shot('clicked');

    // Typing a quotation by "she" on a new last paragraph: her third attribution, her first direct quote.
    const before = await wb.readEditorText();
    await wb.gotoPosition(SOURCE_MIX.typeAt.line, SOURCE_MIX.typeAt.column);
    await wb.typeText(SOURCE_MIX.typed);
    await expectTreeView(SOURCE_MIX.descriptionAfter, SOURCE_MIX.rowsAfter);
    assert.equal(await wb.readEditorText(), before + SOURCE_MIX.typed);
    await shot('typed');
  });

  /** Waits until the Source Mix view shows `description` in its header and exactly `rows`. */
  async function expectTreeView(description: string, rows: readonly TreeRow[]): Promise<void> {
    let last: TreeView | undefined;
    const want = { description, rows: rows.map((r) => `${r.label} | ${r.description}`) };
    const seen = () => ({ description: last?.description ?? '', rows: (last?.rows ?? []).map((r) => `${r.label} | ${r.description}`) });
    try {
      await waitFor(`the ${SOURCE_MIX.view} view to show "${description}"`, async () => {
        last = await wb.readTreeView(SOURCE_MIX.view);
        return JSON.stringify(seen()) === JSON.stringify(want);
      });
    } catch (e) {
      assert.deepEqual(seen(), want, `${(e as Error).message}\n${SOURCE_MIX.view} view differs (message: ${JSON.stringify(last?.message)})`);
    }
  }
});

describe("WhoSaid checks quotations against the workspace's transcripts (code-server + Chromium)", { timeout: 300_000 }, () => {
  let e2e: E2E | undefined;
  let wb: Workbench;
  let failed = false;
  const shot = (step: string) => wb.screenshot(`${SHOT_PREFIX}-8-transcript-${step}`);

  before(async () => {
    const config = await fsp.readFile(path.join(REPO_ROOT, TRANSCRIPT_FIXTURES, '.whosaidrc.json'), 'utf8');
    assert.equal(config, TRANSCRIPT.configText, 'the transcripts fixture config differs from scenarios.ts');
    e2e = await startE2E({ vsix: VSIX, fixtures: TRANSCRIPT_FIXTURES, name: 'transcripts' });
    wb = e2e.wb;
  });

  after(async () => {
    await e2e?.teardown({ failed });
  });

  test("8. a quotation that differs from the transcript is flagged with the transcript's line; the fix restores its words", async () => {
    try {
      const d = TRANSCRIPT.diagnostic;
      const row = `${d.severity} ${d.line}:${d.column} ${d.code}: ${d.message}`;
      await wb.openFile(TRANSCRIPT.file);
      await wb.showProblems();
      let rows: string[] = [];
      await waitFor('the Problems panel to list the quotation', async () => {
        rows = (await wb.readProblems())
          .filter((m) => m.file === TRANSCRIPT.file && m.source === 'whosaid')
          .map((m) => `${m.severity} ${m.line}:${m.column} ${m.code}: ${m.message}`);
        return JSON.stringify(rows) === JSON.stringify([row]);
      }).catch(() => assert.deepEqual(rows, [row], 'Problems panel rows'));
      const squiggle = { severity: d.severity, line: d.line, column: d.column, text: d.text };
      await wb.waitForSquiggles((s) => JSON.stringify(s) === JSON.stringify([squiggle]), `the quotation squiggled: ${JSON.stringify(squiggle)}`);
      await shot('flagged');

      await wb.gotoPosition(TRANSCRIPT.at.line, TRANSCRIPT.at.column);
      await wb.press('Mod+.');
      let titles: string[] = [];
      await waitFor(`the quick fix "${TRANSCRIPT.title}"`, async () => {
        titles = await wb.readCodeActions();
        return titles.includes(TRANSCRIPT.title);
      }).catch((e: Error) => {
        throw new Error(`${e.message}; menu had: ${JSON.stringify(titles)}`);
      });
      await shot('menu');
      await wb.page
        .locator('.action-widget .monaco-list-row.action', { has: wb.page.locator('.title', { hasText: TRANSCRIPT.title }) })
        .first()
        .click();
      await waitFor('the quick fix menu to close', async () => (await wb.readCodeActions()).length === 0);

      const original = await fsp.readFile(path.join(REPO_ROOT, TRANSCRIPT_FIXTURES, TRANSCRIPT.file), 'utf8');
      assert.equal(original.split('\n')[TRANSCRIPT.line - 1], TRANSCRIPT.before);
      const expected = replaceLine(original, TRANSCRIPT.line, TRANSCRIPT.after);
      assert.equal(await wb.readEditorText(), expected);
      await waitFor(
        'the quotation finding to go',
        async () => (await wb.readProblems()).filter((m) => m.file === TRANSCRIPT.file && m.source === 'whosaid').length === 0,
      );
      await wb.waitForSquiggles((s) => s.length === 0, 'no squiggles');
      await wb.save();
      assert.equal(await wb.readWorkspaceFile(TRANSCRIPT.file), expected);
      await shot('restored');
    } catch (e) {
      failed = true;
      await wb?.screenshot(`${SHOT_PREFIX}-8-transcript-FAILED`).catch(() => {});
      throw e;
    }
  });
});
