// What a rule is: an id, a default severity, a one-line description, the check, and its fixes.
import type { DocumentModel, Sentence } from '../analysis/model';
import type { Fix, RelatedLocation, Severity, Span, TextSpan } from '../analysis/types';

export interface RuleFinding extends Span {
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export interface RuleOptions {
  /** Extra phrases the newsroom treats as vague sources (config `vaguePhrases`). */
  vaguePhrases: readonly string[];
  /** The house's neutral attribution verb (config `attributionVerb`), "said" by default. */
  attributionVerb: string;
}

export interface RuleContext {
  model: DocumentModel;
  options: RuleOptions;
  /** Named sources in the document, nearest to `offset` first, distinct by text. */
  namedSourcesNear(offset: number, limit?: number): TextSpan[];
  /** True when the span lies inside a direct quotation. */
  inQuote(span: Span): boolean;
  /** True when the span starts inside what someone is reported to have said or to believe. */
  inAttributedContent(span: Span): boolean;
  /** True when the span starts inside the content of any attribution, a report or an act. */
  inAnyAttributionContent(span: Span): boolean;
  /** The sentence containing `offset`, if any. */
  sentenceAt(offset: number): Sentence | undefined;
  /** True when the sentence (by index) is news copy: not a headline, byline, caption or site chrome. */
  isCopy(sentence: Sentence): boolean;
  /** True when an earlier version of the document was analysed (the editor): results per sentence are worth keeping. */
  reanalysis?: boolean;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line, shown in settings, docs and SARIF. */
  description: string;
  check(ctx: RuleContext): RuleFinding[];
}
