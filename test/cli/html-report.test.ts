// --format html: the sourcing report opened in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core): highlights of every source kind with their cues, findings marked
// and listed, the sources tables, escaped text, no request other than the file itself; the page
// is saved to test-results/report.png. Without Chromium this test fails and says how to install it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, tempTree, whosaid } from './helpers';
import { CHROMIUM_FLAGS } from '../chromium-flags';

// The page's own global, as far as these checks use it (the tsconfig has no DOM library).
declare const getComputedStyle: (element: unknown) => { backgroundColor: string; borderBottomWidth: string; textDecorationColor: string };

const CHROMIUM = process.env.WHOSAID_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', ...CHROMIUM_FLAGS];
const ARTICLE = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'ci', 'harbour.md'), 'utf8');
const TRICKY = 'Officials said <script>alert("x")</script> & <b>not bold</b> would follow, according to some reports.\n';

async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed (${CHROMIUM} is missing), so the HTML report cannot be checked.\n` +
        'Install it with:  apt-get update && apt-get install -y chromium\n' +
        '(or set WHOSAID_CHROMIUM to a Chromium binary). playwright-core drives it; it never downloads a browser.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

test('html: the report shows each article with its attributions by kind, cues, findings and sources, and loads nothing', async () => {
  const root = tempTree({ 'desk/harbour.md': ARTICLE, 'desk/tricky.txt': TRICKY });
  const r = await whosaid(['check', 'desk', '--format', 'html', '--output', 'report.html'], { cwd: root });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, '');
  const html = fs.readFileSync(path.join(root, 'report.html'), 'utf8');
  assert.doesNotMatch(html, /<script|<link|@import|url\(|src=/i, 'self-contained: no scripts or external assets');
  // Each article lists its claims ledger: the rows `whosaid ledger` prints, in the same order.
  const ledger = JSON.parse((await whosaid(['ledger', 'desk/harbour.md', '--format', 'json'], { cwd: root })).stdout).files[0].claims as {
    line: number;
    column: number;
    kind: string;
  }[];
  const listed = [...html.matchAll(/<ol class="claims">(.*?)<\/ol>/gs)][0]?.[1] ?? '';
  assert.deepEqual(
    [...listed.matchAll(/<li><span class="muted">(\d+):(\d+) (\w+)<\/span>/g)].map((m) => `${m[1]}:${m[2]} ${m[3]}`),
    ledger.map((c) => `${c.line}:${c.column} ${c.kind}`),
  );
  assert.ok(ledger.length > 0);
  const json = JSON.parse((await whosaid(['check', 'desk', '--format', 'json'], { cwd: root })).stdout);
  const harbour = json.files.find((f: { path: string }) => f.path === 'desk/harbour.md');

  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(`file://${path.join(root, 'report.html')}`);
    const article = page.locator('section.article', { has: page.locator('h2', { hasText: 'desk/harbour.md' }) });

    // Sources highlighted by kind, each visible, with its own background colour.
    const sources = await article.locator('.body .src[data-kind]').evaluateAll((els) =>
      els.map((e) => ({
        kind: e.getAttribute('data-kind'),
        text: e.textContent,
        bg: getComputedStyle(e).backgroundColor,
        visible: (e as unknown as { offsetWidth: number }).offsetWidth > 0,
      })),
    );
    const byText = (text: string) => sources.find((s) => s.text === text);
    assert.equal(byText('Mayor Ana Ruiz')?.kind, 'named');
    assert.equal(byText('She')?.kind, 'pronoun');
    assert.equal(byText('some reports')?.kind, 'vague');
    assert.equal(byText('A council official')?.kind, 'anonymous');
    assert.equal(byText("the council's flood report")?.kind, 'document');
    assert.ok(sources.every((s) => s.visible));
    assert.equal(new Set(sources.map((s) => s.bg)).size, new Set(sources.map((s) => s.kind)).size, 'one colour per kind');
    // Every attribution is there: a cue per attribution, underlined in its kind's colour.
    const cues = await article
      .locator('.body .cue')
      .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-cue'), text: e.textContent, border: getComputedStyle(e).borderBottomWidth })));
    // A finding inside a cue cuts it into segments of the same attribution: joined, they are its cue.
    const whole = new Map<string, string>();
    for (const c of cues) whole.set(c.id!, (whole.get(c.id!) ?? '') + c.text);
    assert.deepEqual(
      [...whole.values()],
      harbour.attributions.map((a: { cue: { text: string } }) => a.cue.text),
    );
    assert.ok(
      cues.every((c) => parseFloat(c.border) >= 2),
      'cues are underlined',
    );

    // Findings: marked in the text with the message on hover, numbered, and listed under their paragraph.
    const marked = await article
      .locator('.body .f[data-rule]')
      .evaluateAll((els) => els.map((e) => ({ rule: e.getAttribute('data-rule'), title: e.getAttribute('title') })));
    const notes = await article
      .locator('li.note')
      .evaluateAll((els) =>
        els.map((e) => ({ rule: e.getAttribute('data-rule'), text: e.textContent, visible: (e as unknown as { offsetHeight: number }).offsetHeight > 0 })),
      );
    assert.equal(notes.length, harbour.diagnostics.length);
    harbour.diagnostics.forEach((d: { rule: string; severity: string; message: string }, i: number) => {
      assert.equal(notes[i]!.rule, d.rule);
      assert.ok(notes[i]!.text!.includes(d.message) && notes[i]!.visible, d.rule);
      assert.ok(
        marked.some((m) => m.rule === d.rule && m.title === `${d.severity} · ${d.rule}: ${d.message}`),
        `${d.rule} marked with its message as title`,
      );
    });
    assert.equal(await article.locator('a.marker').count(), harbour.diagnostics.length);
    const vagueColour = await article
      .locator('.body .f.s-warning')
      .first()
      .evaluate((e) => getComputedStyle(e).textDecorationColor);
    const hintColour = await article
      .locator('.body .f.s-hint')
      .first()
      .evaluate((e) => getComputedStyle(e).textDecorationColor);
    assert.notEqual(vagueColour, hintColour, 'severities have their own colours');

    // The article's sources table: one row per person (named as the story introduces them, without
    // the title), a pronoun counted for whom it names.
    const rows = await article
      .locator('table.sources tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    const ruiz = rows.find((row) => row[0]!.startsWith('Ana Ruiz'))!;
    assert.deepEqual([ruiz[0]!.replace(/\s+/g, ' '), ruiz[1], ruiz[2]], ['Ana Ruiz (1 by pronoun)admitted, told', 'Named', '2']);
    assert.ok(rows.some((row) => row[0]!.startsWith('some reports') && row[1] === 'Vague'));
    assert.ok(rows.some((row) => row[0]!.startsWith('A council official') && row[1] === 'Anonymous'));
    // Totals across articles: "some reports" is in both.
    const totals = await page
      .locator('section.totals table.sources tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    assert.deepEqual(totals.find((row) => row[0] === 'some reports')?.slice(1, 4), ['Vague', '2', '2']);
    assert.match(await page.locator('section.summary').innerText(), /2\s+articles/);

    // The document's text is shown as text, never as markup.
    const tricky = page.locator('section.article', { has: page.locator('h2', { hasText: 'desk/tricky.txt' }) });
    assert.match(await tricky.locator('.body p.text').innerText(), /said <script>alert\("x"\)<\/script> & <b>not bold<\/b> would follow/);
    assert.equal(await page.locator('script, .body b').count(), 0);

    assert.deepEqual(
      requests.filter((u) => !u.startsWith('file:')),
      [],
      'no request other than the file itself',
    );
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'report.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});
