// The analysis core: text in, attributions and findings out. No editor or protocol code here,
// and no rule: `createAnalyzer(rules)` runs the rules it is given over the document model (the
// shipped set is bound in ../engine.ts). The language server, the CLI and the tests are thin
// shells over the analyzer's `analyze`.
import { embeddedPosts } from './embedded-posts';
import type { Rule, RuleContext, RuleFinding } from './rule-api';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config';
import { findDirectives, Suppressions } from './directives';
import { tidyFix } from './fixes';
import { refusal, UnanalyzableInput } from './limits';
import { buildModel, memoize, memoOf, type DocumentModel } from './model';
import type { QuoteSources } from './quote-sources';
import { findQuoteSpeakers, type QuoteSpeaker } from './quote-speakers';
import { classifySource } from './sources';
import { settleVagueSources, type VagueVerdict } from './vague-sources';
import { firstIndexWhere, indexOfSpan, SpanIndex } from './span-index';
import type { Attribution, DocumentFormat, Finding, Severity, Span, TextSpan } from './types';

export interface AnalyzeOptions {
  format: DocumentFormat;
  config?: ResolvedConfig;
  /** Source documents to check direct quotations against (quote-not-in-sources); the shell reads them. */
  sources?: QuoteSources;
  /** The model of an earlier version of the same document (the language server's last analysis): only what changed is parsed again. */
  previous?: DocumentModel;
}

export interface AnalysisResult {
  attributions: Attribution[];
  findings: Finding[];
  /** Rules that threw: the others' findings are still reported. */
  ruleErrors: { rule: string; message: string }[];
  model: DocumentModel;
  /** Who speaks each of `model.quotes` (null: no one beside it), the one answer unattributed-quote and the ledger read. */
  quoteSpeakers: readonly (QuoteSpeaker | null)[];
  /** Per attribution, the one verdict on its vague source that vague-source and every view read (see vague-sources.ts). */
  vagueVerdicts: readonly (VagueVerdict | null)[];
}

export const DIRECTIVE_RULE = 'invalid-directive';

/** The runner's own finding (a directive naming no rule), described once for SARIF, HTML and the docs. */
export const DIRECTIVE_RULE_INFO = {
  id: DIRECTIVE_RULE,
  description: 'A whosaid-disable or whosaid-enable comment names a rule that does not exist.',
  defaultSeverity: 'warning' as const,
};

export interface Analyzer {
  /** The rules it runs, in order. */
  readonly rules: readonly Rule[];
  /** Throws `UnanalyzableInput` (see ./limits) for a document it will not analyse. */
  analyze(text: string, options: AnalyzeOptions): AnalysisResult;
}

export interface AnalyzerOptions {
  /**
   * Whether an attribution reports words or views ("said", "believes", "according to") rather than
   * an act ("voted"): the rules' vocabulary, used for the context's "attributed content" spans.
   */
  isReport(a: Attribution): boolean;
}

/** An analyzer that runs `rules` (each rule's id, default severity, check and fixes are the rule's own). */
export function createAnalyzer(rules: readonly Rule[], options: AnalyzerOptions): Analyzer {
  return { rules, analyze: (text, analyzeOptions) => run(rules, options, text, analyzeOptions) };
}

function run(RULES: readonly Rule[], { isReport }: AnalyzerOptions, text: string, options: AnalyzeOptions): AnalysisResult {
  // Severities from the most to the least severe, for a finding reported at most at a severity.
  const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

  const refused = refusal(text, options.format);
  if (refused) throw new UnanalyzableInput(refused);
  const config = options.config ?? DEFAULT_CONFIG;
  const model = buildModel(text, options.format, options.previous);
  const ctx = ruleContext(model, config, options.sources, options.previous !== undefined, isReport);
  // Before any rule runs: a vague document pinned down nearby is reclassed a document in the model.
  const vagueVerdicts = settleVagueSources({ model, sentenceIndex: ctx.sentenceIndex, sentenceAt: ctx.sentenceAt, isReport });
  ctx.vagueVerdicts = vagueVerdicts;
  // In Markdown a directive is an HTML comment: one shown inside a code block is an example.
  const html = model.html ? new SpanIndex(model.html) : null;
  const directives = findDirectives(text, options.format).filter((d) => !html || html.contains(d));
  const suppressions = new Suppressions(text, directives);
  const findings: Finding[] = [];
  const ruleErrors: AnalysisResult['ruleErrors'] = [];
  for (const rule of RULES) {
    const configured = config.rules[rule.id];
    if (configured === undefined && rule.defaultEnabled === false) continue;
    const severity = configured ?? rule.defaultSeverity;
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
      if (!rule.checksHeadlines && !inCopy(model.blocks, f.start)) continue;
      const fixes = (f.fixes ?? []).map((fix) => tidyFix(text, model.sentences, fix));
      findings.push({
        rule: rule.id,
        severity: f.atMost && RANK[f.atMost] > RANK[severity] ? f.atMost : severity,
        start: f.start,
        end: f.end,
        message: f.message,
        fixes,
        ...(f.related ? { related: f.related } : {}),
      });
    }
  }
  const known = new Set(RULES.map((r) => r.id));
  for (const d of directives) {
    for (const r of d.rules) {
      if (known.has(r.id)) continue;
      findings.push({
        rule: DIRECTIVE_RULE,
        severity: 'warning',
        start: r.start,
        end: r.end,
        message: `Unknown rule “${r.id}” in a whosaid directive: the known rules are ${[...known].join(', ')}.`,
        fixes: [],
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { attributions: model.attributions, findings, ruleErrors, model, quoteSpeakers: ctx.quoteSpeakers, vagueVerdicts };
}

/**
 * Whether `offset` lies in a block of news copy (a paragraph), or between blocks: not in a headline,
 * byline, caption or site chrome. A binary search over the blocks, which are in document order.
 */
function inCopy(blocks: DocumentModel['blocks'], offset: number): boolean {
  const b = blocks[firstIndexWhere(blocks.length, (i) => blocks[i]!.end > offset)];
  return b === undefined || offset < b.start || b.kind === 'paragraph';
}

const ARTICLES = new Set(['the', 'a', 'an']);

// How a source reads when a fix writes it into another sentence: the name without its
// appositive ("Maria Lopez, the county's emergency manager" → "Maria Lopez"), and "the" in lower
// case, as it falls mid-sentence ("according to the Observatory").
function displayName(source: string): string {
  const name = source.split(/\s*,\s*/)[0]!.trim();
  return name.replace(/^The\s+(?=\S)/, 'the ');
}

/**
 * The words an attribution reports: its content, less its own source and cue where they stand
 * inside it ("In her county, Ruiz said, most offenders …", "“…,” she said. “…”"). The aside is
 * the attribution itself, not words someone else said, so rules that skip reported words still
 * see it.
 */
function reportedWords(a: Attribution): Span[] {
  const content = a.content!;
  const asideStart = Math.min(a.cue.start, a.source?.start ?? a.cue.start);
  const asideEnd = Math.max(a.cue.end, a.source?.end ?? a.cue.end);
  if (asideEnd <= content.start || asideStart >= content.end) return [content];
  return [
    { start: content.start, end: asideStart },
    { start: asideEnd, end: content.end },
  ].filter((s) => s.end > s.start);
}

function ruleContext(
  model: DocumentModel,
  config: ResolvedConfig,
  sources: QuoteSources | undefined,
  reanalysis: boolean,
  isReport: (a: Attribution) => boolean,
): RuleContext {
  const named: TextSpan[] = [];
  const seen = new Set<string>();
  const headOf = memoize(memoOf<string>(model.memo, 'source-head'), (source) => classifySource(source).head);
  model.attributions.forEach((a, i) => {
    if (a.sourceKind !== 'named' || !a.source || model.nested[i]) return;
    // Not a name to offer in a fix: a source whose head is an article ("The", "Of all the", "The
    // of course Sources"), a framing slip. Offered, "Add the speaker: The" was a bad fix, and the
    // last one made vague-source's fix and editorializing's undo each other in turn.
    if (ARTICLES.has(headOf(a.source.text))) return;
    const key = displayName(a.source.text).toLowerCase();
    if (seen.has(key) || a.source.text.length > 60) return;
    seen.add(key);
    named.push({ ...a.source, text: displayName(a.source.text) });
  });
  const contents = new SpanIndex(model.attributions.filter((a, i) => a.content && !model.nested[i]).flatMap(reportedWords));
  // A speaker's verb beside the quotation they speak reports it, whatever the verb: "“…,” Trump
  // shot back", "“…,” Beck joked" (the reporting-verb list is for verbs without a quotation).
  const speaks = (a: Attribution): boolean => a.source !== null && a.direct && a.content !== null && /^["“]/.test(model.prose.charAt(a.content.start));
  // Only a report with someone behind it covers its content: "it is believed that …" has none.
  const reported = new SpanIndex(
    model.attributions.filter((a, i) => a.content && a.source && !model.nested[i] && (isReport(a) || speaks(a))).flatMap(reportedWords),
  );
  // Any report's content, with or without a source (unattributed-quote's "a report covers the quotation").
  const reportPieces = model.attributions.flatMap((a, i) =>
    a.content && !model.nested[i] && (isReport(a) || speaks(a)) ? reportedWords(a).map((s) => ({ ...s, attribution: i })) : [],
  );
  const reports = new SpanIndex(reportPieces);
  // An embedded post is quoted whole: the rules read it as its author's words.
  const quotes = new SpanIndex([...model.quotes, ...embeddedPosts(model.text)]);
  // Each lookup is a binary search, not a scan: rules ask once per match, and a long document
  // has tens of thousands of matches.
  const byStart = named.map((n, index) => ({ n, index })).sort((a, b) => a.n.start - b.n.start || a.index - b.index);
  return {
    model,
    options: { vaguePhrases: config.vaguePhrases, attributionVerb: config.attributionVerb },
    namedSourcesNear(offset, limit = 3) {
      return nearest(byStart, offset, limit);
    },
    // Strictly inside: a quotation starting where the span starts does not count.
    inQuote: (s) => quotes.someStartingBefore(s.start, s.end, true),
    inAttributedContent: (s) => reported.containsOffset(s.start),
    inAnyAttributionContent: (s) => contents.containsOffset(s.start),
    overlapsAttributedContent: (s) => reports.overlaps(s),
    overlapsQuote: (s) => quotes.overlaps(s),
    sentenceAt: (offset) => {
      const sentences = model.sentences;
      const k = firstIndexWhere(sentences.length, (i) => sentences[i]!.start > offset) - 1;
      return k >= 0 && offset < sentences[k]!.end ? sentences[k] : undefined;
    },
    sentenceIndex: (sentence) => indexOfSpan(model.sentences, sentence),
    isCopy: (sentence) => model.blocks[sentence.block]?.kind === 'paragraph',
    quoteSpeakers: findQuoteSpeakers(model, reportPieces, isReport),
    vagueVerdicts: [],
    ...(sources ? { sources } : {}),
    reanalysis,
  };
}

/**
 * The `limit` spans nearest to `offset` (by |start − offset|, ties in their original order),
 * as a stable sort of all of them by distance would give, from a list sorted by start.
 */
function nearest(byStart: readonly { n: TextSpan; index: number }[], offset: number, limit: number): TextSpan[] {
  if (limit <= 0 || byStart.length === 0) return [];
  const distance = (k: number) => Math.abs(byStart[k]!.n.start - offset);
  const split = firstIndexWhere(byStart.length, (i) => byStart[i]!.n.start > offset);
  let left = split - 1;
  let right = split;
  let taken = 0;
  let bound = 0;
  // The distance of the limit-th nearest, then every span within it (ties decided below).
  while (taken < limit && (left >= 0 || right < byStart.length)) {
    if (right >= byStart.length || (left >= 0 && distance(left) <= distance(right))) bound = distance(left--);
    else bound = distance(right++);
    taken++;
  }
  while (left >= 0 && distance(left) <= bound) left--;
  while (right < byStart.length && distance(right) <= bound) right++;
  return byStart
    .slice(left + 1, right)
    .sort((a, b) => Math.abs(a.n.start - offset) - Math.abs(b.n.start - offset) || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.n);
}

export type { Attribution, Finding, DocumentFormat } from './types';
export type { Rule, RuleContext, RuleFinding, RuleOptions } from './rule-api';
export type { ResolvedConfig } from './config';
export { UnanalyzableInput } from './limits';
