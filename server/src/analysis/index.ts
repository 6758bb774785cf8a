// The analysis core: text in, attributions and findings out. No editor or protocol code here;
// the language server, the CLI and the tests are thin shells over `analyze`.
import { RULES } from '../rules';
import { isReport } from '../rules/reporting';
import type { RuleContext, RuleFinding } from '../rules/rule';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config';
import { findDirectives, Suppressions } from './directives';
import { buildModel, type DocumentModel } from './model';
import type { Attribution, DocumentFormat, Finding, Span, TextSpan } from './types';

export interface AnalyzeOptions {
  format: DocumentFormat;
  config?: ResolvedConfig;
  /** The model of an earlier version of the same document (the language server's last analysis): only what changed is parsed again. */
  previous?: DocumentModel;
}

export interface AnalysisResult {
  attributions: Attribution[];
  findings: Finding[];
  /** Rules that threw: the others' findings are still reported. */
  ruleErrors: { rule: string; message: string }[];
  model: DocumentModel;
}

export const DIRECTIVE_RULE = 'invalid-directive';

export function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const model = buildModel(text, options.format, options.previous);
  const ctx = ruleContext(model, config, options.previous !== undefined);
  // In Markdown a directive is an HTML comment: one shown inside a code block is an example.
  const directives = findDirectives(text, options.format).filter((d) => !model.html || model.html.some((h) => h.start <= d.start && d.end <= h.end));
  const suppressions = new Suppressions(text, directives);
  const findings: Finding[] = [];
  const ruleErrors: AnalysisResult['ruleErrors'] = [];
  for (const rule of RULES) {
    const severity = config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    let found: RuleFinding[];
    try {
      found = rule.check(ctx);
    } catch (error) {
      ruleErrors.push({ rule: rule.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    for (const f of found) {
      if (suppressions.isSuppressed(rule.id, f.start)) continue;
      findings.push({ rule: rule.id, severity, start: f.start, end: f.end, message: f.message, fixes: f.fixes ?? [], ...(f.related ? { related: f.related } : {}) });
    }
  }
  const known = new Set(RULES.map((r) => r.id));
  for (const d of directives) {
    for (const r of d.rules) {
      if (known.has(r.id)) continue;
      findings.push({ rule: DIRECTIVE_RULE, severity: 'warning', start: r.start, end: r.end, message: `Unknown rule “${r.id}” in a whosaid directive: the known rules are ${[...known].join(', ')}.`, fixes: [] });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { attributions: model.attributions, findings, ruleErrors, model };
}

function ruleContext(model: DocumentModel, config: ResolvedConfig, reanalysis: boolean): RuleContext {
  const named: TextSpan[] = [];
  const seen = new Set<string>();
  model.attributions.forEach((a, i) => {
    if (a.sourceKind !== 'named' || !a.source || model.nested[i]) return;
    const key = a.source.text.toLowerCase();
    if (seen.has(key) || a.source.text.length > 60) return;
    seen.add(key);
    named.push(a.source);
  });
  const withContent = model.attributions.filter((a, i) => a.content && !model.nested[i]);
  const contents = withContent.map((a) => a.content!);
  const inside = (spans: readonly Span[], s: Span) => spans.some((c) => c.start <= s.start && s.start < c.end);
  return {
    model,
    options: { vaguePhrases: config.vaguePhrases, attributionVerb: config.attributionVerb },
    namedSourcesNear(offset, limit = 3) {
      return [...named].sort((a, b) => Math.abs(a.start - offset) - Math.abs(b.start - offset)).slice(0, limit);
    },
    inQuote: (s) => model.quotes.some((q) => q.start < s.start && s.end <= q.end),
    // Whether a content is reported (isReport) is asked only of the contents around the span.
    inAttributedContent: (s) => withContent.some((a) => a.content!.start <= s.start && s.start < a.content!.end && isReport(a)),
    inAnyAttributionContent: (s) => inside(contents, s),
    sentenceAt: (offset) => model.sentences.find((s) => s.start <= offset && offset < s.end),
    isCopy: (sentence) => model.blocks[sentence.block]?.kind === 'paragraph',
    reanalysis,
  };
}

export type { Attribution, Finding, DocumentFormat } from './types';
export type { ResolvedConfig } from './config';
