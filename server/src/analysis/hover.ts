// What a hover shows: who a sentence is attributed to, and why a finding fired. Markdown text,
// built here so that every shell (the language server, a future web view) says the same thing.
import { assessClaim, describeReason } from './claims';
import type { AnalysisResult } from './index';
import type { Rule } from './rule-api';
import type { Attribution, Span } from './types';
import type { VagueVerdict } from './vague-sources';

export interface HoverInfo extends Span {
  markdown: string;
}

export function docsUrl(rule: string): string {
  return `https://github.com/whosaid/whosaid/blob/main/docs/rules/${rule}.md`;
}

/** `rules`: the rules the result was made with (for each finding's "why"). */
export function describeAt(result: AnalysisResult, offset: number, rules: readonly Pick<Rule, 'id' | 'description'>[] = []): HoverInfo | null {
  const { model } = result;
  const findings = result.findings.filter((f) => f.start <= offset && offset <= f.end);
  const sentence = model.sentences.find((s) => s.start <= offset && offset <= s.end);
  const indices = sentence
    ? sentence.attributions
    : model.attributions.flatMap((a, i) => (a.content && a.content.start <= offset && offset < a.content.end ? [i] : []));
  const parts: string[] = [];
  for (const f of findings) {
    const rule = rules.find((r) => r.id === f.rule);
    parts.push(
      `**WhoSaid · ${f.rule}** (${f.severity})\n\n${f.message}` + (rule ? `\n\n*Why:* ${rule.description} [Rule documentation](${docsUrl(f.rule)})` : ''),
    );
  }
  // Why an unattributed claim counts as a claim: the detector's score and the features behind it.
  if (sentence && findings.some((f) => f.rule === 'unattributed-claim')) {
    const claim = assessClaim(model.prose.slice(sentence.start, sentence.end), model.memo);
    // A forecast of likelihood ("is likely to") is queried whatever the detector's score.
    const forecast = claim.checkworthy ? '' : 'a forecast in the reporter’s voice needs a source whatever the score\n\n';
    parts.push(
      `**Why this is a claim** (score ${claim.score.toFixed(2)}, check-worthy above ${claim.threshold.toFixed(2)})\n\n${forecast}` +
        claim.reasons.map((r) => `- ${describeReason(r)}`).join('\n'),
    );
  }
  for (const i of indices) parts.push(describeAttribution(model.text, model.attributions[i]!, result.vagueVerdicts[i]));
  if (parts.length === 0) return null;
  const range = findings[0] ?? sentence ?? { start: offset, end: offset };
  return { start: range.start, end: range.end, markdown: parts.join('\n\n---\n\n') };
}

/** Why vague-source does not query a vague source (the core's verdict, see vague-sources.ts). */
const VERDICT_NOTE: Record<Exclude<VagueVerdict, 'query'>, string> = {
  'named-nearby': 'pinned down by the named speaker after it',
  'not-a-report': 'a stance, not a statement',
};

/** The rule that asks about a source of this kind, for the hover's link. */
const KIND_RULE: Partial<Record<NonNullable<Attribution['sourceKind']>, string>> = { vague: 'vague-source', anonymous: 'anonymous-source' };
const RULES_URL = 'https://github.com/whosaid/whosaid/blob/main/docs/rules/README.md';

/**
 * An attribution as a one-row table (source, kind, cue), then what was said and a link to the
 * rule that asks about a source of that kind (the rule list for a named one).
 */
export function describeAttribution(text: string, a: Attribution, verdict?: VagueVerdict | null): string {
  const source = a.source ? a.source.text + (a.resolvedSource ? ` → ${a.resolvedSource.text}` : '') : 'none found';
  const kind = a.source ? (a.sourceKind ?? 'source') + (verdict && verdict !== 'query' ? ` (${VERDICT_NOTE[verdict]})` : '') : '–';
  const lines = ['| Source | Kind | Cue |', '| :-- | :-- | :-- |', `| ${cell(source)} | ${kind} | ${cell(a.cue.text)} |`, ''];
  const rule = a.sourceKind ? KIND_RULE[a.sourceKind] : undefined;
  const link = rule ? `[${rule}](${docsUrl(rule)})` : `[How WhoSaid reads sources](${RULES_URL})`;
  if (a.content) {
    const content = text.slice(a.content.start, a.content.end).replace(/\s+/g, ' ');
    lines.push(`Content${a.direct ? ' (direct quotation)' : ''}: ${content.length > 200 ? content.slice(0, 200) + '…' : content}`, '');
  }
  lines.push(link);
  return lines.join('\n');
}

/** Text for a Markdown table cell: one line, pipes escaped. */
function cell(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}
