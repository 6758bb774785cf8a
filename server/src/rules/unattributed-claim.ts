// unattributed-claim: a checkable assertion — a figure, a casualty count, a dated event, a
// superlative, a cause, a characterisation — with no source in or around its sentence.
import type { Sentence } from '../analysis/model';
import type { Span } from '../analysis/types';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { attributeFixes, compilePhrases, matchesIn, quoted } from './helpers';
import { wordClasses } from '../analysis/words';
import words from './unattributed-claim.words.json';

const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens|hundreds|thousands|millions|billions|tens of thousands|a dozen|half';
// A figure: digits or number words with what they count; not a year, a date or a time of day.
const FIGURE = new RegExp(
  `(?:(?:more than|over|nearly|almost|about|around|at least|up to|some|roughly|fewer than|less than)\\s+)?` +
  `(?:[$€£]\\s?\\d(?:[\\d,.]*\\d)?(?:\\s+(?:million|billion|trillion))?|\\d[\\d,.]*\\s*(?:%|percent|per cent)|` +
  `(?<![\\d,.-])(?<!\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\\.?\\s)(?!(?:1[89]|20)\\d\\d\\b)\\d(?:[\\d,.]*\\d)?(?:\\s+(?:million|billion|trillion|thousand))?(?=\\s+(?:of\\s+)?[a-z])(?!\\s+(?:a\\.m|p\\.m|o’clock|o'clock)\\b)\\s+[a-z]+|` +
  `\\b(?:${NUMBER_WORDS})\\b(?:\\s+of)?\\s+[a-z]+)`,
  'gi',
);
// A count of time units is the story's time frame ("eight years ago", "two days after the
// rally", "over the next six weeks"), checked like a date, not a statistic to attribute: on the
// held-out train tenths 11 of the 50 such findings were on sentences the annotators attributed.
const TIME_UNIT = /\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|generations?|century|centuries)$/i;
// "the two candidates", "the past three chairmen": a small number after "the" points back at
// people or things already in the story; it counts nothing new.
const DEFINITE_COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:of\s+)?(?:dozen|hundred|thousand|million|billion)\b)/i;
const THE_BEFORE = /\bthe\s+(?:(?:past|last|next|first|other|remaining|top|final)\s+)?$/i;
const DATED_EVENT = /\b(?:on|last|since|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b/g;
const PLAIN_TRIGGERS: [string, RegExp][] = [
  ['casualty figure', compilePhrases(words.casualties.map((w) => w.phrase))],
  ['superlative', compilePhrases(words.superlatives.map((w) => w.phrase))],
  ['causal claim', compilePhrases(words.causal.map((w) => w.phrase))],
  ['characterisation', compilePhrases(words.characterising.map((w) => w.phrase))],
];
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
  other: { margin: -20, score: -9 },
};

/** Replaces the thresholds (the evaluation sweeps them on held-out articles); returns the previous ones. */
export function useClaimThresholds(next: ClaimThresholds): ClaimThresholds {
  const previous = QUIET;
  QUIET = next;
  return previous;
}

function looksAttributed(sentence: Sentence, kind: string): boolean {
  const bar = kind === 'figure' || kind === 'casualty figure' ? QUIET.figure : QUIET.other;
  return sentence.cueMargin > bar.margin || sentence.attributionScore > bar.score;
}
const INTERVIEW_TURN = /^\s*[QA]:\s/;
// Sentences with any of these carry a view or a source of their own, even when the attribution
// finder cannot frame them; flagging them would be a false alarm.
const WEAK_CUES = compilePhrases(words.weakCues.map((w) => w.phrase));

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'information',
  description: 'A checkable claim (figures, casualties, dated events, superlatives, causes, characterisations) with no attribution in or around its sentence.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const { sentences } = ctx.model;
    sentences.forEach((sentence, index) => {
      if (!ctx.isCopy(sentence) || isAttributed(ctx, sentences, index)) return;
      const trigger = findTrigger(ctx, sentence);
      if (!trigger || looksAttributed(sentence, trigger.kind)) return;
      findings.push({
        ...trigger.span,
        message: `Attribute this ${trigger.kind} (${quoted(ctx, trigger.span)}), or say how it is known: it has no source in the sentence or the one before it.`,
        fixes: attributeFixes(ctx, sentence),
      });
    });
    return findings;
  },
};

function isAttributed(ctx: RuleContext, sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentences[index]!;
  const text = ctx.model.prose.slice(sentence.start, sentence.end);
  // Quiet where the cue tagger came close to finding a cue: a false alarm costs more trust
  // than a missed claim (the margin is tuned on held-out train articles, see docs).
  if (sentence.attributions.length > 0 || /[?]["”]?$/.test(text)) return true;
  if (ctx.inAnyAttributionContent(sentence) || ctx.overlapsQuote(sentence)) return true;
  // A sentence continuing the attributed account of the sentence before it, in the same paragraph.
  const previous = sentences[index - 1];
  if (previous && previous.block === sentence.block && previous.attributions.length > 0) return true;
  // A turn of a question-and-answer interview ("Q: You were 14 years old. …", "A: …") is the
  // interviewer's or the interviewee's own words, attributed by the format, not the reporter's claim.
  const block = ctx.model.blocks[sentence.block]!;
  if (INTERVIEW_TURN.test(ctx.model.prose.slice(block.start, Math.min(block.end, block.start + 8)))) return true;
  return matchesIn(ctx, sentence, WEAK_CUES).length > 0;
}

// "the most powerful woman" ranks; "most voters", "more familiar than most", "for the most part"
// and "the most recent debate" do not, and "is not the only factor" denies a ranking.
function isSuperlative(prose: string, sentence: Span, m: Span): boolean {
  const word = prose.slice(m.start, m.end).toLowerCase();
  const before = prose.slice(Math.max(sentence.start, m.start - 12), m.start);
  if (word === 'the only') return !/(?:\bnot|n['’]t)\s+$/i.test(before);
  if (word !== 'most') return true;
  if (/\b(?:than|the)\s+$/i.test(before) && /^\s+part\b/i.test(prose.slice(m.end, m.end + 6))) return false;
  if (/\bthan\s+$/i.test(before)) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(prose.slice(m.end, Math.min(sentence.end, m.end + 40)))?.[1];
  if (!next || /^recent(?:ly)?$/i.test(next) || /^\p{Lu}/u.test(next) && !/^\p{Lu}/u.test(prose.slice(m.start, m.start + 1))) return false;
  const classes = wordClasses(next.toLowerCase());
  return classes.has('Adjective') || classes.has('Adverb') || /(?:ed|ful|ous|ive|able|ible|al|ic|ent|ant|est)$/i.test(next) && !classes.has('Plural');
}

function findTrigger(ctx: RuleContext, sentence: Sentence): { kind: string; span: Span } | null {
  const prose = ctx.model.prose;
  const figure = matchesIn(ctx, sentence, FIGURE).find((m) => {
    const text = prose.slice(m.start, m.end);
    if (TIME_UNIT.test(text)) return false;
    return !(DEFINITE_COUNT.test(text) && THE_BEFORE.test(prose.slice(Math.max(sentence.start, m.start - 20), m.start)));
  });
  if (figure) return { kind: 'figure', span: figure };
  for (const [kind, pattern] of PLAIN_TRIGGERS) {
    const m = matchesIn(ctx, sentence, pattern).find((x) => kind !== 'superlative' || isSuperlative(prose, sentence, x));
    if (m) return { kind, span: m };
  }
  const dated = matchesIn(ctx, sentence, DATED_EVENT)[0];
  return dated ? { kind: 'dated event', span: dated } : null;
}
