// hedged-report: a hedge ("reportedly", "allegedly") standing in for a source.
import type { Sentence } from '../analysis/model';
import type { Span } from '../analysis/types';
import { isReport } from './reporting';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { attributeFixes, compilePhrases, matchesIn, quoted } from './helpers';
import words from './hedged-report.words.json';

const HEDGES = compilePhrases(words.map((w) => w.phrase));

// "may have been carried out by", "could have been behind": the reporter guessing at a past fact
// or its cause. Not "could have been worse" or "might have been justified if …".
const SPECULATION = /^\s+(?:(?!expected\b)\p{L}+(?:ed|en)\s+(?:by|in|at|on|to|from)\b|behind\b|responsible\b|involved\b|linked\b|killed\b|caused\b|carried\s+out\b)/iu;

// "charged with battery for allegedly grabbing a reporter", "forced the firm to settle for
// allegedly laundering": the charge, suit or settlement in the same clause is the allegation's
// source, as a named accuser would be.
// (The text before the hedge is at most 120 characters: the action anywhere in it, then the
// preposition right before the hedge.)
const LEGAL_ACTION = /\b(?:charged|charges?|arrested|indicted|sued|suing|lawsuits?|settle[ds]?|settlement|fined|convicted|prosecuted|accused|jailed|detained|sentenced|penali[sz]ed|expelled|suspended|fired|disciplined)\b/i;
const LEGAL_LINK = /\b(?:for|of|over|after|with)\s+$/i;
// "The lawsuit … alleges a long list of violations supposedly perpetrated against him": the hedge is
// inside an allegation the sentence reports, and marks it as the accuser's.
const ALLEGES = /\b(?:alleges|alleged\s+that|accuses|claims\s+that)\b[^.;]{0,80}$/i;
// "the supposedly imminent imposition of sharia law", "the allegedly stolen car": an attributive
// hedge inside a noun phrase keeps its distance the way "the alleged gunman" does, and like it is
// left alone.
const ATTRIBUTIVE = /\b(?:the|a|an|its|his|her|their|such)\s+$/i;
// "investigating whether to punish any other staff members who may have been involved": the open
// question is the investigation's, not the reporter's guess.
const INVESTIGATION = /\b(?:investigat\w*|inquiry|probe|probing|review(?:ing)?|look(?:ing)?\s+into)\b/i;

function isHedge(text: string, m: Span, sentenceStart: number): boolean {
  const phrase = text.slice(m.start, m.end).toLowerCase();
  const after = text.slice(m.end, m.end + 40);
  const before = text.slice(Math.max(sentenceStart, m.start - 120), m.start);
  if (/^(?:allegedly|supposedly|purportedly|reportedly|ostensibly)$/.test(phrase)) {
    if (LEGAL_LINK.test(before) && LEGAL_ACTION.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1)) || ATTRIBUTIVE.test(before) || ALLEGES.test(before)) return false;
  }
  if (/have been$/.test(phrase)) return SPECULATION.test(after) && !/\bif\b/.test(after) && !INVESTIGATION.test(text.slice(sentenceStart, m.start));
  // "if it appears to be damaging the economy": a condition, not a hedge on a report.
  // "if it appears to be damaging": a condition; "steeper than it appears": a comparison.
  if (/^(?:it )?appears|^it seems/.test(phrase)) return !/\b(?:if|than)\s+(?:it\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
  return true;
}

// Cues that pass on information: a source behind them can carry the next sentence's account.
// Not "criticized", "called on", "disparaging remarks about": those attribute a stance, not facts.
const INFORMS = /\b(?:said|says|say|told|tells|tell|report(?:s|ed|ing)?|according\s+to|wr(?:ote|ites|itten)|tweet(?:s|ed)|post(?:s|ed)|stated|cit(?:es|ed|ing)|confirm(?:s|ed)|found|finds|show(?:s|ed|n)?|revealed|disclosed|announced|explained|added|noted|testified)\b/i;

// A named source for the account covers the hedge: one in the sentence before it or the one
// before that, in the same paragraph ("As The Hill reported, Trump was also accused …. Lewandowski
// hopped on stage. … he reportedly refused"), or one in the sentence after whose source the
// hedged sentence is about ("Henry reportedly got a reply. Henry tweeted that Palmieri told him …").
// A report on something else next to it does not ("Castro reportedly has lived like a king. … as
// Hedrick Smith reported in The Russians, the communist big shots …").
function sourcedNearby(ctx: RuleContext, sentence: Sentence): boolean {
  const { sentences } = ctx.model;
  const index = ctx.sentenceIndex(sentence);
  // The hedged sentence's words, read once, when a next sentence's source is compared with them.
  let hedged: Set<string> | undefined;
  const informs = (s: Sentence | undefined, about: boolean) => s !== undefined && s.block === sentence.block && s.attributions.some((i) => {
    const a = ctx.model.attributions[i]!;
    if (ctx.model.nested[i] || !a.source || !(a.sourceKind === 'named' || a.sourceKind === 'document') || !isReport(a) || !INFORMS.test(a.cue.text)) return false;
    if (!about) return true;
    // A name in the source that the hedged sentence mentions too ("the Trump campaign" for "Trump will
    // reportedly be delivering a speech").
    hedged ??= new Set(ctx.model.text.slice(sentence.start, sentence.end).match(/\p{L}+/gu));
    const hedgedWords = hedged;
    return (a.source.text.match(/\p{Lu}\p{L}{2,}/gu) ?? []).some((name) => !/^(?:The|According|As|In|On|At)$/.test(name) && hedgedWords.has(name));
  });
  return informs(sentences[index - 1], false) || informs(sentences[index - 2], false) && sentences[index - 1]?.block === sentence.block || informs(sentences[index + 1], true);
}

export const hedgedReport: Rule = {
  id: 'hedged-report',
  defaultSeverity: 'warning',
  description: 'A hedge that reports without a source ("reportedly", "allegedly", "is said to", "it appears that").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      const matches = matchesIn(ctx, sentence, HEDGES);
      if (matches.length === 0 || sourcedNearby(ctx, sentence)) continue;
      for (const m of matches) {
        // A named speaker's hedge, quoted or reported, is their own word, not the reporter's.
        if (ctx.inQuote(m) || ctx.inAttributedContent(m) || !isHedge(ctx.model.text, m, sentence.start)) continue;
        const single = !/\s/.test(ctx.model.text.slice(m.start, m.end));
        findings.push({
          ...m,
          message: `Name the source (“…, according to …”) or state what is known: ${quoted(ctx, m)} hedges without saying who reported it.`,
          fixes: attributeFixes(ctx, sentence, single ? m : undefined),
        });
      }
    }
    return findings;
  },
};
