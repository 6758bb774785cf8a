// unattributed-claim: a check-worthy sentence (the claim detector's score, server/src/analysis/claims.ts)
// with no source in its context: the sentence, the sentence before, the paragraph's running attribution,
// a lede that names who reported a results story's figures, or a market or report named in the sentence.
import type { Sentence } from '../analysis/model';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { assessClaim, claimTrigger, FEATURE_LABEL } from '../analysis/claims';
import { attributeFixes, compilePhrases, matchesIn, quoted } from './helpers';
import { informsCue, isReport } from './reporting';
import words from './unattributed-claim.words.json';

const HARD = new Set(['money', 'percent', 'figure', 'fraction', 'multiple', 'change', 'harm']);
// A market, a data release or a report named in the sentence itself is its source ("… closed at
// 24,997 points on the Sao Paolo Stock Exchange", "… according to figures released …").
// A scheduled public event needs no source ("The debate is scheduled for Sept. 26").
const SCHEDULED = /\b(?:is|are|was|were|had been|has been) (?:scheduled|due) (?:for|to)\b/i;
const SOURCE_IN_SENTENCE = compilePhrases(words.sourcesInSentence.map((w) => w.phrase));
// How sure the models must be that a sentence carries no attribution before the rule speaks:
// the cue tagger's best margin and the sentence model's score must both stay below these.
// Hard figures are what copy desks check first, so they get the looser bar. Chosen on the
// held-out tenth of PolNeAR train (see docs/rules/unattributed-claim.md for the figures).
export interface ClaimThresholds {
  figure: { margin: number; score: number };
  other: { margin: number; score: number };
}
let QUIET: ClaimThresholds = {
  figure: { margin: -13, score: -2 },
  other: { margin: -13, score: -2 },
};

// The evaluation's trace of why each sentence was or was not flagged (eval/copy.ts --why).
let trace: ((sentence: number, why: string) => void) | null = null;
/** Sets the trace (null to stop); returns the previous one. */
export function traceUnattributedClaim(next: typeof trace): typeof trace {
  const previous = trace;
  trace = next;
  return previous;
}

/** Replaces the thresholds (the evaluation sweeps them on held-out articles); returns the previous ones. */
export function useClaimThresholds(next: ClaimThresholds): ClaimThresholds {
  const previous = QUIET;
  QUIET = next;
  return previous;
}

function looksAttributed(sentence: Sentence, feature: string): boolean {
  const bar = HARD.has(feature) ? QUIET.figure : QUIET.other;

  return sentence.cueMargin > bar.margin || sentence.attributionScore > bar.score;
}

/** Whether the sentence looks attributed whatever its claim's trigger: then no claim of it is flagged, and none need be assessed. */
function looksAttributedAnyway(sentence: Sentence): boolean {
  return looksAttributed(sentence, 'figure') && looksAttributed(sentence, 'record');
}
const RUNNING_PARAGRAPH = 5;

/** How many sentences each block has: counted once per check, not per sentence (a whole article on one line has thousands). */
function sentencesPerBlock(sentences: readonly Sentence[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of sentences) counts.set(s.block, (counts.get(s.block) ?? 0) + 1);
  return counts;
}

const INTERVIEW_TURN = /^\s*[QA]:\s/;
// Sentences with any of these carry a view or a source of their own, even when the attribution
// finder cannot frame them; flagging them would be a false alarm.
const WEAK_CUES = compilePhrases(words.weakCues.map((w) => w.phrase));

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'information',
  description:
    'A check-worthy claim (figures, changes, casualties, records, causes, accusations, characterisations, predictions) with no attribution in or around its sentence.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const { sentences } = ctx.model;
    const lede = ledeAttribution(ctx, sentences);
    const perBlock = sentencesPerBlock(sentences);
    sentences.forEach((sentence, index) => {
      const quiet = (why: string) => void trace?.(index, why);
      if (!ctx.isCopy(sentence)) return quiet('not copy');
      const attributedBy = attribution(ctx, sentences, index, perBlock);
      if (attributedBy) return quiet(attributedBy);
      // Most sentences of news copy look attributed to the models (checked last below, since the
      // evaluation's trace gives the first reason): assessing their claims would change nothing.
      if (!trace && looksAttributedAnyway(sentence)) return;
      const claim = assessClaim(ctx.model.prose.slice(sentence.start, sentence.end), ctx.model.memo);
      if (!claim.checkworthy) return quiet(`not check-worthy ${claim.score.toFixed(2)}`);
      if (SCHEDULED.test(ctx.model.prose.slice(sentence.start, sentence.end))) return quiet('scheduled');
      const trigger = claimTrigger(claim);
      if (!trigger) return quiet('no trigger');
      if (looksAttributed(sentence, trigger.feature))
        return quiet(`looks attributed margin ${sentence.cueMargin.toFixed(1)} score ${sentence.attributionScore.toFixed(1)}`);
      // A results or data story whose lede names who reported them: its figures are theirs.
      if (lede && HARD.has(trigger.feature) && index > lede) return quiet('lede');
      if (matchesIn(ctx, sentence, SOURCE_IN_SENTENCE).length > 0) return quiet('source in sentence');
      trace?.(index, `FLAG ${claim.score.toFixed(2)}`);
      const span = { start: sentence.start + trigger.start, end: sentence.start + trigger.end };
      findings.push({
        ...span,
        message: `Attribute this claim, or say how it is known: it has no source in or around its sentence (${FEATURE_LABEL[trigger.feature] ?? trigger.feature}: ${quoted(ctx, span)}).`,
        fixes: attributeFixes(ctx, sentence),
      });
    });
    return findings;
  },
};

// The index of the lede when it attributes the story's figures to a source ("Cairn Energy reported
// a profit of £X …", "GM said on Wednesday that …"): the story's first sentence of copy or the one
// after it, with a report whose source is named or a document. Null otherwise.
// The headline of a plain-text story is a paragraph of its own, so the lede and the sentence after it
// are among the first three.
const LEDE_SENTENCES = 3;
function ledeAttribution(ctx: RuleContext, sentences: readonly Sentence[]): number | null {
  const first = sentences.findIndex((s) => ctx.isCopy(s));
  if (first < 0) return null;
  // The lede and the sentence after it, which often names the poll or the report the lede sums up
  // ("…, a new poll indicates. … according to a new poll by the Harvard University Institute of Politics").
  for (let index = first; index <= first + LEDE_SENTENCES - 1 && index < sentences.length; index++) {
    const lede = sentences[index]!;
    if (!ctx.isCopy(lede)) continue;
    const sources = lede.attributions
      .map((i) => ctx.model.attributions[i]!)
      .filter((a) => a.source !== null && (a.sourceKind === 'named' || a.sourceKind === 'document') && isReport(a));
    if (sources.length === 0) continue;
    // Only a story about results or data: the lede itself states a figure, or its source is a poll,
    // a survey, a study or a set of figures.
    if (sources.some((a) => a.sourceKind === 'document')) return index;
    if (assessClaim(ctx.model.prose.slice(lede.start, lede.end), ctx.model.memo).reasons.some((r) => HARD.has(r.feature) && r.feature !== 'harm')) return index;
  }
  return null;
}

// An embedded post (PolNeAR's `<tweet author="@…">…<tweet/>`) is its author's words, quoted: the
// sentence opens one, or follows an opening tag not yet closed. The search back stops at the
// paragraph's start and at most a post's length before the sentence (a whole article on one line is
// one paragraph; reading it all back for each sentence would be quadratic).
const POST_LENGTH = 2000;
function inEmbeddedPost(prose: string, blockStart: number, sentenceStart: number, text: string): boolean {
  if (/^\s*<tweet\b/.test(text)) return true;
  const before = prose.slice(Math.max(blockStart, sentenceStart - POST_LENGTH), sentenceStart);
  const opening = before.lastIndexOf('<tweet');
  return opening >= 0 && !/<tweet\/>|<\/tweet>/.test(before.slice(opening));
}

/** Why the sentence at `index` counts as attributed (a short reason, for the evaluation's trace), or null. */
function attribution(ctx: RuleContext, sentences: readonly Sentence[], index: number, perBlock: ReadonlyMap<number, number>): string | null {
  const sentence = sentences[index]!;
  const text = ctx.model.prose.slice(sentence.start, sentence.end);
  // Only a report sources a claim: "said", "according to", "believes". The attribution finder also
  // marks acts and stances ("is relying on", "has 31 endorsements in", "wants", "voted for"), and
  // those say nothing about where the sentence's claim comes from.
  const reports = (s: Sentence) => s.attributions.some((i) => isReport(ctx.model.attributions[i]!));
  if (reports(sentence)) return 'attribution in sentence';
  if (/[?]["”]?$/.test(text)) return 'question';
  if (ctx.inAttributedContent(sentence)) return 'inside attributed content';
  if (ctx.overlapsQuote(sentence)) return 'quotation';
  // A sentence continuing the account of the sentence before it, in the same paragraph, when that
  // account was passed on by a source the reader can identify ("Police said …", "according to the
  // ministry's figures"): not a view ("analysts said …", "X criticized …") nor a stance.
  const informs = (s: Sentence) =>
    s.attributions.some((i) => {
      const a = ctx.model.attributions[i]!;
      return !ctx.model.nested[i] && a.source !== null && a.sourceKind !== 'vague' && isReport(a) && informsCue(a.cue.text);
    });
  const previous = sentences[index - 1];
  if (previous && previous.block === sentence.block && informs(previous)) return 'previous sentence attributed';
  // The paragraph's running attribution: in a paragraph of a few sentences, an account attributed in
  // one of its sentences carries on to the end of it ("Police said … The market was crowded. At
  // least 42 …"). A long block (a whole article on one line) is not a paragraph an editor reads that way.
  if ((perBlock.get(sentence.block) ?? 0) <= RUNNING_PARAGRAPH) {
    for (let k = index - 2; k >= 0 && sentences[k]!.block === sentence.block; k--) if (informs(sentences[k]!)) return 'running attribution';
  }
  if (inEmbeddedPost(ctx.model.prose, ctx.model.blocks[sentence.block]!.start, sentence.start, text)) return 'embedded post';
  // A turn of a question-and-answer interview ("Q: You were 14 years old. …", "A: …") is the
  // interviewer's or the interviewee's own words, attributed by the format, not the reporter's claim.
  const block = ctx.model.blocks[sentence.block]!;
  if (INTERVIEW_TURN.test(ctx.model.prose.slice(block.start, Math.min(block.end, block.start + 8)))) return 'interview turn';
  return matchesIn(ctx, sentence, WEAK_CUES).length > 0 ? 'weak cue' : null;
}
