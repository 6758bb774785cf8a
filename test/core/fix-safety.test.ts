// Safe fixes, as a property over real copy: every fix offered on the fixture articles and on the
// rule pages' examples, applied alone, yields well-formed copy — a sentence that began with a
// capital still does, no doubled punctuation (",,", ", ,", ",.", ".,") or doubled space appears
// that was not there — and changes nothing outside the sentences of its finding. A fix that
// credits a named person is never the preferred one, and says "only if they said it".
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine';
import type { ResolvedConfig } from '../../server/src/analysis/config';
import { DEFAULT_CONFIG } from '../../server/src/analysis/config';
import type { DocumentFormat, Finding, Fix, Span } from '../../server/src/analysis/types';
import { RULES } from '../../server/src/rules';

const ROOT = path.join(__dirname, '..', '..');

interface Story {
  name: string;
  text: string;
  format: DocumentFormat;
}

function stories(): Story[] {
  const out: Story[] = [];
  const files = [
    'test/fixtures/wire-story.md',
    'test/fixtures/ci/harbour.md',
    'test/fixtures/cli/bridge.txt',
    'test/fixtures/cli/council.txt',
    'test/fixtures/cli/notice.md',
    'test/fixtures/core/wire-story.txt',
    'test/fixtures/factcheck/article.md',
  ];
  for (const f of files) out.push({ name: f, text: fs.readFileSync(path.join(ROOT, f), 'utf8'), format: f.endsWith('.md') ? 'markdown' : 'text' });
  // Every ```text example of the rule pages: each rule fires on its "## Bad" blocks.
  const docs = path.join(ROOT, 'docs', 'rules');
  for (const page of fs.readdirSync(docs).filter((p) => p.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(docs, page), 'utf8');
    let k = 0;
    for (const m of text.matchAll(/```text\n([\s\S]*?)```/g)) out.push({ name: `docs/rules/${page} example ${++k}`, text: m[1]!, format: 'text' });
  }
  return out;
}

// Every rule on, so the off-by-default ones offer their fixes too.
const CONFIG: ResolvedConfig = { ...DEFAULT_CONFIG, rules: Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])) };

function apply(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i]!.end <= edits[i - 1]!.start, `overlapping edits in “${fix.title}”`);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const DOUBLED = [/,\s*,/g, /,\s*\./g, /\.\s*,/g, / {2,}/g, / ,/g, /\(\s*,/g];

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

/** The first letter of a span of text (past quotation marks, brackets and spaces), if any. */
function firstLetter(text: string): string | undefined {
  return /\p{L}/u.exec(text)?.[0];
}

describe('every offered fix yields well-formed copy', () => {
  const all = stories();
  let offered = 0;
  for (const story of all) {
    it(story.name, () => {
      const result = analyze(story.text, { format: story.format, config: CONFIG });
      const { sentences } = result.model;
      const sentenceOf = (offset: number): Span => sentences.find((s) => s.start <= offset && offset <= s.end) ?? { start: offset, end: offset };
      for (const finding of result.findings) {
        for (const fix of finding.fixes) {
          offered++;
          checkFix(story.text, finding, fix, [sentenceOf(finding.start), ...(finding.related ?? []).map((r) => sentenceOf(r.start))], sentences);
        }
      }
    });
  }
  it('covered fixes of most rules', () => {
    assert.ok(offered > 100, `only ${offered} fixes offered`);
  });
});

function checkFix(text: string, finding: Finding, fix: Fix, allowed: Span[], sentences: readonly Span[]): void {
  const what = `${finding.rule} “${fix.title}” on “${text.slice(finding.start, finding.end)}”`;
  // Nothing outside the sentences of the finding (and of the places it links to) changes.
  for (const e of fix.edits) {
    assert.ok(
      allowed.some((s) => s.start <= e.start && e.end <= s.end + 1),
      `${what}: an edit at ${e.start}–${e.end} leaves the finding’s sentences`,
    );
  }
  const after = apply(text, fix);
  const first = Math.min(...fix.edits.map((e) => e.start));
  const last = Math.max(...fix.edits.map((e) => e.end));
  const delta = after.length - text.length;
  assert.equal(after.slice(0, first), text.slice(0, first), `${what}: text before the fix changed`);
  assert.equal(after.slice(last + delta), text.slice(last), `${what}: text after the fix changed`);
  // The sentences it touches, before and after.
  const touched = sentences.filter((s) => fix.edits.some((e) => e.start <= s.end && s.start <= e.end));
  for (const s of touched) {
    const shift = fix.edits.filter((e) => e.end <= s.start).reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0);
    const grow = fix.edits.filter((e) => e.start >= s.start && e.end <= s.end).reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0);
    const old = text.slice(s.start, s.end);
    const now = after.slice(s.start + shift, s.end + shift + grow);
    for (const p of DOUBLED) assert.ok(count(now, p) <= count(old, p), `${what}: “${now}” has ${p} where “${old}” did not`);
    const was = firstLetter(old);
    const is = firstLetter(now);
    if (was && was === was.toUpperCase() && was !== was.toLowerCase() && is) {
      assert.equal(is, is.toUpperCase(), `${what}: the sentence no longer starts with a capital: “${now}”`);
    }
  }
}

describe('fixes never put words in a named person’s mouth by default', () => {
  for (const story of stories()) {
    it(story.name, () => {
      const result = analyze(story.text, { format: story.format, config: CONFIG });
      for (const finding of result.findings) {
        const named = result.model.attributions
          .filter((a) => a.sourceKind === 'named' && a.source)
          .map((a) => a.source!.text.split(/\s*,\s*/)[0]!.replace(/^The /, 'the '));
        for (const fix of finding.fixes) {
          // A fix that writes a name found in the draft into the copy, as its source or speaker.
          const credits =
            fix.edits.some((e) => named.some((n) => n.length > 1 && e.newText.includes(n))) &&
            /^(Attribute to|Add the speaker|Replace )/.test(fix.title) &&
            !/^Replace “/.test(fix.title.replace(/ with .*/, ''));
          if (!credits) continue;
          assert.ok(!fix.preferred, `${finding.rule}: “${fix.title}” is preferred`);
          assert.match(fix.title, /— only if they said it$/, `${finding.rule}: “${fix.title}”`);
        }
        const preferred = finding.fixes.filter((f) => f.preferred);
        assert.ok(preferred.length <= 1, `${finding.rule}: ${preferred.length} preferred fixes`);
      }
    });
  }
});
