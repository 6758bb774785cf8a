// What a rule is, as the runner (./index.ts createAnalyzer) sees it: an id, a default severity, a
// one-line description, the check, its fixes, and whether its fixes can be applied all at once.
import type { DocumentModel, Sentence } from './model';
import type { QuoteSources } from './quote-sources';
import type { QuoteSpeaker } from './quote-speakers';
import type { VagueVerdict } from './vague-sources';
import type { Fix, RelatedLocation, Severity, Span, TextSpan } from './types';

export interface RuleFinding extends Span {
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** A query rather than an error ("two sources disagree"): reported at most at this severity. */
  atMost?: Severity;
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
  /** True when the span overlaps the content of a report (said, believes, according to), with or without a source. */
  overlapsAttributedContent(span: Span): boolean;
  /** True when the span overlaps a direct quotation. */
  overlapsQuote(span: Span): boolean;
  /** The sentence containing `offset`, if any. */
  sentenceAt(offset: number): Sentence | undefined;
  /** The index of a sentence of the model in `model.sentences` (a binary search, not a scan). */
  sentenceIndex(sentence: Sentence): number;
  /** True when the sentence (by index) is news copy: not a headline, byline, caption or site chrome. */
  isCopy(sentence: Sentence): boolean;
  /** Who speaks each of `model.quotes`, null when no one beside it does (see quote-speakers.ts). */
  quoteSpeakers: readonly (QuoteSpeaker | null)[];
  /** Per attribution, the verdict on its vague source (see vague-sources.ts), the one the views read. */
  vagueVerdicts: readonly (VagueVerdict | null)[];
  /** The writer's transcripts, notes and press releases (config `sources`), when the shell supplied them. */
  sources?: QuoteSources;
  /** True when an earlier version of the document was analysed (the editor): results per sentence are worth keeping. */
  reanalysis?: boolean;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /**
   * False for a rule that runs only when the config names it (`"rules": { "id": "warning" }`):
   * rules whose measured precision is below the bar ship off. Absent means on.
   */
  defaultEnabled?: boolean;
  /** One line, shown in settings, docs and SARIF. */
  description: string;
  check(ctx: RuleContext): RuleFinding[];
  /**
   * True for a rule that checks headlines, bylines and captions too (a name or a date is wrong
   * wherever it stands). Absent: the runner drops the rule's findings that start outside news copy
   * (see `isCopy`): a copy desk does not query a headline's attribution, and a headline's claim is
   * the lede's, sourced there.
   */
  checksHeadlines?: boolean;
  /**
   * Present when the rule's preferred fixes are mechanical enough to apply all at once (the
   * editor's "fix all" and `source.fixAll.whosaid`): the titles of those actions.
   */
  fixAll?: {
    /** The quick fix beside the rule's own fixes, e.g. "Replace every loaded verb in this file". */
    title: string;
    /** The source action (run on save), e.g. "… with a neutral verb". */
    sourceTitle: string;
  };
}
