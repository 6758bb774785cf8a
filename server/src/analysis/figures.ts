// Figures: a number with what it counts ("more than 4,000 fighters", "12 killed", "twelve dead",
// "$3.2 million in donations", "12 percent of voters"). Shared by the inconsistent-figure rule
// and the claims ledger. Pure: prose in, figures out, offsets into the prose.
import words from './figures.words.json';
import { NUMBER_WORDS, NUMERAL, parseNumberWords, parseNumeral, precisionInterval } from './numbers';
import type { Span } from './types';

export type FigureKind = 'count' | 'money' | 'percent';

export interface Figure extends Span {
  kind: FigureKind;
  /** The number as written, and where: "4,500", "twelve", "3.2 million". */
  number: Span;
  /** The stated value, and the interval the wording allows ("more than 4,000" → [4000, ∞)). */
  value: number;
  low: number;
  high: number;
  /** The approximation word before the number ("more than", "about", "nearly"), lower-case. */
  approximation: string | null;
  /**
   * What is counted, as a comparable key: a noun lemma through the synonym table ("fighter",
   * "person"), a casualty class with its noun ("killed", "killed:soldier"), "percent:voter",
   * "usd:donation". Empty when nothing comparable follows the number.
   */
  unit: string;
  /** The counted noun's span (or the casualty word's), when there is one. */
  unitSpan: Span | null;
  /** Lower-cased words between the number and the counted noun ("isis" in "4,000 ISIS fighters"). */
  modifiers: string[];
  /** "five more soldiers", "another 12", "an additional 300": an increment, not a total. */
  increment: boolean;
  /** "99 of the state's counties", "4,000 of the fighters": a part of a whole. */
  partitive: boolean;
  /**
   * Its role beside another figure of the same things: in "close 12 of its 340 stores", 12 is
   * the part (the stores closing, counted as stores) and 340 the total. Null otherwise.
   */
  role: 'part' | 'total' | null;
  /** What a sum is was named before it: "a shortfall of £2.8m". */
  namedBefore: boolean;
  /**
   * The group the count is the size of, when it is counted as a group: "the 2,000-strong crowd",
   * "a crowd of about 8,000", "estimated the crowd at 4,000" (crowd, counting people); "an
   * 850-strong workforce" (workforce, counting workers).
   */
  collective: string | null;
  /** What happens to the things counted, when the noun says it: "1,500 job losses" (cut). */
  event: string | null;
}

const APPROXIMATIONS: [RegExp, (v: number) => [number, number]][] = [
  [/(?:more|greater) than|over|at least|upwards of|in excess of|just over|well over|no fewer than|no less than|a minimum of/, (v) => [v, Infinity]],
  [/fewer than|less than|under|up to|at most|as many as|no more than|just under|a maximum of/, (v) => [0, v]],
  [/nearly|almost|close to|just shy of|approaching/, (v) => [v * 0.85, v]],
  [/about|around|roughly|approximately|some|an estimated|estimated|about some|circa|an approximate|or so/, (v) => [v * 0.85, v * 1.15]],
];
const APPROX_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${APPROXIMATIONS.map(([r]) => r.source).join('|')})\\s+(?:of\\s+)?$`, 'iu');

const CURRENCY_SYMBOL: Record<string, string> = { $: 'usd', us$: 'usd', '€': 'eur', '£': 'gbp' };
const CURRENCY_WORD: Record<string, string> = { dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', pound: 'gbp', pounds: 'gbp' };

const SYNONYMS = new Map<string, string>();
for (const group of words.synonyms) for (const w of group.words) SYNONYMS.set(w, group.lemma);
const CASUALTY = new Map<string, string>();
for (const group of words.casualties) for (const w of group.words) CASUALTY.set(w, group.class);
const GENERIC = new Set(words.generic.map((w) => w.word));
const MEASURES = new Set(words.measures.map((w) => w.word));
const FUNCTION_WORDS = new Set(words.functionWords.split(' '));
const COLLECTIVES = new Map(words.collectives.map((c) => [c.word, c.counts]));
const EVENT_NOUNS = new Map(words.eventNouns.map((e) => [e.word, { event: e.event, unit: 'unit' in e ? (e.unit as string) : null }]));
const COUNTED_AS_MEMBERS = new Set(['crew', 'staff', 'cast', 'squad']);
// Who loses a job when jobs are cut, and the words that say so ("workers will lose their jobs", "staff would be made redundant").
const JOB_HOLDERS = new Set(['worker', 'employee', 'staff', 'person', 'personnel']);
const LOSE_JOBS =
  /^\s+(?:(?:will|would|could|are|were|is|was|have|had|has|to|set|due|expected|likely|also|now)\s+)*(?:(?:lose|losing|lost)\s+(?:their\s+)?jobs\b|(?:be\s+|been\s+|being\s+)?(?:laid off|made redundant)\b)/i;
// "estimated the crowd at 4,000", "put the crowd at about 10,000"; "a crowd of about 8,000".
const GROUP_AT_BEFORE = /\b(?:estimated|estimates|estimating|put|puts|putting|placed|places|counted)\s+(?:the|its|their)\s+([a-z]+)\s+at\s+$/i;
const GROUP_OF_BEFORE = /\b(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?([a-z]+)\s+of\s+$/i;
const STRONG_AFTER = /^-strong\s+(?:([a-z]+)\s+)?([a-z]+)(?![\p{L}])/u;
// "cut £12.4m", "lent €3.2bn", "fined £150,000", "sold … for €58m": what the sum is, from its verb.
const SUM_VERBS = new Map<string, { lemma: string; before: string }>();
for (const group of words.sumVerbs) for (const w of group.words) SUM_VERBS.set(w, { lemma: group.lemma, before: group.before });
const RANGE_TO = /^\s*(?:to|-|–|or)\s*[$€£]?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(million|billion|trillion|thousand|bn|mn)(?![\p{L}\p{N}]))?/iu;
const RANGE_AND = new RegExp(RANGE_TO.source.replace('(?:to|-|–|or)', 'and'), 'iu');
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const TIME_NOUN = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|day|quarter|decade|period|time)$/;
const DAY_MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?![\\p{L}])`, 'u');
const PART_OF_WHOLE = /^\s+of\s+(?:its|their|the|his|her|our|your|a total of)\s+(?=\d{1,3}(?:,\d{3})+(?![\d,.])|\d+(?![\d,.]))(?:\d{1,3}(?:,\d{3})+|\d+)/;
const OF_THE_WHOLE = /(?:^|[.;:]\s+)Of\s+(?:the|its|their|these|those)\s+$/;
const WHOLE_BEFORE = /\d\s+of\s+(?:its|their|the|his|her|our|your|a total of)\s+$/;
// "a shortfall of £2.8m", "the fee of $45 million": what a sum is, before it.
// ("a pre-tax loss of £1.2bn": past one or two modifiers.)
// (SUM_LEAD takes the space before a sum with no symbol: "the loss of 1,400 million pounds".)
const NOUN_OF_BEFORE = /\b(?:the|a|an|its|their|his|her|our) (?:[a-z][a-z-]*[a-z] ){0,2}?([a-z]{3,}) of $/i;
// (Or a bare noun after a verb: "reported revenue of £1.2bn", "said sales of £40m were"; not after a
// preposition, "in excess of £1m", nor "spend upward of $10 million".)
const NOUN_OF_BEFORE_SUM =
  /(?:\b(?:the|a|an|its|their|his|her|our) (?:[a-z][a-z-]*[a-z] ){0,2}?|\b(?!(?:in|of|for|to|by|with|at|on|from|into|than|and|or|but|about|over|under|around|up|down|out)\b)[a-z]{2,} (?!upwards? |excess ))([a-z]{3,}) of ?$/i;
const SUM_LEAD = /(?:(?:about|around|some|nearly|almost|more than|at least) )?(?:US\$|[$€£])? ?$/i;
const INCREMENTS = /(?:^|[^\p{L}])(?:another|an? additional|additional|a further|further|extra)\s+$/iu;
const NOT_A_COUNT_BEFORE =
  /(?:\b(?:No|Nos|no|number|Number|Resolution|Route|Highway|Interstate|Article|article|Section|section|Chapter|chapter|Flight|flight|Room|room|Amendment|Proposition|Prop|Act|Bill|page|pages|p|pp|aged|age|ages|Level|level|Phase|phase|Station|Channel|Division|Brigade|Regiment|Battalion|Squadron|Group|Unit|Fort|Camp|Building|Terminal|Gate|Platform|Apt|Apartment|Suite|Street|Avenue|Road|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Vol|vol|version|Version|Windows|iPhone|Galaxy|G|COP|Super Bowl|Catch)\.?\s*#?|#|[A-Z]-)$/;

// "a quarter of patients", "two-thirds of voters", "half of households" (not "a quarter of a million", "half of the 212").
const FRACTION =
  /(?<![\p{L}\p{N}-])(?:(a|one|two|three|four)[ -])?(half|thirds?|quarters?|fifths?|tenths?)(?=\s+of\s+(?!an?\s)(?:the\s+|its\s+|their\s+|all\s+)?(?!(?:his|her|our|my|your|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\b)\p{Ll})/giu;
const FRACTION_NUMERATOR: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const FRACTION_DENOMINATOR: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
// The fractions copy rounds a share to: a stated fraction stands for the values nearer to it than to its neighbours.
const COMMON_FRACTIONS = [0, 10, 20, 25, 100 / 3, 40, 50, 60, 200 / 3, 75, 80, 90, 100];
function fractionInterval(value: number): [number, number] {
  const i = COMMON_FRACTIONS.findIndex((x) => Math.abs(x - value) < 1e-9);
  if (i <= 0 || i >= COMMON_FRACTIONS.length - 1) return [value - 2.5, value + 2.5];
  return [(COMMON_FRACTIONS[i - 1]! + value) / 2, (value + COMMON_FRACTIONS[i + 1]!) / 2];
}
const SCORE_OF = /(?<![\p{L}])[Aa] score of\s{1,3}(?=\p{Ll}{2,30}s\b)/gu;

/** Figures in `prose` between `start` and `end` (one sentence), in order. */
export function findFigures(prose: string, start: number, end: number): Figure[] {
  const text = prose.slice(start, end);
  const found: Figure[] = [];
  const taken: Span[] = [];
  const overlaps = (s: Span) => taken.some((t) => t.start < s.end && s.start < t.end);

  NUMERAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Every numeral has a digit; most sentences have none, and NUMERAL's look-behind is tried at every position.
  const hasDigit = /\d/.test(text);
  while (hasDigit && (m = NUMERAL.exec(text)) !== null) {
    const digits = m[1]!;
    let scale = m[2];
    let numStart = m.index;
    let numEnd = m.index + m[0].length;
    const before = text.slice(Math.max(0, numStart - 40), numStart);
    const after = text.slice(numEnd, numEnd + 60);
    // Years, times, dates, ordinals, scores, compounds ("12-year-old"), codes ("F-16", "No. 5").
    if (!scale && /^\d{4}$/.test(digits) && +digits >= 1500 && +digits <= 2100) continue;
    // "the 2,000-strong crowd", "an 850-strong workforce": the size of the group, a count of its members.
    const strong = !scale ? STRONG_AFTER.exec(after) : null;
    // ("the 2,000-strong crowd", "a 300-strong student audience": the group is the first word or the second.)
    const groupWord = strong && (strong[1] && COLLECTIVES.has(strong[1]) ? strong[1] : COLLECTIVES.has(strong[2]!) ? strong[2] : null);
    if (strong && groupWord) {
      const word = groupWord;
      const at = numEnd + (word === strong[1] ? strong[0].indexOf(word, '-strong'.length) : strong[0].length - strong[2]!.length);
      const value = parseNumeral(digits, undefined);
      const [low, high] = precisionInterval(digits, undefined, false);
      const figure = groupFigure(m.index, numEnd, { start: at, end: at + word.length }, word, value, low, high);
      found.push(figure);
      taken.push(figure);
      continue;
    }
    if (/^(?:st|nd|rd|th|s\b|-[\p{L}\d]|\.\d|:\d|\s*(?:a\.m|p\.m|am\b|pm\b|GMT|UTC|EST|EDT|CET|o[’']clock))/iu.test(after)) continue;
    if (/^\s*[-–—]\s*\d+\b(?!,)/.test(after) && /\b(?:won|win|lost|beat|vote|voted|score)\b/i.test(before)) continue;
    if (NOT_A_COUNT_BEFORE.test(before) || /magnitude\s$/i.test(before)) continue;
    // "nine in 10 voters", "one out of 5": a proportion, not a count of voters.
    if (/(?:^|[^\p{L}\p{N}])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+$/iu.test(before)) continue;
    // A fraction or a stock price ("fell 3/8 to 22 5/8"), or a date written with slashes ("3/8/2025"): not a count.
    if ((after.startsWith('/') && /^\/\d/.test(after)) || /^\s\d+\/\d/.test(after)) continue;
    // "11 March", "the 11th of March": a date, read by dates.ts, never a count of "March".
    if (!scale && DAY_MONTH_AFTER.test(after)) continue;
    // "12 of its 340 stores": 12 counts the stores too, as the part; 340 is the total.
    const whole = !scale ? PART_OF_WHOLE.exec(after) : null;
    if (whole) {
      const wholeEnd = numEnd + whole[0].length;
      const noun = countedNoun(text, wholeEnd, text.slice(wholeEnd, wholeEnd + 60), '');
      if (noun && !noun.casualty && !MEASURES.has(noun.word)) {
        const value = parseNumeral(digits, undefined);
        const [low, high] = precisionInterval(digits, undefined, false);
        const unit = GENERIC.has(noun.lemma) ? 'person' : noun.lemma;
        let start = numStart;
        let approximation: string | null = null;
        let [l, h] = [low, high];
        const approx = APPROX_BEFORE.exec(before);
        if (approx) {
          approximation = approx[1]!.toLowerCase();
          const rule = APPROXIMATIONS.find(([r]) => new RegExp(`^(?:${r.source})$`, 'i').test(approximation!))!;
          [l, h] = widen([low, high], rule[1](value));
          start = numStart - (before.length - before.lastIndexOf(approx[1]!));
        }
        const figure: Figure = {
          start,
          end: numEnd,
          kind: 'count',
          number: { start: m.index, end: numEnd },
          value,
          low: l,
          high: h,
          approximation,
          unit,
          unitSpan: noun.span,
          modifiers: noun.modifiers,
          increment: false,
          partitive: false,
          role: 'part',
          namedBefore: false,
          collective: null,
          event: null,
        };
        found.push(figure);
        taken.push(figure);
        continue;
      }
    }
    let kind: FigureKind = 'count';
    let currency = '';
    const symbol = /(US\$|[$€£])\s?$/i.exec(before);
    if (symbol) {
      kind = 'money';
      currency = CURRENCY_SYMBOL[symbol[1]!.toLowerCase()]!;
      numStart -= symbol[0].length;
    }
    let rest = after;
    // British and wire money: "£420m", "$3.2m", "£30k"; "50p" is pence.
    const suffix = !scale ? /^([mk]|p)(?![\p{L}\p{N}])/u.exec(after) : null;
    if (suffix && symbol && suffix[1] !== 'p') {
      scale = suffix[1] === 'm' ? 'million' : 'thousand';
      numEnd += 1;
      rest = rest.slice(1);
    } else if (suffix && !symbol && suffix[1] === 'p') {
      kind = 'money';
      currency = 'pence';
      numEnd += 1;
      rest = rest.slice(1);
    }
    const pct = /^\s*(%|percent\b|per cent\b|percentage points?\b)/i.exec(rest);
    if (pct && kind === 'count') {
      kind = 'percent';
      numEnd += pct[0].length;
      rest = rest.slice(pct[0].length);
      if (/points?$/i.test(pct[1]!)) currency = 'points';
    }
    const money = kind === 'count' ? /^\s+(dollars|euros|pounds)\b/i.exec(rest) : null;
    if (money) {
      kind = 'money';
      currency = CURRENCY_WORD[money[1]!.toLowerCase()]!;
      numEnd += money[0].length;
      rest = rest.slice(money[0].length);
    }
    // A range, "12 to 14", "12-14", "between 12 and 14": one figure with both bounds.
    let [low, high] = precisionInterval(digits, scale, kind !== 'count');
    const value = parseNumeral(digits, scale);
    const range = RANGE_TO.exec(rest) ?? (/\bbetween\s+(?:US\$|[$€£])?\s?$/i.test(before) ? RANGE_AND.exec(rest) : null);
    if (range) {
      const other = parseNumeral(range[1]!, range[2] ?? scale);
      if (other > value) {
        high = precisionInterval(range[1]!, range[2] ?? scale, kind !== 'count')[1];
        numEnd += range[0].length;
        rest = rest.slice(range[0].length);
        const p = /^\s*(%|percent\b|per cent\b)/i.exec(rest);
        if (kind === 'count' && p) {
          kind = 'percent';
          numEnd += p[0].length;
          rest = rest.slice(p[0].length);
        }
      }
    }
    const stated = { kind, currency, value, low, high, number: { start: m.index, end: m.index + m[0].length } };
    const figure = describe(text, numStart, numEnd, rest, before, stated) ?? listed(text, found, numStart, numEnd, rest, stated);
    if (!figure) continue;
    // "12 of its 340 stores"; "Of the 221,000 homes, 30,000 were …": the whole the part is taken from.
    if (WHOLE_BEFORE.test(before) || (OF_THE_WHOLE.test(before) && /^\s*(?:\p{L}+\s+)?\p{L}+,/u.test(after))) figure.role = 'total';
    found.push(figure);
    taken.push(figure);
    NUMERAL.lastIndex = Math.max(NUMERAL.lastIndex, numEnd);
  }

  // "A quarter of patients", "two-thirds of voters", "nearly half of households": a share in
  // percent, standing for the values that round to that fraction (a quarter: 22.5–29.2%).
  for (const f of text.matchAll(FRACTION)) {
    const span = { start: f.index, end: f.index + f[0].length };
    if (
      overlaps(span) ||
      /(?:first|second|third|last|other|latter|former|next|top|bottom|back|front)\s+$/i.test(text.slice(Math.max(0, span.start - 12), span.start))
    )
      continue;
    const value = (100 * (FRACTION_NUMERATOR[(f[1] ?? 'a').toLowerCase()] ?? 1)) / FRACTION_DENOMINATOR[f[2]!.toLowerCase().replace(/s$/, '')]!;
    const [low, high] = fractionInterval(value);
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const figure = describe(text, span.start, span.end, text.slice(span.end, span.end + 60), before, {
      kind: 'percent',
      currency: '',
      value,
      low,
      high,
      number: span,
    });
    if (!figure) continue;
    found.push(figure);
    taken.push(figure);
  }
  // "A score of passengers": twenty, as "a dozen" is twelve.
  for (const f of text.matchAll(SCORE_OF)) {
    const span = { start: f.index, end: f.index + 'a score'.length };
    if (overlaps(span)) continue;
    const nounAt = f.index + f[0].trimEnd().length;
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const figure = describe(text, span.start, nounAt, text.slice(nounAt, nounAt + 60), before, {
      kind: 'count',
      currency: '',
      value: 20,
      low: 20,
      high: 20,
      number: span,
    });
    if (!figure) continue;
    found.push(figure);
    taken.push(figure);
  }

  NUMBER_WORDS.lastIndex = 0;
  while ((m = NUMBER_WORDS.exec(text)) !== null) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span)) continue;
    const raw = m[0];
    const lower = raw.toLowerCase();
    // "one" is mostly a pronoun ("one of the", "no one"); "a hundred years" is idiom as often as count.
    if (/^(?:one|zero|a)$/.test(lower) || (/^one\b/.test(lower) && !/\b(?:hundred|thousand|million|billion)\b/.test(lower))) continue;
    const value = parseNumberWords(raw);
    if (value === null) continue;
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 60);
    if (/^-/.test(after) || (/\b(?:of|in)\s+$/i.test(before) && /^\s+(?:of|in)\b/.test(after))) continue;
    let kind: FigureKind = 'count';
    let currency = '';
    let end = span.end;
    let rest = after;
    const pct = /^\s*(percent\b|per cent\b)/i.exec(rest);
    if (pct) {
      kind = 'percent';
      end += pct[0].length;
      rest = rest.slice(pct[0].length);
    }
    const money = kind === 'count' ? /^\s+(dollars|euros|pounds)\b/i.exec(rest) : null;
    if (money) {
      kind = 'money';
      currency = CURRENCY_WORD[money[1]!.toLowerCase()]!;
      end += money[0].length;
      rest = rest.slice(money[0].length);
    }
    const figure = describe(text, span.start, end, rest, before, { kind, currency, value, low: value, high: value, number: span });
    if (!figure) continue;
    found.push(figure);
    taken.push(figure);
  }

  found.sort((a, b) => a.start - b.start);
  return found.map((f) => shift(f, start));
}

interface Stated {
  kind: FigureKind;
  currency: string;
  value: number;
  low: number;
  high: number;
  number: Span;
}

function describe(text: string, numStart: number, numEnd: number, rest: string, before: string, s: Stated): Figure | null {
  let start = numStart;
  let { low, high } = s;
  let approximation: string | null = null;
  const approx = APPROX_BEFORE.exec(before);
  if (approx) {
    approximation = approx[1]!.toLowerCase();
    const rule = APPROXIMATIONS.find(([r]) => new RegExp(`^(?:${r.source})$`, 'i').test(approximation!))!;
    [low, high] = widen([low, high], rule[1](s.value));
    start = numStart - (before.length - before.lastIndexOf(approx[1]!));
  }
  const increment =
    INCREMENTS.test(before.slice(0, before.length - (approx ? approx[0].length - 1 : 0))) || /^\s+(?:more|other|additional|new|extra)\b/i.test(rest);
  const noun = countedNoun(text, numEnd, rest, before, s.kind === 'count');
  let unit: string;
  let unitSpan: Span | null = null;
  let modifiers: string[] = [];
  let end = numEnd;
  if (noun) {
    unitSpan = noun.span;
    modifiers = noun.modifiers;
    end = noun.span.end;
  }
  let collective: string | null = null;
  let event: string | null = null;
  // "estimated the crowd at 4,000", "a crowd of about 8,000 in Carson": with nothing counted right
  // after it, the group before it says what it counts.
  const lead = approx ? before.slice(0, approx.index + approx[0].indexOf(approx[1]!)) : before;
  const group = s.kind === 'count' && (!noun || /^\s+(?:of|in|on|at)\s/i.test(rest)) ? (GROUP_AT_BEFORE.exec(lead) ?? GROUP_OF_BEFORE.exec(lead)) : null;
  if (group && COLLECTIVES.has(group[1]!.toLowerCase())) {
    collective = group[1]!.toLowerCase();
    unit = COLLECTIVES.get(collective)!;
    modifiers = [];
    unitSpan = null;
    end = numEnd;
  } else if (s.kind === 'count') {
    if (!noun) return null;
    if (MEASURES.has(noun.word)) return null;
    unit = noun.casualty ? (noun.lemma && !GENERIC.has(noun.lemma) ? `${noun.casualty}:${noun.lemma}` : noun.casualty) : noun.lemma;
    if (!noun.casualty && GENERIC.has(noun.lemma)) unit = 'person';
    // "Nine crew members", "12 staff members": members of the crew, counted as the crew is ("45 crew").
    // ("800 union members" are not 800 unions: only groups whose own word counts their members.)
    if (!noun.casualty && noun.lemma === 'member' && modifiers.length > 0 && COUNTED_AS_MEMBERS.has(modifiers[modifiers.length - 1]!)) {
      unit = lemmatize(modifiers[modifiers.length - 1]!);
      modifiers = modifiers.slice(0, -1);
    }
    // "1,500 job losses": jobs, lost. "850 layoffs", "300 redundancies": jobs cut, by the noun alone.
    const happens = EVENT_NOUNS.get(noun.word);
    if (happens && !noun.casualty && happens.unit) {
      event = happens.event;
      unit = happens.unit;
    } else if (happens && !noun.casualty && modifiers.length > 0 && /^\p{Ll}{3,}$/u.test(modifiers[modifiers.length - 1]!)) {
      event = happens.event;
      unit = lemmatize(modifiers[modifiers.length - 1]!);
      modifiers = modifiers.slice(0, -1);
    } else if (JOB_HOLDERS.has(unit) && !noun.casualty && LOSE_JOBS.test(text.slice(noun.span.end, noun.span.end + 60))) {
      // "more than 1,000 workers will lose their jobs": a count of the jobs cut, as "1,000 job cuts" is.
      event = 'cut';
      unit = 'job';
    }
  } else if (s.kind === 'percent') {
    // "Turnout was 34%": with nothing counted after it, a percentage is of the subject it is stated of.
    const subject = noun ? null : percentSubject(before);
    const of = noun?.lemma ?? (subject && !FUNCTION_WORDS.has(subject.toLowerCase()) ? lemmatize(subject) : null);
    unit = `percent${s.currency === 'points' ? '-points' : ''}${of ? ':' + of : ''}`;
  } else {
    // "$21 million in January": when, not what.
    unit = `${s.currency}${noun && !TIME_NOUN.test(noun.lemma) ? ':' + noun.lemma : ''}`;
  }
  let namedBefore = false;
  // What a sum is, named before it ("a shortfall of £2.8m in the coming year"), wins over the words after it.
  if (s.kind !== 'count') {
    const named = (s.kind === 'money' ? NOUN_OF_BEFORE_SUM : NOUN_OF_BEFORE).exec(before.replace(SUM_LEAD, ''));
    if (named && !FUNCTION_WORDS.has(named[1]!.toLowerCase())) {
      unit = `${unit.split(':')[0]}:${lemmatize(named[1]!)}`;
      modifiers = [];
      namedBefore = true;
      // The words after it ("in the coming year") are not what it counts. (A bare noun's sum keeps
      // them as the ledger's claim: "guaranteed repayment of more than $50 million in tax-exempt bonds".)
      if (/^(?:the|a|an|its|their|his|her|our) /i.test(named[0])) {
        end = numEnd;
        unitSpan = null;
      }
    }
  }
  // What a sum is, from the verb before it ("cut £12.4m from its spending", "sold him to Atlético for
  // €58m in cash"), wins over the words after it, as a noun before it does.
  const verb = s.kind === 'money' && !namedBefore ? sumVerb(text.slice(Math.max(0, numStart - 90), numStart)) : null;
  if (verb) {
    unit = `${unit.split(':')[0]}:${verb}`;
    modifiers = [];
    namedBefore = true;
    end = numEnd;
    unitSpan = null;
  }
  const partitive = s.kind === 'count' && noun !== null && noun.viaOf;
  return {
    start,
    end,
    kind: s.kind,
    number: s.number,
    value: s.value,
    low,
    high,
    approximation,
    unit,
    unitSpan,
    modifiers,
    increment,
    partitive,
    role: null,
    namedBefore,
    collective,
    event,
  };
}

/**
 * "destroyed 410 homes in Glen Ellen, 380 in Kenwood and 290 in Oakmont": a bare count in a list,
 * by place, counts what the list's first count does.
 */
function listed(text: string, found: readonly Figure[], numStart: number, numEnd: number, rest: string, s: Stated): Figure | null {
  const previous = found[found.length - 1];
  if (s.kind !== 'count' || !previous || previous.kind !== 'count' || !previous.unit || previous.collective) return null;
  if (!/^\s+(?:in|at)\s+\p{Lu}/u.test(rest)) return null;
  const between = text.slice(previous.end, numStart);
  if (between.length > 60 || /[.;:]/.test(between) || !/(?:,|\band)\s*$/.test(between)) return null;
  return {
    ...previous,
    start: numStart,
    end: numEnd,
    number: s.number,
    value: s.value,
    low: s.low,
    high: s.high,
    approximation: null,
    unitSpan: null,
    increment: false,
    role: null,
  };
}

/** A group's size as a count of its members: "the 2,000-strong crowd" (people). */
function groupFigure(start: number, end: number, unitSpan: Span, word: string, value: number, low: number, high: number): Figure {
  return {
    start,
    end: unitSpan.end,
    kind: 'count',
    number: { start, end },
    value,
    low,
    high,
    approximation: null,
    unit: COLLECTIVES.get(word)!,
    unitSpan,
    modifiers: [],
    increment: false,
    partitive: false,
    role: null,
    namedBefore: false,
    collective: word,
    event: null,
  };
}

/** "Turnout was 34%", "Support stood at about 54%": the noun a percentage is stated of. */
function percentSubject(before: string): string | null {
  const words = before.split(/\s+/).filter(Boolean);
  let i = words.length - 1;
  if (i >= 0 && /^(?:about|around|nearly|almost|over|under)$/i.test(words[i]!)) i--;
  if (i >= 1 && /^(?:just|more|less)$/i.test(words[i - 1]!) && /^(?:over|under|than)$/i.test(words[i]!)) i -= 2;
  if (i >= 1 && /^(?:stood|came)$/i.test(words[i - 1]!) && /^(?:at|in)$/i.test(words[i]!)) i--;
  if (i < 1 || !/^(?:was|is|stood|reached)$/i.test(words[i]!)) return null;
  const subject = words[i - 1]!;
  return /^\p{L}{3,}$/u.test(subject) ? subject : null;
}

/** The lemma of what a sum is, from the verb that takes it: "cut £12.4m" (cut), "sold the striker to Lyon for £45m" (deal). */
function sumVerb(before: string): string | null {
  const clause = before
    .slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('–'), before.lastIndexOf('—')) + 1)
    .replace(SUM_LEAD, '');
  const words = clause
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const direct = SUM_VERBS.get(last);
  if (direct && direct.before === '') return direct.lemma;
  if (last !== 'for') return null;
  // "bought the snack maker Crispin Brands for $2.1bn": the verb a few words back, before "for".
  for (let i = words.length - 2; i >= Math.max(0, words.length - 12); i--) {
    const v = SUM_VERBS.get(words[i]!);
    if (v && v.before === 'for') return v.lemma;
  }
  return null;
}

function widen(stated: [number, number], approx: [number, number]): [number, number] {
  return [Math.min(stated[0], approx[0]), Math.max(stated[1], approx[1])];
}

interface CountedNoun {
  word: string;
  lemma: string;
  casualty: string | null;
  span: Span;
  modifiers: string[];
  /** Reached through "of" ("99 of the counties"). */
  viaOf: boolean;
}

const WORD_AT = /^(\s+)([\p{L}][\p{L}’'-]*[\p{L}]|[\p{L}])/u;

/**
 * What a number counts: the head noun of the words that follow ("4,000 ISIS fighters" →
 * fighters), or a casualty word ("12 killed", "twelve dead", "14 people were killed",
 * "killing 12"); for money and percentages, the noun after "of", "in" or "for".
 */
function countedNoun(text: string, numEnd: number, rest: string, before: string, count = false): CountedNoun | null {
  let offset = numEnd;
  let remaining = rest;
  const more = /^\s+(?:more|other|additional|new|extra)(?=\s)/i.exec(remaining);
  if (more) {
    offset += more[0].length;
    remaining = remaining.slice(more[0].length);
  }
  const run: { word: string; lower: string; span: Span }[] = [];
  // "percent of voters", "$3 million in donations", "4,000 of the fighters"
  const linker = /^\s+(?:of|in|for|on|worth of)(?:\s+(?:the|its|their|his|her|all|those|these))?(?=\s)/i.exec(remaining);
  const viaLinker = linker !== null;
  const viaOf = linker !== null && /^\s+of\b/i.test(linker[0]);
  if (linker) {
    offset += linker[0].length;
    remaining = remaining.slice(linker[0].length);
  }
  // "kill 12 in Bavaria", "380 in Kenwood": a count is not of the place it is in.
  const place = count && linker !== null && /^\s+(?:in|on|at)\b/i.test(linker[0]) && /^\s+\p{Lu}/u.test(remaining);
  for (let i = 0; i < (place ? 0 : 5); i++) {
    const w = WORD_AT.exec(remaining);
    if (!w) break;
    const lower = w[2]!.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) break;
    // "the 38% turnout showed …": a past-tense verb after the noun ends the phrase.
    // ("12 registered voters": a participle before a plural noun is its modifier.)
    if (i > 0 && /^\p{Ll}{3,}ed$/u.test(w[2]!) && !CASUALTY.has(lower) && !isPluralNoun((WORD_AT.exec(remaining.slice(w[0].length))?.[2] ?? '').toLowerCase()))
      break;
    const span = { start: offset + w[1]!.length, end: offset + w[0].length };
    run.push({ word: w[2]!, lower, span });
    offset += w[0].length;
    remaining = remaining.slice(w[0].length);
    if (CASUALTY.has(lower) && i === 0) break;
    if (
      isPluralNoun(lower) &&
      !/^[,;:.)\]]/.test(remaining) &&
      WORD_AT.test(remaining) &&
      isPluralNoun((WORD_AT.exec(remaining)![2] ?? '').toLowerCase()) === false
    )
      break;
    if (/^\s*[,;:.!?)\]"”]/.test(remaining)) break;
  }
  // The head: the first casualty word, or the last plural noun (or, after "of/in", the last word).
  let head = -1;
  for (let i = 0; i < run.length; i++) {
    if (CASUALTY.has(run[i]!.lower) && i === 0) {
      head = 0;
      break;
    }
    // ("the £48m signing": a word of the synonym table is a noun whatever its ending.)
    if (isPluralNoun(run[i]!.lower) || (viaLinker && i === run.length - 1) || (i === run.length - 1 && (isNoun(run[i]!.lower) || SYNONYMS.has(run[i]!.lower))))
      head = i;
  }
  const beforeCasualty =
    /\b(killing|killed|kills|kill|claimed the lives of|the bodies of|wounding|injuring|injured|wounded)\s+(?:at least\s+|more than\s+|about\s+|nearly\s+|some\s+|as many as\s+)?$/i.exec(
      before,
    );
  if (head < 0) {
    if (beforeCasualty) {
      // "killing 12" with nothing counted after it: the casualty class alone.
      const cls = CASUALTY.get(beforeCasualty[1]!.toLowerCase().split(' ')[0]!) ?? 'killed';
      return { word: '', lemma: '', casualty: cls, span: { start: numEnd, end: numEnd }, modifiers: [], viaOf: false };
    }
    return null;
  }
  const h = run[head]!;
  const modifiers = run.slice(0, head).map((r) => r.lower);
  if (CASUALTY.has(h.lower) && head === 0) {
    return { word: h.lower, lemma: '', casualty: CASUALTY.get(h.lower)!, span: h.span, modifiers: [], viaOf };
  }
  const lemma = lemmatize(h.lower);
  let casualty: string | null = null;
  // "14 people were killed", "12 soldiers killed", "12 civilians dead"
  const tail = text.slice(h.span.end, h.span.end + 40);
  // "the 33 people who died": the relative pronoun, then the same.
  const after = /^\s+(?:(?:were|have been|had been|has been|was|are|is|been|had|have|has)\s+)?(?:(?:reportedly|reported|also|all|confirmed)\s+)?([a-z]+)/i.exec(
    tail.replace(/^\s+(?:who|that)(?=\s)/i, ''),
  );
  if (after && CASUALTY.has(after[1]!.toLowerCase())) casualty = CASUALTY.get(after[1]!.toLowerCase())!;
  // "killing 41 people", "injuring 12 children": the verb's class; "the bodies of 19 people": the dead.
  else if (beforeCasualty)
    casualty =
      CASUALTY.get(beforeCasualty[1]!.toLowerCase().split(' ')[0]!) ?? (/^(?:kill|claimed|the bodies)/i.test(beforeCasualty[1]!) ? 'killed' : 'wounded');
  return { word: h.lower, lemma, casualty, span: h.span, modifiers, viaOf };
}

const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  police: 'police',
  personnel: 'personnel',
  staff: 'staff',
  feet: 'foot',
  lives: 'life',
  wives: 'wife',
  mice: 'mouse',
  geese: 'goose',
  teeth: 'tooth',
  media: 'media',
  data: 'data',
  criteria: 'criterion',
  militia: 'militia',
  troops: 'troop',
  aircraft: 'aircraft',
  sheep: 'sheep',
  fish: 'fish',
  cattle: 'cattle',
  clergy: 'clergy',
  youths: 'youth',
  crises: 'crisis',
  analyses: 'analysis',
};

export function lemmatize(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  const base =
    irregular ??
    (/ies$/.test(lower) && lower.length > 4
      ? lower.slice(0, -3) + 'y'
      : /(?:ss|sh|ch|x|z)es$/.test(lower)
        ? lower.slice(0, -2)
        : /[^s]s$/.test(lower) || (/ss$/.test(lower) === false && /s$/.test(lower))
          ? lower.replace(/s$/, '')
          : lower);
  return SYNONYMS.get(lower) ?? SYNONYMS.get(base) ?? base;
}

function isPluralNoun(lower: string): boolean {
  if (lower in IRREGULAR_PLURALS) return true;
  if (FUNCTION_WORDS.has(lower) || CASUALTY.has(lower)) return false;
  return /[^su']s$/.test(lower) && lower.length > 3 && !/(?:ous|ss|is|us)$/.test(lower);
}

function isNoun(lower: string): boolean {
  return !FUNCTION_WORDS.has(lower) && !/(?:ly|ed|ing)$/.test(lower) && lower.length > 2;
}

function shift(f: Figure, by: number): Figure {
  const move = (s: Span) => ({ start: s.start + by, end: s.end + by });
  return { ...f, ...move(f), number: move(f.number), unitSpan: f.unitSpan ? move(f.unitSpan) : null };
}
