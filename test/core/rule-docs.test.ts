// The rule pages are a contract: every ```text block under "## Bad" in docs/rules/<id>.md must
// produce that rule's finding, and none under "## Good" may (and no ```text block stands anywhere
// else, unchecked). The rule table in docs/rules/README.md must agree with the code (ids, order,
// descriptions, default severities, off by default), and what each page says about severity,
// configuration and suppression must hold. Reads only docs/ and the engine.
//
// Two page conventions beyond Bad and Good:
// - "Default severity: **off** (information when enabled)" declares a rule that is off by default
//   (`defaultEnabled: false`); its examples are checked with the rule turned on at that severity.
// - A ```sources <path> block gives a source document (a transcript, notes, a press release), read as
//   the CLI reads the file at <path>; a page's examples are checked against all its sources.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, DIRECTIVE_RULE } from '../../server/src/engine';
import { DEFAULT_CONFIG, parseConfig, type ResolvedConfig } from '../../server/src/analysis/config';
import { createQuoteSources, type QuoteSources } from '../../server/src/analysis/quote-sources';
import { transcriptText } from '../../server/src/analysis/transcripts';
import type { DocumentFormat } from '../../server/src/analysis/types';
import { RULES } from '../../server/src/rules';
import type { Rule } from '../../server/src/rules/rule';

const DOCS = path.join(__dirname, '..', '..', 'docs', 'rules');
const PAGES = [...RULES.map((r) => r.id), DIRECTIVE_RULE];

interface Page {
  id: string;
  text: string;
  description: string | undefined;
  /** The default severity as written: "warning", or "off (information when enabled)". */
  severity: string | undefined;
  /** True when the page says the rule is off by default. */
  off: boolean;
  /** The severity its findings have: the default, or the one it has when enabled. */
  enabledSeverity: string | undefined;
  bad: string[];
  good: string[];
  /** The ```sources blocks, indexed as the CLI indexes the files; undefined when the page has none. */
  sources: QuoteSources | undefined;
  /** The config the examples are checked with: the defaults, or the rule turned on when it is off by default. */
  config: ResolvedConfig;
}

/** How the docs write a rule's default: its severity, or "off (<severity> when enabled)". */
function defaultLabel(rule: Rule): string {
  return rule.defaultEnabled === false ? `off (${rule.defaultSeverity} when enabled)` : rule.defaultSeverity;
}

/** "warning" or "off (information when enabled)", as in the README's table and a page's first lines. */
function parseSeverity(label: string | undefined): { off: boolean; enabledSeverity: string | undefined } {
  const m = label === undefined ? null : /^(\w+)(?: \((\w+) when enabled\))?$/.exec(label);
  if (!m) return { off: false, enabledSeverity: undefined };
  return m[1] === 'off' ? { off: true, enabledSeverity: m[2] } : { off: false, enabledSeverity: m[2] === undefined ? m[1] : undefined };
}

/** The ```text blocks of a "## <title>" section (up to the next "## " heading). */
function examples(markdown: string, title: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return [];
  const blocks: string[] = [];
  let current: string[] | null = null;
  for (const line of lines.slice(start + 1)) {
    if (current === null) {
      if (/^## /.test(line)) break;
      if (line.trim() === '```text') current = [];
    } else if (line.trim() === '```') {
      blocks.push(current.join('\n'));
      current = null;
    } else {
      current.push(line);
    }
  }
  assert.equal(current, null, `docs/rules: an unclosed \`\`\`text block under "## ${title}"`);
  return blocks;
}

/** The page's ```sources <path> blocks, anywhere on the page. */
function sourceBlocks(markdown: string): { path: string; text: string }[] {
  const blocks: { path: string; text: string }[] = [];
  let current: { path: string; lines: string[] } | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (current === null) {
      const open = /^```sources\s+(\S+)\s*$/.exec(line.trim());
      if (open) current = { path: open[1]!, lines: [] };
    } else if (line.trim() === '```') {
      blocks.push({ path: current.path, text: current.lines.join('\n') + '\n' });
      current = null;
    } else {
      current.lines.push(line);
    }
  }
  assert.equal(current, null, 'docs/rules: an unclosed ```sources block');
  return blocks;
}

function readPage(id: string): Page {
  const text = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
  const severity = /^Default severity: \*\*(\w+)\*\*((?: \(\w+ when enabled\))?)$/m.exec(text);
  const label = severity ? `${severity[1]}${severity[2]}` : undefined;
  const { off, enabledSeverity } = parseSeverity(label);
  const documents = sourceBlocks(text);
  return {
    id,
    text,
    description: /^> (.+)$/m.exec(text)?.[1],
    severity: label,
    off,
    enabledSeverity,
    bad: examples(text, 'Bad'),
    good: examples(text, 'Good'),
    sources: documents.length > 0 ? createQuoteSources(documents.map((d) => ({ path: d.path, text: transcriptText(d.path, d.text) }))) : undefined,
    config: off && enabledSeverity ? withRule(id, enabledSeverity as ResolvedConfig['rules'][string]) : DEFAULT_CONFIG,
  };
}

/** The page rule's findings in `text`, checked as the page's examples are (its config, its sources; `null`: none). */
function findingsOf(
  page: Page,
  text: string,
  format: DocumentFormat = 'text',
  config: ResolvedConfig = page.config,
  sources: QuoteSources | null = page.sources ?? null,
) {
  return analyze(text, { format, config, ...(sources ? { sources } : {}) }).findings.filter((f) => f.rule === page.id);
}

function describeFindings(page: Page, text: string): string {
  const all = analyze(text, { format: 'text', config: page.config, ...(page.sources ? { sources: page.sources } : {}) }).findings;
  return all.length === 0 ? 'no findings' : all.map((f) => `${f.rule} on “${text.slice(f.start, f.end)}”`).join('; ');
}

function withRule(id: string, severity: ResolvedConfig['rules'][string]): ResolvedConfig {
  return { ...DEFAULT_CONFIG, rules: { [id]: severity } };
}

/** The 0-based line of an offset. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}

/** The example with `directive` on a line of its own before line `line`. */
function withDirective(example: string, line: number, directive: string): string {
  const lines = example.split('\n');
  lines.splice(line, 0, directive);
  return lines.join('\n');
}

test('every rule, and invalid-directive, has a page; no page is left over', () => {
  const files = fs
    .readdirSync(DOCS)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => f.slice(0, -3));
  assert.deepEqual([...files].sort(), [...PAGES].sort());
});

test('README lists every rule in code order with its description and default severity', () => {
  const readme = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\|\s*\[([a-z-]+)\]\(([^)]+)\)\s*\|\s*([a-z]+(?: \([a-z]+ when enabled\))?)\s*\|\s*(.+?)\s*\|\s*$/gm)].map((m) => ({
    id: m[1]!,
    link: m[2]!,
    severity: m[3]!,
    description: m[4]!,
  }));
  assert.deepEqual(
    rows.map((r) => r.id),
    PAGES,
    'the table lists the rules in the order of RULES, then invalid-directive',
  );
  for (const row of rows) {
    assert.equal(row.link, `${row.id}.md`, `${row.id}: link`);
    const rule = RULES.find((r) => r.id === row.id);
    const page = readPage(row.id);
    if (rule) {
      assert.equal(row.description, rule.description, `${row.id}: README description`);
      // "off (information when enabled)" for a rule with defaultEnabled: false.
      assert.equal(row.severity, defaultLabel(rule), `${row.id}: README default severity`);
    }
    // Each page opens with the same one-liner and default severity as its row.
    assert.equal(page.description, row.description, `${row.id}: the page's one-line description`);
    assert.equal(page.severity, row.severity, `${row.id}: the page's default severity`);
  }
});

for (const id of PAGES) {
  describe(`docs/rules/${id}.md`, () => {
    const page = readPage(id);

    test('has several Bad and Good examples', () => {
      assert.ok(page.bad.length >= 3, `${id}: ${page.bad.length} Bad examples`);
      assert.ok(page.good.length >= 3, `${id}: ${page.good.length} Good examples`);
    });

    test('every ```text block is a Bad or a Good example, so every example shown is checked', () => {
      const blocks = (page.text.match(/^```text\s*$/gm) ?? []).length;
      assert.equal(blocks, page.bad.length + page.good.length, 'a ```text block outside "## Bad" and "## Good"');
    });

    page.bad.forEach((example, i) => {
      test(`Bad ${i + 1}: ${example.replace(/\n/g, ' ⏎ ')}`, () => {
        assert.ok(findingsOf(page, example).length > 0, `expected a ${id} finding; got ${describeFindings(page, example)}`);
      });
    });

    page.good.forEach((example, i) => {
      test(`Good ${i + 1}: ${example.replace(/\n/g, ' ⏎ ')}`, () => {
        const found = findingsOf(page, example).map((f) => `“${example.slice(f.start, f.end)}”: ${f.message}`);
        assert.deepEqual(found, [], `expected no ${id} finding`);
      });
    });
  });
}

// What every rule page promises in its "Severity" and "Suppressing one occurrence" sections.
for (const rule of RULES) {
  test(`${rule.id}: the page's severity and suppression instructions work on its first Bad example`, () => {
    const page = readPage(rule.id);
    const example = page.bad[0]!;
    assert.match(page.text, new RegExp(`\\{ "rules": \\{ "${rule.id}": "(?:off|error|warning|information|hint)" \\} \\}`));
    assert.ok(page.text.includes(`<!-- whosaid-disable-next-line ${rule.id}`), 'Markdown directive shown');
    assert.ok(page.text.includes(`\`whosaid-disable-next-line ${rule.id}\``), 'plain-text directive shown');

    // On by default at its severity, or off by default and at its severity once turned on.
    assert.equal(page.off, rule.defaultEnabled === false, 'the page says whether the rule is on by default');
    assert.equal(page.enabledSeverity, rule.defaultSeverity);
    if (page.off) {
      assert.deepEqual(findingsOf(page, example, 'text', DEFAULT_CONFIG), [], 'off by default: the default config reports nothing');
      assert.ok(page.text.includes(`{ "rules": { "${rule.id}": "${rule.defaultSeverity}" } }`), 'the page shows how to turn it on');
    }
    const found = findingsOf(page, example);
    assert.ok(found.length > 0 && found.every((f) => f.severity === rule.defaultSeverity));
    assert.deepEqual(findingsOf(page, example, 'text', withRule(rule.id, 'off')), []);
    const raised = findingsOf(page, example, 'text', withRule(rule.id, 'error'));
    assert.ok(raised.length > 0 && raised.every((f) => f.severity === 'error'));
    // A page gives sources because its rule needs them: without, the example is silent.
    if (page.sources) assert.deepEqual(findingsOf(page, example, 'text', page.config, null), [], 'the example fires only against the page’s sources');

    // The directive goes on the line before the one where the finding starts (for a fact-check
    // rule, the later of two sentences). A directive for another rule in the same place leaves the
    // finding, so it is the directive, not the extra line, that silences it.
    const lines = [...new Set(found.map((f) => lineOf(example, f.start)))];
    assert.equal(lines.length, 1, 'the first Bad example’s findings start on one line, so one directive covers them');
    const line = lines[0]!;
    const other = RULES.find((r) => r.id !== rule.id)!.id;
    assert.ok(findingsOf(page, withDirective(example, line, `whosaid-disable-next-line ${other}`)).length > 0);
    assert.deepEqual(findingsOf(page, withDirective(example, line, `whosaid-disable-next-line ${rule.id}`)), []);

    const markdown = findingsOf(page, example, 'markdown');
    assert.ok(markdown.length > 0, 'the example fires as Markdown too');
    assert.ok(
      markdown.every((f) => lineOf(example, f.start) === line),
      'and on the same line',
    );
    assert.ok(findingsOf(page, withDirective(example, line, `<!-- whosaid-disable-next-line ${other} -- reason -->`), 'markdown').length > 0);
    assert.deepEqual(findingsOf(page, withDirective(example, line, `<!-- whosaid-disable-next-line ${rule.id} -- reason -->`), 'markdown'), []);
  });
}

test('invalid-directive: always a warning, not configurable, not suppressible', () => {
  const page = readPage(DIRECTIVE_RULE);
  const example = page.bad[0]!;
  assert.ok(findingsOf(page, example).every((f) => f.severity === 'warning'));
  assert.ok(parseConfig('{ "rules": { "invalid-directive": "off" } }').errors.length > 0, '.whosaidrc.json rejects the id');
  assert.ok(findingsOf(page, `whosaid-disable-next-line ${DIRECTIVE_RULE}\n${example}`).length > 0);
});
