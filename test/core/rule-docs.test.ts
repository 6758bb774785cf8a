// The rule pages are a contract: every ```text block under "## Bad" in docs/rules/<id>.md must
// produce that rule's finding, and none under "## Good" may. The rule table in docs/rules/README.md
// must agree with the code (ids, order, descriptions, default severities), and what each page says
// about severity, configuration and suppression must hold. Reads only docs/ and the engine.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, DIRECTIVE_RULE } from '../../server/src/analysis';
import { DEFAULT_CONFIG, parseConfig, type ResolvedConfig } from '../../server/src/analysis/config';
import type { DocumentFormat } from '../../server/src/analysis/types';
import { RULES } from '../../server/src/rules';

const DOCS = path.join(__dirname, '..', '..', 'docs', 'rules');
const PAGES = [...RULES.map((r) => r.id), DIRECTIVE_RULE];

interface Page {
  id: string;
  text: string;
  description: string | undefined;
  severity: string | undefined;
  bad: string[];
  good: string[];
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

function readPage(id: string): Page {
  const text = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
  return {
    id,
    text,
    description: /^> (.+)$/m.exec(text)?.[1],
    severity: /^Default severity: \*\*(\w+)\*\*$/m.exec(text)?.[1],
    bad: examples(text, 'Bad'),
    good: examples(text, 'Good'),
  };
}

function findingsOf(rule: string, text: string, format: DocumentFormat = 'text', config?: ResolvedConfig) {
  return analyze(text, { format, ...(config ? { config } : {}) }).findings.filter((f) => f.rule === rule);
}

function describeFindings(text: string): string {
  const all = analyze(text, { format: 'text' }).findings;
  return all.length === 0 ? 'no findings' : all.map((f) => `${f.rule} on “${text.slice(f.start, f.end)}”`).join('; ');
}

function withRule(id: string, severity: ResolvedConfig['rules'][string]): ResolvedConfig {
  return { ...DEFAULT_CONFIG, rules: { [id]: severity } };
}

test('every rule, and invalid-directive, has a page; no page is left over', () => {
  const files = fs.readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
  assert.deepEqual([...files].sort(), [...PAGES].sort());
});

test('README lists every rule in code order with its description and default severity', () => {
  const readme = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\|\s*\[([a-z-]+)\]\(([^)]+)\)\s*\|\s*([a-z]+)\s*\|\s*(.+?)\s*\|\s*$/gm)].map((m) => ({
    id: m[1]!, link: m[2]!, severity: m[3]!, description: m[4]!,
  }));
  assert.deepEqual(rows.map((r) => r.id), PAGES, 'the table lists the rules in the order of RULES, then invalid-directive');
  for (const row of rows) {
    assert.equal(row.link, `${row.id}.md`, `${row.id}: link`);
    const rule = RULES.find((r) => r.id === row.id);
    const page = readPage(row.id);
    if (rule) {
      assert.equal(row.description, rule.description, `${row.id}: README description`);
      assert.equal(row.severity, rule.defaultSeverity, `${row.id}: README default severity`);
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

    page.bad.forEach((example, i) => {
      test(`Bad ${i + 1}: ${example.replace(/\n/g, ' ⏎ ')}`, () => {
        assert.ok(findingsOf(id, example).length > 0, `expected a ${id} finding; got ${describeFindings(example)}`);
      });
    });

    page.good.forEach((example, i) => {
      test(`Good ${i + 1}: ${example.replace(/\n/g, ' ⏎ ')}`, () => {
        const found = findingsOf(id, example).map((f) => `“${example.slice(f.start, f.end)}”: ${f.message}`);
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
    assert.ok(!example.includes('\n'), 'the first Bad example is one line, so one directive covers it');
    assert.match(page.text, new RegExp(`\\{ "rules": \\{ "${rule.id}": "(?:off|error|warning|information|hint)" \\} \\}`));
    assert.ok(page.text.includes(`<!-- whosaid-disable-next-line ${rule.id}`), 'Markdown directive shown');
    assert.ok(page.text.includes(`\`whosaid-disable-next-line ${rule.id}\``), 'plain-text directive shown');

    assert.ok(findingsOf(rule.id, example).every((f) => f.severity === rule.defaultSeverity));
    assert.deepEqual(findingsOf(rule.id, example, 'text', withRule(rule.id, 'off')), []);
    const raised = findingsOf(rule.id, example, 'text', withRule(rule.id, 'error'));
    assert.ok(raised.length > 0 && raised.every((f) => f.severity === 'error'));

    assert.deepEqual(findingsOf(rule.id, `whosaid-disable-next-line ${rule.id}\n${example}`), []);
    assert.ok(findingsOf(rule.id, example, 'markdown').length > 0, 'the example fires as Markdown too');
    assert.deepEqual(findingsOf(rule.id, `<!-- whosaid-disable-next-line ${rule.id} -- reason -->\n${example}`, 'markdown'), []);
  });
}

test('invalid-directive: always a warning, not configurable, not suppressible', () => {
  const example = readPage(DIRECTIVE_RULE).bad[0]!;
  assert.ok(findingsOf(DIRECTIVE_RULE, example).every((f) => f.severity === 'warning'));
  assert.ok(parseConfig('{ "rules": { "invalid-directive": "off" } }').errors.length > 0, '.whosaidrc.json rejects the id');
  assert.ok(findingsOf(DIRECTIVE_RULE, `whosaid-disable-next-line ${DIRECTIVE_RULE}\n${example}`).length > 0);
});
