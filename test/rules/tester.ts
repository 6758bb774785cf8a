// A textlint-tester-style table for one rule: `valid` texts raise nothing; each `invalid` text
// raises exactly the listed findings (by the text they cover, optionally the message and the
// related location), and `output` is the text after applying each finding's preferred fix.
// Only the rule under test runs; the documents are built in memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../server/src/analysis/config';
import { createQuoteSources, type SourceDocument } from '../../server/src/analysis/quote-sources';
import type { Finding, TextEdit } from '../../server/src/analysis/types';
import { RULES } from '../../server/src/rules';

export interface Case {
  text: string;
  /** Why the case is here, shown as the test's name. */
  name?: string;
  format?: 'text' | 'markdown';
  sources?: SourceDocument[];
}

export interface ExpectedError {
  /** The flagged text. */
  flagged: string;
  /** Which occurrence of `flagged` in the text (0-based), when it appears more than once. */
  occurrence?: number;
  message?: RegExp;
  /** The text of the first related location. */
  related?: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
  /** The text after every finding's preferred (else first) fix; omit when no fix is expected to matter. */
  output?: string;
  /** True when the findings must offer no fix at all. */
  noFix?: boolean;
}

export function run(ruleId: string, text: string, options: Omit<Case, 'text'> = {}): Finding[] {
  const rules: ResolvedConfig['rules'] = Object.fromEntries(RULES.map((r) => [r.id, 'off' as const]));
  rules[ruleId] = 'warning';
  const config: ResolvedConfig = { ...DEFAULT_CONFIG, rules };
  const sources = options.sources ? createQuoteSources(options.sources) : undefined;
  const result = analyze(text, { format: options.format ?? 'text', config, ...(sources ? { sources } : {}) });
  assert.deepEqual(result.ruleErrors, [], 'the rule must not throw');
  return result.findings.filter((f) => f.rule === ruleId);
}

export function applyFixes(text: string, findings: readonly Finding[]): string {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    if (fix) edits.push(...fix.edits);
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function locate(text: string, e: ExpectedError): [number, number] {
  let at = -1;
  for (let k = 0; k <= (e.occurrence ?? 0); k++) {
    at = text.indexOf(e.flagged, at + 1);
    assert.ok(at >= 0, `“${e.flagged}” (occurrence ${e.occurrence ?? 0}) is not in the test text`);
  }
  return [at, at + e.flagged.length];
}

export function ruleTester(ruleId: string, table: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
  const label = (c: Case) => (c.name ? `${c.name}: ` : '') + c.text.replace(/\s+/g, ' ').slice(0, 90);
  for (const v of table.valid) {
    const c = typeof v === 'string' ? { text: v } : v;
    test(`${ruleId} valid: ${label(c)}`, () => {
      const found = run(ruleId, c.text, c);
      assert.deepEqual(
        found.map((f) => `${c.text.slice(f.start, f.end)} — ${f.message}`),
        [],
      );
    });
  }
  for (const c of table.invalid) {
    test(`${ruleId} invalid: ${label(c)}`, () => {
      const found = run(ruleId, c.text, c);
      const got = found.map((f) => c.text.slice(f.start, f.end));
      assert.deepEqual(
        got,
        c.errors.map((e) => e.flagged),
        'the flagged texts',
      );
      c.errors.forEach((e, i) => {
        const f = found[i]!;
        assert.deepEqual([f.start, f.end], locate(c.text, e), `the range of “${e.flagged}”`);
        if (e.message) assert.match(f.message, e.message);
        if (e.related !== undefined) {
          const r = f.related?.[0];
          assert.ok(r, 'a related location');
          assert.equal(c.text.slice(r.start, r.end), e.related);
        }
        if (c.noFix) assert.deepEqual(f.fixes, []);
      });
      if (c.output !== undefined) assert.equal(applyFixes(c.text, found), c.output);
    });
  }
}
