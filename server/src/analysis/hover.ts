// What a hover shows: who a sentence is attributed to, and why a finding fired. Markdown text,
// built here so that every shell (the language server, a future web view) says the same thing.
import { ruleById } from '../rules';
import { assessClaim, describeReason } from './claims';
import type { AnalysisResult } from './index';
import { SOURCE_KIND_LABEL, type Attribution, type Span } from './types';

export interface HoverInfo extends Span {
  markdown: string;
}

export function docsUrl(rule: string): string {
  return `https://github.com/whosaid/whosaid/blob/main/docs/rules/${rule}.md`;
}

export function describeAt(result: AnalysisResult, offset: number): HoverInfo | null {
  const { model } = result;
  const findings = result.findings.filter((f) => f.start <= offset && offset <= f.end);
  const sentence = model.sentences.find((s) => s.start <= offset && offset <= s.end);
  const attributions = sentence
    ? sentence.attributions.map((i) => model.attributions[i]!)
    : model.attributions.filter((a) => a.content && a.content.start <= offset && offset < a.content.end);
  const parts: string[] = [];
  for (const f of findings) {
    const rule = ruleById(f.rule);
    parts.push(`**WhoSaid · ${f.rule}** (${f.severity})\n\n${f.message}` + (rule ? `\n\n*Why:* ${rule.description} [Rule documentation](${docsUrl(f.rule)})` : ''));
  }
  // Why an unattributed claim counts as a claim: the detector's score and the features behind it.
  if (sentence && findings.some((f) => f.rule === 'unattributed-claim')) {
    const claim = assessClaim(model.prose.slice(sentence.start, sentence.end));
    parts.push(`**Why this is a claim** (score ${claim.score.toFixed(2)}, check-worthy above ${claim.threshold.toFixed(2)})\n\n` + claim.reasons.map((r) => `- ${describeReason(r)}`).join('\n'));
  }
  for (const a of attributions) parts.push(describeAttribution(model.text, a));
  if (parts.length === 0) return null;
  const range = findings[0] ?? sentence ?? { start: offset, end: offset };
  return { start: range.start, end: range.end, markdown: parts.join('\n\n---\n\n') };
}

export function describeAttribution(text: string, a: Attribution): string {
  const lines = ['**Attribution**'];
  if (a.source) {
    const kind = a.sourceKind ? SOURCE_KIND_LABEL[a.sourceKind] : 'source';
    const resolved = a.resolvedSource ? ` → ${a.resolvedSource.text}` : '';
    lines.push(`- Source: ${a.source.text}${resolved} (${kind})`);
  } else lines.push('- Source: none found');
  lines.push(`- Cue: ${a.cue.text}`);
  if (a.content) {
    const content = text.slice(a.content.start, a.content.end).replace(/\s+/g, ' ');
    lines.push(`- Content${a.direct ? ' (direct quotation)' : ''}: ${content.length > 200 ? content.slice(0, 200) + '…' : content}`);
  }
  return lines.join('\n');
}
