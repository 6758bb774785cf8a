// The claim detector: how check-worthy a sentence is, i.e. whether a copy desk would want a
// source for it. A linear model (an averaged perceptron, trained by eval/train-claim-model.ts on
// ClaimBuster's debate sentences and the team's labelled news sentences) over hand-designed
// features — figures, fractions, multiples and changes; superlatives and records; comparisons with
// a baseline; causes; casualties and harm; accusations and characterisations; named entities;
// tense and modality; first and second person; questions; hedges — and lower-cased word n-grams.
// Pure and cheap: one pass of a few regular expressions and a tokenizer per sentence, results
// cached by the sentence's text.
import model from './claim-model.json';
import cueWords from './claim-cues.json';
import { jsonMap } from './json-map';
import { detached, memoOf, type Memo } from './model';
import { wordClasses } from './words';
import type { Span } from './types';

export interface ClaimModel {
  weights: Record<string, number>;
  /** Scores above this mean "check-worthy" (chosen by cross-validation on the training sentences). */
  threshold: number;
}

let current = model as unknown as ClaimModel;
// The weights as a Map: ~18,000 keys, most lookups misses; a Map answers those far faster than an
// object. The shipped model's is made straight from the bundle's packed table (json-map.ts).
let weightMap: Map<string, number> | null = null;
const currentWeights = () => (weightMap ??= jsonMap<number>(current, 'weights'));

/** Replaces the model (training and evaluation); returns the previous one. */
export function useClaimModel(next: ClaimModel): ClaimModel {
  const previous = current;
  current = next;
  weightMap = null;
  memoName = `claims ${++generation}`;
  return previous;
}

/** A hand-designed feature that fired, with the words that fired it (offsets into the text given). */
export interface ClaimCue extends Span {
  /** The feature's name ("figure", "record", "cause"), as in FEATURE_LABEL. */
  feature: string;
  /** The words, as written. */
  text: string;
}

export interface ClaimAssessment {
  /** The model's score: above `threshold` the sentence is check-worthy. */
  score: number;
  threshold: number;
  checkworthy: boolean;
  /** The hand-designed features that pushed the score up, strongest first, with their words. */
  reasons: (ClaimCue & { weight: number })[];
  /** Every cue found, in order (the first of each feature is the one a reason quotes). */
  cues: ClaimCue[];
}

/** What each hand-designed feature is, for messages, hovers and the ledger. */
export const FEATURE_LABEL: Record<string, string> = {
  money: 'sum of money',
  percent: 'percentage',
  figure: 'figure',
  fraction: 'fraction',
  multiple: 'multiple',
  change: 'change',
  record: 'record',
  superlative: 'superlative',
  ranking: 'ranking',
  comparative: 'comparison',
  cause: 'cause',
  harm: 'casualties or harm',
  accusation: 'accusation',
  characterisation: 'characterisation',
  economy: 'economic fact',
  prediction: 'prediction',
  year: 'year',
  date: 'dated event',
  entity: 'named entity',
  organisation: 'organisation',
  law: 'law or measure',
};

/**
 * Features that name what a sentence claims, and so can be quoted as its trigger. Named entities,
 * organisations, years and laws make a sentence more likely a claim but are not claims in
 * themselves; a date is a trigger only of a sentence found check-worthy ("ISIS returned on Saturday
 * to Palmyra", not "The council met on Monday.").
 */
export const CLAIM_TRIGGERS: ReadonlySet<string> = new Set([
  'money',
  'percent',
  'figure',
  'fraction',
  'multiple',
  'change',
  'record',
  'superlative',
  'ranking',
  'comparative',
  'cause',
  'harm',
  'accusation',
  'characterisation',
  'prediction',
  'date',
]);

/** The cue a message or a ledger row quotes: the strongest trigger that raised the score, else the first trigger found. */
export function claimTrigger(claim: ClaimAssessment): ClaimCue | undefined {
  return claim.reasons.find((r) => CLAIM_TRIGGERS.has(r.feature)) ?? claim.cues.find((c) => CLAIM_TRIGGERS.has(c.feature));
}

// Each cue: a feature name and a pattern (case-insensitive unless marked). Cues carry spans so that
// a message can quote them; the model decides how much each one counts.
const NUM_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens|hundreds|thousands|millions|billions|a dozen';
// The plain word lists are data (claim-cues.json, each word with an example); the pattern built from
// one is the same as the literal it replaced, so the trained weights still apply.
const wordList = (entries: { word: string }[], flags: string) => new RegExp(`\\b(?:${entries.map((e) => e.word).join('|')})\\b`, flags);
// Checked in code (shortFormCount): it starts a number, and the word after it is not a currency.
const SHORT_FORM_COUNT = /\d[\d,.]{0,15}(?:m|bn) [a-z]+/g;
const CURRENCY = new Set(['euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'pence', 'cents', 'rupees', 'yen', 'rand', 'kroner', 'yuan', 'francs']);
function shortFormCount(text: string, at: number, match: string): boolean {
  return !/[\d,.$€£]/.test(text.charAt(at - 1)) && !CURRENCY.has(match.slice(match.indexOf(' ') + 1));
}
const CUES: [string, RegExp][] = [
  [
    'money',
    /(?:[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m)\b)?|(?<![\d,.])\d[\d,.]*(?:\s*(?:million|billion|trillion|bn))?\s*(?:dollars|euros|pounds|pence|cents)\b|\b(?:a|one|two|three|\d+)\s+(?:million|billion|trillion)\s+dollars\b)/gi,
  ],
  ['percent', /(?<![\d,.])\d[\d,.]*\s*(?:%|percent\b|per cent\b|percentage points?\b)/gi],
  [
    'fraction',
    new RegExp(
      `\\b(?:(?:a|one|two|three|four)[- ](?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|half (?:of|the|a|all)|majority of|minority of|(?:one|1|two|three) (?:in|out of) (?:every )?(?:${NUM_WORD}|\\d+))\\b`,
      'gi',
    ),
  ],
  [
    'multiple',
    /\b(?:doubled|doubling|double the|tripled|trebled|quadrupled|halved|halving|twice (?:as|the)|(?:two|three|four|five|ten|\d+) times (?:as|more|higher|larger|the)|(?:two|three|four|five|ten)fold|\d+-fold)\b/gi,
  ],
  [
    'change',
    /\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|dropped|drop(?:s|ping)?|declined|decline[sd]?|increased?|increases|increasing|decreased?|decreases|grew|grown|growth|soared|surged|jumped|plunged|slumped|tumbled|climbed|slashed|cut|cuts|up|down)\s+(?:by\s+)?(?:a (?:quarter|third|half|fifth|tenth)|(?:more than |nearly |about |almost |some )?(?:[$€£]?\d[\d,.]*|${NUM_WORD})\b)|\bby (?:a (?:quarter|third|fifth|tenth)|half|\d[\d,.]*\s*(?:%|percent|per cent))/gi,
  ],
  // A number and the word it counts (lower-case: "13 In The Charts" counts nothing), not a year.
  [
    'figure',
    new RegExp(
      `(?:(?:[Mm]ore than|[Oo]ver|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]t least|[Uu]p to|[Ss]ome|[Rr]oughly|[Ff]ewer than|[Ll]ess than)\\s+)?(?<![\\d,.\\-/$€£]\\s?)(?!(?:1\\d|20)\\d\\d\\b)\\d(?:[\\d,.]*\\d)?(?:\\s+(?:million|billion|trillion|thousand))?\\s+(?:of\\s+|more\\s+|new\\s+|additional\\s+)?(?!(?:in|is|and|or|to|at|on|the|a|an|for|was|were|are|by|with|from|as|per|over|under|p|a\\.m|p\\.m)\\b)[a-z]+`,
      'g',
    ),
  ],
  [
    'figure',
    new RegExp(
      `\\b(?:(?:more than|nearly|almost|about|around|at least|up to|some)\\s+)?(?:${NUM_WORD.replace('one|', '')}|tens of thousands|hundreds of thousands)(?:\\s+(?:hundred|thousand|million|billion))?\\s+(?:of\\s+)?(?!(?:in|is|and|or|to|at|on|the|a|an|for|was|were|are|by|with|from|as|of|times|more|less|years?|days?|weeks?|months?|hours?|minutes?)\\b)[a-z]+`,
      'gi',
    ),
  ],
  // A count in British copy's short form: "Up to 1.4m workers", "39m cases" (a sum of money is the
  // money cue's: "£1.5m", "537m euros").
  ['figure', SHORT_FORM_COUNT],
  [
    'record',
    /\b(?:(?:a|an|the|all-time|new|record)\s+(?:record|high|low)s?|record[- ](?:high|low|levels?|numbers?|breaking)|on record|(?:highest|lowest|biggest|largest|worst|best|most|fewest) (?:ever|since|in (?:history|decades|years|a decade|a generation|\d+ years))|ever recorded|since records began|unprecedented)\b/gi,
  ],
  [
    'superlative',
    /\b(?:the|its|their|his|her|our|america's|britain's|world's|country's|nation's)\s+(?:(?:single|very|second|third)\s+)?(?:\w+est|most \w+|least \w+|best|worst|biggest|largest|first|last|only|leading|top|fastest|deadliest)\b|\bmost \w+(?:ed|al|ive|ant|ent|ful|ous|ic|able)\b/gi,
  ],
  [
    'ranking',
    /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|top|number one|no\.? 1) (?:place|largest|biggest|highest|in the (?:world|country|nation|league)|among)\b|\branks?(?:ed)? \w+|\b(?:leads|led|trails|trailed) (?:the|all|by)\b/gi,
  ],
  [
    'comparative',
    /\b(?:more|less|fewer)\s+(?:\w+\s+){1,3}than\b|\b(?:higher|lower|bigger|larger|smaller|greater|faster|slower|cheaper|better|worse|stronger|weaker)\s+(?:\w+\s+){0,3}than\b|\bcompared (?:with|to)\b|\bthan (?:in |at )?(?:last|the previous|a year|any|ever|\d{4})\b|\bsince (?:\d{4}|the \d{4}s|last year|records)\b|\b(?:a year|a decade) (?:ago|earlier)\b|\b(?:up|down) from\b/gi,
  ],
  ['cause', wordList(cueWords.cause, 'gi')],
  ['harm', wordList(cueWords.harm, 'gi')],
  ['accusation', wordList(cueWords.accusation, 'gi')],
  ['characterisation', wordList(cueWords.characterisation, 'gi')],
  ['economy', wordList(cueWords.economy, 'gi')],
  [
    'prediction',
    /\b(?:will (?:be|cost|rise|fall|create|cut|raise|increase|reduce|lose|have)|is (?:expected|projected|forecast|set|due|likely) to|are (?:expected|projected|forecast|set|due|likely) to|plans? to|planning to|intends? to|(?:is|are) going to|would (?:cost|create|cut|raise|add)|by (?:the end of )?(?:20\d\d|next year))\b/gi,
  ],
  ['law', wordList(cueWords.law, 'gi')],
  ['year', /\b(?:in|since|by|from|until|of|before|after|between)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\ds\b/gi],
  [
    'date',
    /\b(?:on|last|since|by|until)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b/gi,
  ],
];
// Capitalised names not at the start of the sentence ("the Syrian Observatory", "Congress").
const ENTITY = /(?<=[\p{L}\p{N},;:()'’"“”] )(?:\p{Lu}[\p{L}’'.&-]*)(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.&-]*)*/gu;
const ORGANISATION = wordList(cueWords.organisation, 'g');
// Sentence-wide signals: no span to quote, just evidence for or against.
const FLAGS: [string, RegExp][] = [
  ['first-person-singular', wordList(cueWords['first-person-singular'], '')],
  ['first-person-plural', wordList(cueWords['first-person-plural'], 'i')],
  ['second-person', wordList(cueWords['second-person'], 'i')],
  ['hedge', wordList(cueWords.hedge, 'i')],
  ['modal-should', wordList(cueWords['modal-should'], 'i')],
  ['modal-will', wordList(cueWords['modal-will'], 'i')],
  ['modal-would', wordList(cueWords['modal-would'], 'i')],
  ['conditional', wordList(cueWords.conditional, 'i')],
  ['past-tense', /\b(?:was|were|had|did|\w{3,}ed)\b/i],
  ['present-perfect', /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been|\w{3,}ed|grown|risen|fallen|lost|won|cut|spent|made|taken|given|built)\b/i],
  ['negation', /\b(?:not|no|never|n't|nothing|none|nobody)\b/i],
  ['opinion', wordList(cueWords.opinion, 'i')],
  ['address', wordList(cueWords.address, 'i')],
  ['imperative', /^(?:let|look|think|imagine|remember|consider|listen|ask|go|don't|do|tell)\b/i],
  ['quote', /["“”]/],
  ['reported', wordList(cueWords.reported, 'i')],
];

// A count of time units is the story's time frame ("eight years ago", "for 444 days"), and a small
// number after "the" points back at people already in the story ("the two candidates"): neither
// counts anything new. Nor does a time of day ("10 a.m.").
const TIME_UNIT =
  /\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|generations?|century|centuries|a|p|am|pm|o'clock|o’clock)$/i;
const DEFINITE_COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:of\s+)?(?:dozen|hundred|thousand|million|billion)\b)/i;
const THE_BEFORE = /\bthe\s+(?:(?:past|last|next|first|other|remaining|top|final)\s+)?$/i;

// "the largest", "the most famous": the word after the determiner must be an adjective ("the test",
// "the protest" end in -est and are not).
function isSuperlative(match: string): boolean {
  const last = match.slice(match.lastIndexOf(' ') + 1).toLowerCase();
  if (/\bmost\s+(?:recent(?:ly)?|part|likely)$/i.test(match)) return false;
  // "her first race", "his last job": a sequence, not a ranking; "the first", "the only" rank.
  if (/^(?!the\b)\w+\s+(?:first|last|only|top|leading)$/i.test(match)) return false;
  if (!last.endsWith('est') || /^(?:best|worst|biggest|largest|fastest|deadliest)$/.test(last)) return true;
  return wordClasses(last).has('Adjective') && !wordClasses(last).has('Noun');
}

// Digits that are part of a name are not a count: "The PS5 outsold …", "Airbus A320 deliveries".
function insideName(text: string, at: number, figure: string): boolean {
  const digit = figure.search(/\d/);
  return digit >= 0 && /[A-Za-z]/.test(text.charAt(at + digit - 1));
}

function isCount(text: string, at: number, figure: string): boolean {
  if (TIME_UNIT.test(figure)) return false;
  // A capitalised word after a number word is a name ("directed by Three Kings film-maker …").
  if (/\s\p{Lu}\p{L}*$/u.test(figure)) return false;
  return !(DEFINITE_COUNT.test(figure) && THE_BEFORE.test(text.slice(Math.max(0, at - 20), at)));
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*|[$€£%?]/gu;
const STOP = new Set('the a an of to and in on for at by with from as that this it is be'.split(' '));

function normalise(word: string): string {
  if (/^\d/.test(word)) {
    if (/^(?:1[89]|20)\d\d$/.test(word)) return '<year>';
    return '<num>';
  }
  return word;
}

/** The sentence's features: hand-designed cues (with spans) and the sentence-wide flags and n-grams. */
export function claimFeatures(text: string): { features: string[]; cues: ClaimCue[] } {
  const features = new Set<string>(['bias']);
  const cues: ClaimCue[] = [];
  for (const [feature, pattern] of CUES) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (feature === 'figure' && (!isCount(text, m.index, m[0]) || insideName(text, m.index, m[0]))) continue;
      if (pattern === SHORT_FORM_COUNT && !shortFormCount(text, m.index, m[0])) continue;
      if (feature === 'superlative' && !isSuperlative(m[0])) continue;
      let end = m.index + m[0].length;
      // "fell 3/8", "rose 1 1/4": the change is the whole fraction, not its first digits.
      if (feature === 'change') {
        const fraction = /^(?:\/\d{1,3}| \d{1,3}\/\d{1,3})(?!\d)/.exec(text.slice(end, end + 12));
        if (fraction && /\d$/.test(m[0])) end += fraction[0].length;
      }
      cues.push({ feature, start: m.index, end, text: text.slice(m.index, end) });
      n++;
    }
    if (n > 0) {
      features.add(`c:${feature}`);
      if (n > 1) features.add(`c:${feature}+`);
    }
  }
  let entities = 0;
  ENTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENTITY.exec(text)) !== null) {
    const word = m[0];
    // "I", and words like "The" after a quotation mark, are not names.
    if (word === 'I' || wordClasses(word.toLowerCase()).has('Determiner') || wordClasses(word.toLowerCase()).has('Pronoun')) continue;
    entities++;
    cues.push({ feature: 'entity', start: m.index, end: m.index + word.length, text: word });
  }
  if (entities > 0) features.add(`c:entity${Math.min(entities, 3)}`);
  ORGANISATION.lastIndex = 0;
  if ((m = ORGANISATION.exec(text)) !== null) {
    features.add('c:organisation');
    cues.push({ feature: 'organisation', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const [flag, pattern] of FLAGS) if (pattern.test(text)) features.add(`f:${flag}`);
  // A quotation with its speaker is most often a view (the labelled news sentences' largest class of non-claims).
  if (features.has('f:quote') && features.has('f:reported')) features.add(features.has('f:opinion') ? 'f:quoted-view' : 'f:quoted');
  const trimmed = text.trimEnd();
  if (/\?["”’']?$/.test(trimmed)) features.add('f:question');
  if (/!["”’']?$/.test(trimmed)) features.add('f:exclamation');
  // Word n-grams: lower-cased, numbers as <num>/<year>, unigrams and bigrams.
  TOKEN.lastIndex = 0;
  const words: string[] = [];
  while ((m = TOKEN.exec(text)) !== null) words.push(normalise(m[0].toLowerCase()));
  features.add(`len:${Math.min(5, Math.floor(words.length / 6))}`);
  let previous = '<s>';
  for (const w of words) {
    if (!STOP.has(w)) features.add(`w:${w}`);
    features.add(`b:${previous}_${w}`);
    previous = w;
  }
  // Pairs of cues: a figure with a change, a cause with harm …
  const kinds = [...new Set(cues.map((c) => c.feature))].filter((k) => k !== 'entity').sort();
  for (let i = 0; i < kinds.length; i++) for (let j = i + 1; j < kinds.length; j++) features.add(`p:${kinds[i]}&${kinds[j]}`);
  return { features: [...features], cues };
}

/** The score of a sentence's features: with `weights` (training), else with the current model. */
export function claimScore(features: readonly string[], weights?: Record<string, number>): number {
  let s = 0;
  if (weights) for (const f of features) s += weights[f] ?? 0;
  else {
    const map = currentWeights();
    for (const f of features) s += map.get(f) ?? 0;
  }
  return s;
}

// The model's generation: answers kept in a document's memo are kept per model (under a name made once per model).
let generation = 0;
let memoName = 'claims 0';

/**
 * How check-worthy the sentence `text` is, with the cues that made it so (offsets into `text`).
 * With `memo` (the document's, see memoOf), kept by text: the editor asks again for every
 * unchanged sentence on every keystroke.
 */
export function assessClaim(text: string, memo?: Memo): ClaimAssessment {
  if (!memo) return assess(text);
  const cache = memoOf<ClaimAssessment>(memo, memoName);
  let known = cache.get(text);
  // Worked out on a copy of the text: the cues' words kept in the memo must not refer to the document's text.
  if (!known) cache.set(text, (known = assess(detached(text))));
  return known;
}

function assess(text: string): ClaimAssessment {
  const { features, cues } = claimFeatures(text);
  const { threshold } = current;
  const weights = currentWeights();
  const score = claimScore(features);
  // A cue's weight: its own feature's (for names, the weight of the sentence's count of names).
  const entityFeature = features.find((f) => f.startsWith('c:entity'));
  const weightOf = (feature: string) => (feature === 'entity' ? (entityFeature ? (weights.get(entityFeature) ?? 0) : 0) : (weights.get(`c:${feature}`) ?? 0));
  cues.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const reasons: ClaimAssessment['reasons'] = [];
  for (const cue of cues) {
    if (seen.has(cue.feature)) continue;
    seen.add(cue.feature);
    const weight = weightOf(cue.feature);
    if (weight > 0) reasons.push({ ...cue, weight });
  }
  reasons.sort((a, b) => b.weight - a.weight || a.start - b.start);
  return { score, threshold, checkworthy: score > threshold, reasons, cues };
}

/** "record: ‘the lowest on record’" — a reason as a message or a ledger shows it. */
export function describeReason(reason: ClaimCue): string {
  return `${FEATURE_LABEL[reason.feature] ?? reason.feature}: ‘${reason.text.replace(/\s+/g, ' ')}’`;
}
