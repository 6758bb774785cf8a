/**
 * Proves the real-editor harness with the stand-in extension (test/e2e/stand-in-extension).
 * Run: scripts/e2e-setup.sh && node --import tsx --test test/e2e/stand-in.e2e.ts
 *
 * The scenarios share one workbench and run in order (node:test runs tests of a file sequentially);
 * each one saves a screenshot test-results/stand-in-<n>-<name>.png, passed or failed.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, packageVsix, startE2E, type E2E } from './harness.js';

const FILE = 'article.md';
const MESSAGE = '"reportedly" hides who said it: name the source';

describe('stand-in extension in a real VS Code workbench (code-server)', { timeout: 240_000 }, () => {
  let e2e: E2E;
  let failed = false;
  let n = 0;

  /** Runs one scenario; screenshots it as test-results/stand-in-<n>-<name>.png whether it passes or fails. */
  const scenario = (name: string, fn: () => Promise<void>) =>
    test(name, async () => {
      const shot = `stand-in-${++n}-${name.replace(/\W+/g, '-').toLowerCase()}`;
      try {
        await fn();
      } catch (e) {
        failed = true;
        await e2e?.wb.screenshot(`${shot}-FAILED`).catch(() => {});
        throw e;
      }
      await e2e.wb.screenshot(shot);
    });

  before(async () => {
    const vsix = await packageVsix(path.join(REPO_ROOT, 'test/e2e/stand-in-extension'));
    e2e = await startE2E({ vsix, fixtures: 'test/e2e/fixtures/stand-in' });
  });

  after(async () => {
    // Requests to hosts other than 127.0.0.1 are aborted by the harness; list them (informational).
    if (e2e?.wb.blockedRequests.length) console.log(`# blocked non-loopback requests: ${e2e.wb.blockedRequests.join(' ')}`);
    await e2e?.teardown({ failed });
  });

  scenario('problems panel lists the warning on the right line', async () => {
    await e2e.wb.openFile(FILE);
    const [m] = await e2e.wb.waitForProblems(1);
    assert.deepEqual(
      { severity: m.severity, message: m.message, source: m.source, file: m.file, line: m.line, column: m.column },
      { severity: 'warning', message: MESSAGE, source: 'stand-in', file: FILE, line: 4, column: 11 },
    );
  });

  scenario('squiggle is under the word', async () => {
    const squiggles = await e2e.wb.waitForSquiggles((s) => s.length === 1, 'one squiggle');
    assert.deepEqual(squiggles, [{ severity: 'warning', line: 4, column: 11, text: 'reportedly' }]);
  });

  scenario('hover shows the text', async () => {
    const text = await e2e.wb.hover(4, 14, { contains: 'Stand-in hover' });
    assert.match(text, /Stand-in hover: "reportedly" is an unattributed claim\. Say who reported it\./);
  });

  scenario('command palette runs the command', async () => {
    await e2e.wb.runCommand('Stand-in: Show sources');
    const note = await e2e.wb.waitForNotification('Stand-in sources:');
    assert.equal(note, 'Stand-in sources: 1 unattributed claim(s) in the active file');
    await e2e.wb.screenshot('stand-in-4-command-palette-notification');
    await e2e.wb.clearNotifications();
  });

  scenario('quick fix changes the text exactly and the marker disappears', async () => {
    const before = await e2e.wb.readEditorText();
    await e2e.wb.quickFix(4, 12, 'Replace with "according to"');
    await e2e.wb.waitForProblems(0);
    await e2e.wb.waitForSquiggles((s) => s.length === 0, 'no squiggles');
    const after = await e2e.wb.readEditorText();
    assert.equal(after, before.replace('The mayor reportedly opposed', 'The mayor according to opposed'));
    const visible = await e2e.wb.readVisibleLines();
    assert.equal(visible.find((l) => l.line === 4)?.text, 'The mayor according to opposed the new tax.');
  });

  scenario('typing a new "reportedly" makes a marker appear within 2 s', async () => {
    await e2e.wb.gotoPosition(7, 1);
    await e2e.wb.typeText('Reportedly, ');
    const typedAt = Date.now();
    const [m] = await e2e.wb.waitForProblems(1, { timeout: 2000 });
    const latency = Date.now() - typedAt;
    assert.equal(m.line, 7);
    assert.equal(m.column, 1);
    assert.ok(latency <= 2000, `marker took ${latency} ms`);
    const squiggles = await e2e.wb.waitForSquiggles((s) => s.length === 1, 'one squiggle', 2000);
    assert.deepEqual(squiggles, [{ severity: 'warning', line: 7, column: 1, text: 'Reportedly' }]);
    // Saving writes exactly what the editor holds.
    await e2e.wb.save();
    const onDisk = await e2e.wb.readWorkspaceFile(FILE);
    assert.equal(onDisk, await e2e.wb.readEditorText());
    assert.match(onDisk, /^Reportedly, Spokesperson Ana Ruiz said the vote was delayed\.$/m);
    console.log(`# marker appeared ${latency} ms after typing`);
  });
});
