// unattributed-claim: a check-worthy sentence (the claim detector's score, server/src/analysis/claims.ts)
// with no source in its context: the sentence, the sentence before, the paragraph's running attribution,
// a lede that names who reported a results story's figures, or a market or report named in the sentence.
import type { Sentence } from '../analysis/model';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { assessClaim, CLAIM_TRIGGERS, FEATURE_LABEL, type ClaimAssessment, type ClaimCue } from '../analysis/claims';
import { attributeFixes, compilePhrases, matchesIn, quoted } from './helpers';
import { informsCue, isReport } from './reporting';
import words from './unattributed-claim.words.json';

const HARD = new Set(['money', 'percent', 'figure', 'fraction', 'multiple', 'change', 'harm']);
const FIGURES = new Set(['money', 'percent', 'figure', 'fraction', 'multiple', 'change']);
// A time a schedule is pinned to: "this weekend", "later this week", "next year's festival", "on
// 18 February", "on Tuesday", "tomorrow" (simple patterns, each checked by the ReDoS test).
const SCHEDULED_TIMES = [
  /\b(?:this|next|that|on) (?:week|weekend|month|year|morning|afternoon|evening|night|season)\b/i,
  /\blater this (?:week|month|year)\b|\bnext year['’]s\b|\btomorrow\b|\btonight\b/i,
  /\b(?:on|from|until) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  /\b(?:on|from|until) \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  /\b(?:on|from|until) (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}\b/i,
];
const pinnedToTime = (text: string) => SCHEDULED_TIMES.some((re) => re.test(text));
// A scheduled public event needs no source ("The debate is scheduled for Sept. 26").
const SCHEDULED = /\b(?:is|are|was|were|had been|has been) (?:scheduled|due) (?:for|to)\b/i;
// A market, a data release or a report named in the sentence itself is its source ("… closed at
// 24,997 points on the Sao Paolo Stock Exchange", "… according to figures released …").
const SOURCE_IN_SENTENCE = compilePhrases(words.sourcesInSentence.map((w) => w.phrase));
const RESULTS = compilePhrases(words.resultsWords.map((w) => w.phrase));
// How sure the models must be that a sentence carries no attribution before the rule speaks:
// the cue tagger's best margin and the sentence model's score must both stay below these. Each
// model's own decision boundary (0): a sentence either model reads as attributed is left alone.
// (The bars were −13 and −2, chosen when a finding on any PolNeAR attribution sentence counted as
// a false alarm; on the judged copy they silenced a third of the claims the rule found.) Figures
// and other claims may be given different bars.
export interface ClaimThresholds {
  figure: { margin: number; score: number };
  other: { margin: number; score: number };
}
let QUIET: ClaimThresholds = {
  figure: { margin: 0, score: 0 },
  other: { margin: 0, score: 0 },
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

// How a sentence says it carries on the account of the one before: it opens with a connective or a
// word pointing back ("However, the club's turnover dropped …", "And Trump finished third …",
// "Another 24 delegates are divided …", "Its exports fell …"), or names the same period.
const CARRIES_ON =
  /^\W*(?:however|but|and|also|yet|still|meanwhile|it|its|they|their|this|that|these|those|another|the rest|the remainder)\b|\b(?:over|in|during|for) the same (?:period|time|quarter|month|year|months)\b/i;
// A number as written ("800,000", "1.4", "37.6"): three characters or more make it specific enough
// to be the same figure again.
const NUMBER = /\d(?:[\d,.]*\d)?/;
const NUMBERS = /\d(?:[\d,.]*\d)?/g;
/** Where each number first appears in the story's copy (offsets into the prose). */
function firstNumbers(ctx: RuleContext, sentences: readonly Sentence[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const s of sentences) {
    if (!ctx.isCopy(s)) continue;
    const text = ctx.model.prose.slice(s.start, s.end);
    for (const m of text.matchAll(NUMBERS)) if (!first.has(m[0])) first.set(m[0], s.start + m.index);
  }
  return first;
}

// "is likely to", "are unlikely to", "seems highly likely to" (checked by the ReDoS test).
const LIKELY = /\b(?:is|are|was|were|seems?|looks?) (?:very |highly |more |less |still )?(?:un)?likely to\b/i;
// A share of a group: a fraction or "one in five" (the trigger) "of" a group named by a plural
// (checked by the ReDoS test).
const SHARE_OF =
  /\b((?:a|one|two|three)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|(?:one|two|three) in (?:every )?(?:three|four|five|six|seven|eight|nine|ten|\d{1,3})) of (?:the |all |its |their )?\p{Ll}[\p{L}'’-]*s\b/iu;
const INTERVIEW_TURN = /^\s*[QA]:\s/;
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|our)\s+$/i;
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
    const opening = sentences.findIndex((s) => ctx.isCopy(s));
    const perBlock = sentencesPerBlock(sentences);
    let flaggedFigure = -1;
    let numbersSeen: Map<string, number> | null = null;
    sentences.forEach((sentence, index) => {
      const quiet = (why: string) => void trace?.(index, why);
      if (!ctx.isCopy(sentence)) return quiet('not copy');
      const attributedBy = attribution(ctx, sentences, index, perBlock);
      if (attributedBy) return quiet(attributedBy);
      // Most sentences of news copy look attributed to the models (checked last below, since the
      // evaluation's trace gives the first reason): assessing their claims would change nothing.
      // Not when the finder framed an act or a stance in the sentence: a figure outside its content
      // sets the scores aside (framedStance below).
      if (!trace && sentence.attributions.length === 0 && looksAttributedAnyway(sentence)) return;
      const text = ctx.model.prose.slice(sentence.start, sentence.end);
      const claim = assessClaim(text, ctx.model.memo);
      // A forecast of likelihood in the reporter's voice is a claim whatever the detector makes of the
      // rest of the sentence ("Republicans are likely to keep the House", "The recount is unlikely to
      // change the result"): likely by whose reckoning? Not when it is pinned to a time (a schedule).
      const likely = claim.checkworthy || pinnedToTime(text) ? null : LIKELY.exec(text);
      // So is a share of a group in the reporter's voice ("Nearly a third of households rent",
      // "Three-quarters of nurses …", "one in five pupils"): a share of whom, counted by whom?
      const share = claim.checkworthy || likely ? null : SHARE_OF.exec(text);
      if (!claim.checkworthy && !likely && !share) return quiet(`not check-worthy ${claim.score.toFixed(2)}`);
      const masked = withoutDescriptions(claim, text);
      if (!likely && !share && masked !== null && !assessClaim(masked).checkworthy) return quiet('check-worthy only for a description');
      if (SCHEDULED.test(text)) return quiet('scheduled');
      // The opening sentence's date is the news it breaks only when the sentence claims something
      // besides its descriptions ("A film starring … as a convicted paedophile won top honours at the
      // festival on Thursday." reports a public event).
      const trigger = likely
        ? { feature: 'prediction', start: likely.index, end: likely.index + likely[0].length, text: likely[0] }
        : share
          ? { feature: 'fraction', start: share.index, end: share.index + share[1]!.length, text: share[1]! }
          : ruleTrigger(claim, text, index === opening && masked === null);
      if (!trigger) return quiet(claim.cues.some((c) => CLAIM_TRIGGERS.has(c.feature)) ? 'no claim among the triggers' : 'no trigger');
      // The attribution scores stand for an attribution the finder could not frame. When it framed
      // the sentence's attributions, each an act or a stance (a report would have returned above),
      // a figure in the holder's own clause or in the act itself is the reporter's ("The ad, part of
      // a $1 million buy …, starts out hitting", "has 31 endorsements in the Senate"): nothing is
      // left to suspect. What follows an act or a stance is its content, and so is a clause hung on
      // it ("wants to sign up 5 million people", "point to the crime bill, which cut $55 billion …");
      // other claims keep the scores (without them, a quarter of the rule's PolNeAR dev findings
      // fell in reported speech).
      const at = sentence.start + trigger.start;
      const framedStance =
        sentence.attributions.length > 0 &&
        FIGURES.has(trigger.feature) &&
        sentence.attributions.every((i) => {
          const a = ctx.model.attributions[i]!;
          return at < (a.content?.start ?? a.cue.end);
        });
      if (!framedStance && looksAttributed(sentence, trigger.feature))
        return quiet(`looks attributed margin ${sentence.cueMargin.toFixed(1)} score ${sentence.attributionScore.toFixed(1)}`);
      // A results or data story whose lede names who reported them: its figures are theirs.
      if (lede && HARD.has(trigger.feature) && index > lede) return quiet('lede');
      if (matchesIn(ctx, sentence, SOURCE_IN_SENTENCE).length > 0) return quiet('source in sentence');
      if (FIGURES.has(trigger.feature) && marketPrice(text, trigger.start)) return quiet('market price');
      if (underDocument(text, trigger.start)) return quiet('named document');
      if (FIGURES.has(trigger.feature)) {
        // One query per unattributed account: figures that say they carry on those of the sentence
        // before, already queried, in the same paragraph ("The club cut its losses from £20.6m to
        // £1.2m. However, its turnover fell from £42.5m to £28.5m over the same period.") are covered
        // by the source that sentence is given. A new fact beside it ("Israel exports $2 billion of
        // water technology.") is queried on its own.
        const previous = sentences[index - 1];
        if (flaggedFigure === index - 1 && previous?.block === sentence.block && CARRIES_ON.test(text)) return quiet('continues the queried figures before');
        // A figure the story has already given is queried (or sourced) where it first appears.
        const number = NUMBER.exec(trigger.text)?.[0];
        if (number && number.length >= 3 && (numbersSeen ??= firstNumbers(ctx, sentences)).get(number)! < sentence.start) return quiet('figure given before');
      }
      if (FIGURES.has(trigger.feature)) flaggedFigure = index;
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

// A count in words up to twenty names things in the story ("two major newspapers", "Twelve films
// competing …"): the reporter's description, not a figure a copy desk checks. Large and exact
// numbers ("three thousand protesters", "240 delegates") are, and so is a small count the sentence
// stakes something on: an estimate, a limit or a whole ("at least a dozen openings", "Only five
// countries", "In all six instances").
const SMALL_COUNT =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a dozen)\s+(?!(?:of\s+)?(?:hundred|thousand|million|billion)\b)/i;
const COUNT_QUALIFIED =
  /\b(?:only|all|just|at least|at most|more than|fewer than|less than|over|nearly|almost|about|around|roughly|some|up to|as many as)\s+$/i;
// "the first round", "the last election", "its latest budget", "the next meeting": the place of a
// thing in a sequence. It ranks only with what it is first or last at: "the first woman to lead",
// "the first who is a black woman", "the last time since 1990", "the first ever".
const SEQUENCE = /(?:^|\s)(?:first|last|latest|next|final)$/i;
const SEQUENCE_RANKS = ['to *', 'who', 'ever', 'in history', 'since', 'on record', 'of its kind', 'of their kind', 'of his kind', 'of her kind'];
// A superlative ranks within a set: one named after it ("the largest … in the country", "the top
// power source in the United States", "the best … ever"), an owner's ("the artist's most famous
// work", "the world's largest"), or one the sentence has set up when it ends the clause ("Turnout
// was the lowest on record.", "…, the highest."). "All the best parties", "the deepest red states",
// "The top Grand Jury prize at this year's festival" rank nothing.
const RANKS_WITHIN = ['in', 'of', 'among', 'ever', 'since', 'on record', 'yet', 'so far', 'than', 'for a', 'for an', 'for any', 'to *'];
const CLAUSE_END = /^\s*(?:[.,;:!?)"”’]|$)/;
const OWNER = /(?:['’]s\s+$|\b(?:its|their|his|her|our|my|your)\s+$)/i;
const ORDINAL_NOUN = /^\s+(?!(?:of|in|on|at|since|over|from|to|and|or|this|last|than|a|an|the|its|their)\b)\p{L}/iu;
const NAME_BEFORE = /\S\s+\p{Lu}[\p{L}-]*\s$/u;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;
const KIN = /^(?:his|her|their)\s/i;
const POSSESSIVE_BEFORE = /(?:\b(?:its|his|her|their|our)|['’]s)\s+(?:[\d.,]+\s*(?:%|per ?cent)\s+)?$/i;

// The words after a cue, lower-cased, while they follow one another with only spaces between.
const NEXT_WORD = /\s+([\p{L}'’-]+)/uy;
function wordsAfter(text: string, max: number, keepCapitals = false): string[] {
  const words: string[] = [];
  NEXT_WORD.lastIndex = 0;
  for (let m = NEXT_WORD.exec(text); m !== null && words.length < max; m = NEXT_WORD.exec(text)) {
    const word = m[1]!;
    words.push(keepCapitals && /^\p{Lu}\p{Ll}/u.test(word) ? word : word.toLowerCase());
  }
  return words;
}

/**
 * Whether one of `markers` ("on record"; "to *": "to" and any word) starts within the first `skip` + 1 words after a cue.
 * A marker is a word in lower case: a capitalised one mid-sentence is part of a title ("the top ten were In Good Company").
 */
function markedWithin(after: string, skip: number, markers: readonly string[]): boolean {
  const words = wordsAfter(after, skip + 3, true);
  for (let i = 0; i <= skip && i < words.length; i++)
    for (const marker of markers) {
      const parts = marker.split(' ');
      if (parts.every((p, k) => words[i + k] !== undefined && (p === '*' || words[i + k] === p))) return true;
    }
  return false;
}

/**
 * Whether a cue describes someone or something the story names rather than claiming anything: a
 * relation named by a possessive ("access to her son", "her husband, former President Bill Clinton",
 * "BSkyB bought its stake in Sunderland" say who or what is meant; a relation the sentence asserts is
 * the claim: "The mayor's brother sits on the board of …", "owns a stake in the bidder"); a court's
 * verdict used as a description ("a convicted paedophile", "the accused man": a status on the record;
 * "X was convicted of fraud" still is a claim); a ranking in the apposition that introduces a named
 * person, which identifies them as a title does ("Garcia-Lopez, ranked 106 in the world, …"; compare
 * "Fifth seed Carlos Moya"). `before`: the text before the cue.
 */
function describes(cue: ClaimCue, before: string): boolean {
  if (cue.feature === 'characterisation') return KIN.test(cue.text) || (/^stake in$/i.test(cue.text) && POSSESSIVE_BEFORE.test(before));
  if (cue.feature === 'accusation') return /^(?:convicted|indicted|accused)$/i.test(cue.text) && /\b(?:a|an|the)\s+$/i.test(before);
  if (cue.feature === 'ranking') return /^ranked\b/i.test(cue.text) && afterName(before);
  return false;
}

/** Whether `before` ends with a capitalised word and a comma: the cue opens an apposition to a name ("Garcia-Lopez, "). */
function afterName(before: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(',')) return false;
  return /^\p{Lu}/u.test(trimmed.slice(trimmed.lastIndexOf(' ') + 1));
}

/**
 * The sentence with the words of its descriptions (see describes) blanked out, or null when it has
 * none: a sentence check-worthy only because of a description ("A film starring Kevin Bacon as a
 * convicted paedophile won top honours at the festival on Thursday.") makes no claim.
 */
function withoutDescriptions(claim: ClaimAssessment, text: string): string | null {
  const descriptions = claim.cues.filter((c) => describes(c, text.slice(Math.max(0, c.start - 30), c.start)));
  if (descriptions.length === 0) return null;
  let masked = text;
  for (const c of descriptions) masked = masked.slice(0, c.start) + ' '.repeat(c.end - c.start) + masked.slice(c.end);
  return masked;
}

// An accusation whose accuser the sentence names is attributed to them, as "X said" is (an
// accusation needs a named accuser or a document): a proceeding brought by a named agent ("the
// inquiry by the state attorney general", "a lawsuit filed by the union", "The union filed a
// lawsuit"), an agent doing it in
// the active voice ("The regulator is investigating the sale", "Last year it sued the council"),
// or a defendant's own plea in court ("pleaded guilty to …", "nine guilty pleas"). A passive ("was charged with", "is
// being investigated") names no accuser and is still a claim.
const BY_AGENT = /^\s+(?:\p{Ll}+ed\s+)?by\s+(?:the\s+)?\p{Lu}/u;
const PLEA = /\b(?:plead(?:s|ed|ing)?|pled)\s+(?:not\s+)?$/i;
const AGENT_WORD = /(?:^|[\s,])(?:\p{Lu}[\p{L}'’.&-]*|it|they|he|she|we)\s+$/u;
const PROGRESSIVE = /\s+(?:is|are|was|were|has been|have been|had been)\s+$/i;
// A named agent who brings the proceeding ("Elias is bringing the lawsuit", "The FBI opened an
// investigation"); not one who faces it ("The mayor faces an investigation").
const BRINGS =
  /(?:^|\s)\p{Lu}[\p{L}'’.&-]*\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:filed|filing|brought|bringing|launched|launching|opened|opening|began|leads|led|leading|conducted|conducting)\s+(?:a|an|the|its|his|her|their)\s+$/u;
const PASSIVE_AGENT = /^\s+(?:[\p{Ll}]+\s+){0,3}?by\s+(?:the\s+)?\p{Lu}/u;
const PERFECT = /\s+(?:has|have|had)\s+$/i;
function namesAccuser(cue: ClaimCue, before: string, after: string): boolean {
  if (cue.feature !== 'accusation') return false;
  if (/^guilty$/i.test(cue.text)) return PLEA.test(before) || /^\s+pleas?\b/i.test(after);
  if (/^(?:investigation|allegations?|accusations?|lawsuit|probe)$/i.test(cue.text)) return BY_AGENT.test(after) || BRINGS.test(before);
  // The verb's subject, right before it (after a progressive's or a perfect's auxiliary).
  let subject = before;
  if (/ing$/i.test(cue.text)) {
    const aux = PROGRESSIVE.exec(before);
    if (!aux) return false;
    subject = before.slice(0, aux.index + 1);
  } else if (/^(?:sued|charged|investigated|indicted)$/i.test(cue.text)) {
    // A passive names its agent after it, or none ("had been investigated in the past by the FBI").
    if (/\b(?:is|are|was|were|be|been|being|get|got)\s+$/i.test(before)) return PASSIVE_AGENT.test(after);
    const aux = PERFECT.exec(before);
    if (aux) subject = before.slice(0, aux.index + 1);
  } else return false;
  return AGENT_WORD.test(subject);
}

/** Whether a trigger cue of the claim detector is a claim the rule can quote as one. */
function isClaimCue(cue: ClaimCue, text: string): boolean {
  const before = text.slice(Math.max(0, cue.start - 30), cue.start);
  if (namesAccuser(cue, before, text.slice(cue.end, cue.end + 40))) return false;
  // "the June 15 campaign event": a day of the month, not a count of campaigns.
  if (cue.feature === 'figure' && /^\d{1,2}\s/.test(cue.text) && MONTH_BEFORE.test(before)) return false;
  // "But Spider-Man 2 breaks that rule", "Windows 95 users": a number after a capitalised word
  // mid-sentence ends a name, and counts nothing.
  if (cue.feature === 'figure' && /^\d{1,3}\s/.test(cue.text) && NAME_BEFORE.test(before)) return false;
  if (cue.feature === 'figure') return !SMALL_COUNT.test(cue.text) || COUNT_QUALIFIED.test(before);
  // "a fifth term", "a third straight win": an ordinal before its noun; a fraction is "of" something
  // ("a fifth of voters"), a change ("cut by a third in a year") or ends its clause.
  if (
    cue.feature === 'fraction' &&
    /^(?:a|one)[- ](?:third|fifth|tenth)$/i.test(cue.text) &&
    !/\bby\s+$/i.test(before) &&
    ORDINAL_NOUN.test(text.slice(cue.end))
  )
    return false;
  // "the odds have shot up", "prices shot higher": a verb of movement, not a shooting.
  if (cue.feature === 'harm' && /^shot$/i.test(cue.text) && /^\s+(?:up|down|higher|past|ahead)\b/i.test(text.slice(cue.end))) return false;
  // "The campaign has come under fire from …": criticism, not a fire.
  if (cue.feature === 'harm' && /^fire$/i.test(cue.text) && /\bunder\s+$/i.test(before)) return false;
  // "a third-set rally", "a quarter-final": an ordinal in a compound, not a share of anything.
  if (cue.feature === 'fraction' && /^-\p{L}/u.test(text.slice(cue.end))) return false;
  if (describes(cue, before)) return false;
  // "a High Court battle", "the Low Countries": a name, not a record.
  if (cue.feature === 'record') return !/^\p{Lu}/u.test(cue.text.slice(cue.text.lastIndexOf(' ') + 1)) || !/^\s+\p{Lu}/u.test(text.slice(cue.end));
  if (cue.feature !== 'superlative') return true;
  const after = text.slice(cue.end, cue.end + 80);
  // "for the first time since leaving office": a step in the subject's own story, not a record.
  if (SEQUENCE.test(cue.text)) return markedWithin(after, 2, SEQUENCE_RANKS) && !/^\s+time\s+since\s+\p{L}+ing\b/iu.test(after);
  // "took the top award in the under-fives category": the prize a contest gave, a result, not a ranking.
  if (/\btop$/i.test(cue.text) && /^\s+(?:[\p{L}-]+\s+)?(?:award|prize|honou?rs?)\b/iu.test(after)) return false;
  return CLAUSE_END.test(after) || markedWithin(after, 4, RANKS_WITHIN) || OWNER.test(before) || /^(?:its|their|his|her|our|\S+['’]s)\s/i.test(cue.text);
}

/**
 * The cue the message quotes: of the detector's triggers, strongest feature first (then in the
 * order found), the first one that is a claim in itself (not a small count in words, not a place in
 * a sequence, not a superlative that ranks nothing).
 */
function ruleTrigger(claim: ClaimAssessment, text: string, isOpening: boolean): ClaimCue | undefined {
  const features = claim.reasons.map((r) => r.feature).filter((f) => CLAIM_TRIGGERS.has(f));
  // A date adds nothing to the score of a sentence, but in a check-worthy opening sentence it is the
  // news the story breaks ("ISIS returned on Saturday to the ancient city of Palmyra"), which needs
  // a source; later in the story a dated event is the reporter's narrative or background ("On Nov.
  // 11, 2014, … sealed their agreement", "The clip was released on Tuesday"). A prediction adds
  // nothing to the score either, but it is a forecast that needs a source ("that percentage is
  // likely to be even higher") unless it is pinned to a time: then it is a schedule ("is set to
  // compete at Leeds this weekend", "will be given the same prominence at next year's festival").
  if (isOpening && !features.includes('date')) features.push('date');
  if (!features.includes('prediction') && !pinnedToTime(text)) features.push('prediction');
  for (const feature of features) {
    const cue = claim.cues.find((c) => c.feature === feature && isClaimCue(c, text));
    if (cue) return cue;
  }
  return undefined;
}

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
    // Or a named source reports its accounts: "Heineken and Carlsberg … have reported falling
    // profits", "finance minister Trevor Manuel said the focus of the 2005 budget was …". The figures
    // that follow are from those results or that budget.
    if (matchesIn(ctx, lede, RESULTS).length > 0) return index;
  }
  return null;
}

// A market's own figure: the subject of the sentence is a traded security or an index, and the
// verb says how it moved or where it closed ("Shares in the bank, which …, fell 15% in renewed
// trading", "The city's benchmark stock index closed down 7.9% at 642.80"). The market is its
// source, as a named exchange is; a price that is not traded ("House prices have tripled") is not.
const PRICE_MOVE_ALL =
  /\b(?:closed|ended|finished|opened|traded|fell|rose|gained|lost|dropped|slipped|climbed|jumped|surged|tumbled|plunged|slumped|soared)\b/gi;
const MARKET_SUBJECT = /\b(?:[Ss]hares|[Ss]tocks?|[Ii]ndex|[Bb]onds?)(?:\s+(?:in|of|on)\s+[^,\s][^,]{0,60})?\s*$/u;
// How far before its verb a market's subject is read, its appositions included (a bound on the input of MARKET_SUBJECT).
const SUBJECT_WINDOW = 160;
function marketPrice(text: string, triggerStart: number): boolean {
  for (const move of text.slice(0, triggerStart).matchAll(PRICE_MOVE_ALL)) {
    // The subject without its appositions and relative clauses ("…, the company founded by …,").
    const subject = text.slice(Math.max(0, move.index - SUBJECT_WINDOW), move.index).replace(/,[^,]*,/g, ' ');
    if (MARKET_SUBJECT.test(subject)) return true;
  }
  return false;
}

// The text of a named document that the sentence opens with ("Under the stock exchange's rules,
// no listed company can …", "Under the settlement, the firm will pay …"): what follows is what the
// document says, which the reader can check in it.
const UNDER_DOCUMENT =
  /^\W*under\s+(?:[\p{L}'’-]+\s+){0,5}?(?:rules?|laws?|act|terms|agreement|deal|constitution|regulations?|treaty|plans?|proposals?|settlement|contract|scheme|guidelines|bill|legislation)\b[^,;]{0,60},/iu;
function underDocument(text: string, triggerStart: number): boolean {
  const opening = UNDER_DOCUMENT.exec(text.slice(0, SUBJECT_WINDOW));
  return opening !== null && opening[0].length <= triggerStart;
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
  // ministry's figures"): not a view ("analysts said …", "X criticized …") nor a stance. Nor a
  // direct quotation (content that opens with its marks): the speaker's words end where they
  // close, and a fact the reporter adds after them ("“…,” the chief executive said. The firm
  // employs 3,000 people in Leeds.") is not in them. A quoted phrase inside reported speech
  // ("said Bush has the “best experience”") leaves the account reported, and it carries on.
  const quotedWords = (a: (typeof ctx.model.attributions)[number]) =>
    a.direct && a.content !== null && /^\W*["“‘]/.test(ctx.model.prose.slice(a.content.start, Math.min(a.content.end, a.content.start + 4)));
  const informs = (s: Sentence) =>
    s.attributions.some((i) => {
      const a = ctx.model.attributions[i]!;
      return !ctx.model.nested[i] && !quotedWords(a) && a.source !== null && a.sourceKind !== 'vague' && isReport(a) && informsCue(a.cue.text);
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
  // Not a participle that only modifies a noun after an article or a possessive ("the predicted
  // high is down to rising ticket prices", "its expected profits"): it names no source or view.
  const weak = matchesIn(ctx, sentence, WEAK_CUES).find(
    (m) =>
      !(ATTRIBUTIVE_BEFORE.test(ctx.model.prose.slice(Math.max(sentence.start, m.start - 12), m.start)) && /ed$/i.test(ctx.model.prose.slice(m.start, m.end))),
  );
  return weak ? `weak cue “${ctx.model.prose.slice(weak.start, weak.end)}”` : null;
}
