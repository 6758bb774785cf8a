// inconsistent-figure: the same quantity stated differently in one article ("12 killed" … "14
// killed"; "4,000 fighters" … "4,500 fighters"). Two figures are the same quantity when they count
// the same thing (the counted noun's lemma through a synonym table, or the same casualty class)
// with no sign that they are different quantities: another date or year, another owner, an
// increment ("five more"), a part ("of them", "including"), a change ("rose to"), or different
// sources. Approximations make ranges: "more than 4,000" is consistent with 4,500.
import { findDates } from '../analysis/dates';
import { findFigures, lemmatize, type Figure } from '../analysis/figures';
import { formatNumber, parseNumberWords } from '../analysis/numbers';
import { wordClasses } from '../analysis/words';
import { verbOfForm } from '../analysis/reporting-verbs';
import { detached, memoOf, versionCacheOf, type Sentence, type VersionCache } from '../analysis/model';
import type { Span } from '../analysis/types';
import { perSentence, perText } from './helpers';
import type { Rule, RuleContext, RuleFinding } from './rule';
import words from './inconsistent-figure.words.json';

interface Placed {
  figure: Figure;
  /**
   * What the figure measures, as a key: the figure's unit, or, where the sentence says more, the
   * quantity it is ("patient/day" for "421 patients a day", "percent-change:case" for "flu cases
   * rose 9 percent", "gbp:v:take" for "had taken £190,000", "gbp:funds:public" for "the public's
   * £650m share"). Only figures that share a key are compared.
   */
  unit: string;
  /** Every key it can be compared under: a crowd's count is also a count of fans. */
  units: string[];
  /** A rate ("421 patients a day"): compared only with what happens at that rate. */
  rate: boolean;
  /** The size of a change ("rose 9 percent"), not a changed figure. */
  changeSize: boolean;
  /** For a sum named by its verb, the common noun that does it: "bridge" in "The bridge cost $3 million". */
  doer: string | null;
  sentence: Sentence;
  index: number;
  /** Words around the figure that tie it to one event (years, places, names), lower-cased. */
  anchors: Set<string>;
  /** The source the sentence is attributed to, lower-cased, if any. */
  source: string | null;
  /** The same, as written, when it is named (not a pronoun): for messages. */
  sourceText: string | null;
  changing: boolean;
  /**
   * The new value in a sentence that reports a change ("saw 421 patients a day, up from 388"): the
   * story's count from then on, so compared with later figures (not with earlier ones, which the
   * change may explain). The old value ("388", "from 12") is never compared.
   */
  newValue: boolean;
  /** Changing only as a plan ("plans to cut 1,200 jobs"): compared with the same plan stated again. */
  planned: boolean;
  /** Said of what will happen ("would", "will", "plans to"). */
  prospective: boolean;
  /** Names in the clause before the figure: whose figure it is ("Cruz has 370 delegates"). */
  owners: Set<string>;
  /** Content words around the figure, for "the same statement of the same quantity". */
  context: Set<string>;
  /** The same, ten words either side. */
  wideContext: Set<string>;
  /** What happens to what is counted, as a stem: "clos" in "close 12 of its stores" and "14 stores would close". */
  action: string | null;
  /** For a percentage, what it says of its share, verb and object: "support scheme" in "58% said they supported the scheme". */
  predicate: string | null;
  /** The number as written ("5,300"), for digits typed in another order. */
  written: string;
  /** A percentage of its own subject ("the 38% turnout"), not a share "of" a group. */
  ownPercent: boolean;
  /**
   * All of a thing its owner has: "its 140 branches", "the society's 120 branches", "employs
   * 4,000 people", "winning 34 seats", "the 850-strong workforce", "the 1,150 workers at the plant".
   */
  holding: boolean;
  /** "the 19 pupils in hospital", "the 2,380 homes that lost power": a count the story has given already. */
  definite: boolean;
  /** Places the story names first in this figure's sentence ("In Manchester, … 28,000 runners"). */
  newPlaces: Set<string>;
  /** A count of seats, delegates, votes…: compared only as all of one named owner's. */
  tally: boolean;
  /** Said as the owner's: "its 140 branches", "Labour's 31 seats". */
  possessive: boolean;
}

const phrases = (list: { phrase: string }[]) => list.map((w) => w.phrase.replace(/\s+/g, '\\s+')).join('|');
// The change words less those that only say what is planned ("plans to", "expected", "target").
const CHANGE_NOT_PLANNED = new RegExp(`(?<![\\p{L}])(?:${phrases(words.change.filter((w) => !('projection' in w)))})(?![\\p{L}])`, 'iu');
const PROSPECTIVE = /\b(?:will|would|plans?\s+to|planned|planning\s+to|is\s+to|are\s+to|set\s+to|expected\s+to)\b/i;
const CLASSES = new Set(words.actions.map((g) => g.class));
const CHANGE = new RegExp(`(?<![\\p{L}])(?:${words.change.map((w) => w.phrase.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
const PART_AFTER = /^\s*(?:of\s+(?:them|whom|which|those|these|the\s+\w+)|among\s+them|including|were\s+among|in\s+(?:total|all))\b/i;
const PART_BEFORE =
  /(?:\b(?:including|among|of whom|of them|out of|bringing|brings|brought|to a total of|total of|tally of|toll of|toll to|toll at|raising|raised the|at least another)\s+)$/i;
// "three of the 12 soldiers", "some of the 40": a part; "the names of the 33 people" is not.
const SOME_OF_THE =
  /(?:^|[^\p{L}\p{N},])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|some|many|most|all|none|several|half|each|any) of the $/iu;
const PER =
  /^\s*(?:a|per|each|every)\s+(?:day|week|month|year|hour|minute|capita|person|head|share)\b|^\s*(?:daily|weekly|monthly|yearly|annually)\b|^[^.;]{0,40}\b(?:each|apiece|respectively|a piece)\b/i;
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const TALLIES = new Set(words.tallies.map((w) => w.word.replace(/s$/, '')));
const ACTION_CLASS = new Map<string, string>();
for (const group of words.actions) for (const w of group.words) ACTION_CLASS.set(w, group.class);
const HOLDING_VERB = new RegExp(`(?<![\\p{L}])(?:${words.holding.map((w) => w.word).join('|')})\\s+$`, 'iu');
const POSSESSIVE_BEFORE = /(?:(?<![\p{L}])(?:its|their|his|her|our)|\p{L}[’']s)\s+$/iu;
// ("the other 12 stores", "the first 30 people", "the last 14": not the story's count taken up again.)
const DEFINITE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;
const CONTEXT_STOP = new Set(
  'the a an of in on at to for from with by and or but were was are is have has had been be being who that which said says say told as than this these those their his her its our will would could can may also more other some all about over after before since when while there it they he she we'.split(
    ' ',
  ),
);
const STOP_ANCHORS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'But',
  'And',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'This',
  'That',
  'Those',
  'These',
  'There',
  'His',
  'Her',
  'Their',
  'Its',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'After',
  'Before',
  'When',
  'While',
  'As',
  'If',
  'Of',
  'For',
  'By',
  'With',
  'From',
  'To',
  'Some',
  'More',
  'About',
  'Nearly',
  'Over',
  'Since',
  'Last',
  'According',
]);

export const inconsistentFigure: Rule = {
  id: 'inconsistent-figure',
  defaultSeverity: 'warning',
  description: 'The same quantity stated differently in one article ("12 killed" … "14 killed"); both places are linked.',
  check(ctx) {
    // Each copy sentence's figures, found once for both uses below.
    // (A headline's tolls too: "Floods kill 12 in Bavaria" over a story that says 14.)
    const headlines = headlineBlocks(ctx);
    const figures = ctx.model.sentences.map((s) =>
      ctx.isCopy(s) ? perText(ctx, 'figures', s, findFigures) : headlines.has(s.block) ? perText(ctx, 'figures', s, findFigures).filter(isCasualty) : [],
    );
    const placed = collect(ctx, figures);
    const findings: RuleFinding[] = [];
    const reported = new Set<number>();
    const text = ctx.model.text;
    const currentYear = latestYear(ctx.model.prose, memoOf<number | null>(ctx.model.memo, 'latest-year'));
    // How many figures in the story count each thing (every figure, not only the comparable ones).
    // (A figure placed under a key of its sentence, "421 patients a day", is counted under that key.)
    const counted = new Map<string, number>();
    const bump = (unit: string, by: number) => counted.set(unit, (counted.get(unit) ?? 0) + by);
    for (const x of figures.flat()) bump(x.unit, 1);
    for (const x of placed) {
      if (x.unit !== x.figure.unit) {
        bump(x.figure.unit, -1);
        bump(x.unit, 1);
      }
      for (const u of x.units) if (u !== x.unit) bump(u, 1);
    }
    // How many comparable figures count all that an owner has of each thing ("its 140 branches").
    const wholes = new Map<string, number>();
    for (const x of placed) if (x.figure.role === 'total' || x.holding) wholes.set(x.unit, (wholes.get(x.unit) ?? 0) + 1);
    // Only figures of one quantity key (kind and what they measure) can be the same quantity: each
    // is compared with the earlier ones under its keys, in order, and only with those whose stated
    // value differs (a figure stated the same way twice cannot contradict itself) and at most
    // WINDOW of them, the latest: near-linear however many figures a long story gives of one thing.
    const byKey = new Map<string, number[]>();
    for (let j = 0; j < placed.length; j++) {
      const later = placed[j]!;
      const candidates = earlierOf(placed, byKey, later);
      for (const u of later.units) {
        const key = `${later.figure.kind}\u0000${u}`;
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        list.push(j);
      }
      if (reported.has(j)) continue;
      for (const k of candidates) {
        const earlier = placed[k]!;
        if (!sameQuantity(earlier, later, currentYear, counted, wholes)) continue;
        const conflict = contradicts(earlier.figure, later.figure);
        const floor = !conflict && restatedFloor(earlier.figure, later.figure);
        const rounded = !conflict && !floor && roundedOff(earlier.figure, later.figure);
        if (!conflict && !floor && !rounded) continue;
        reported.add(j);
        // A part is quoted with its whole: “12 of its 340 stores”.
        const a = text
          .slice(earlier.figure.start, earlier.figure.role === 'part' && earlier.figure.unitSpan ? earlier.figure.unitSpan.end : earlier.figure.end)
          .replace(/\s+/g, ' ');
        const b = text.slice(later.figure.start, later.figure.end).replace(/\s+/g, ' ');
        const related = [{ start: earlier.figure.start, end: earlier.figure.end, message: `Stated earlier as “${a}”` }];
        if (floor) {
          // "at least 30 people died" … "the 33 people who died": not a contradiction, but the toll is given two ways.
          findings.push({
            start: later.figure.start,
            end: later.figure.end,
            message: `State the count one way, or say that it rose: “${b}” here, “${a}” earlier in the story.`,
            related,
            atMost: 'information',
          });
          break;
        }
        if (rounded) {
          // "about 2,500 homes" … "the 2,380 homes": 2,380 is about 2,400; the count is given two ways.
          const [approx, exact] = earlier.figure.approximation ? [earlier.figure, later.figure] : [later.figure, earlier.figure];
          findings.push({
            start: later.figure.start,
            end: later.figure.end,
            message: `State the count one way: “${b}” here, “${a}” earlier in the story (${formatNumber(exact.value)} does not round to ${formatNumber(approx.value)}).`,
            related,
            atMost: 'information',
          });
          break;
        }
        const disagree = differentSources(earlier, later);
        if (disagree) {
          findings.push({
            start: later.figure.start,
            end: later.figure.end,
            message: `Say that the sources disagree, or check which is right: ${disagree.later} gives “${b}”, ${disagree.earlier} gave “${a}” earlier (${describe(earlier.figure)} against ${describe(later.figure)}).`,
            related: [{ ...related[0]!, message: `${disagree.earlier} gave “${a}”` }],
            atMost: 'information',
          });
          break;
        }
        findings.push({
          start: later.figure.start,
          end: later.figure.end,
          message: `Check which is right and state it one way: “${b}” contradicts “${a}” ${headlines.has(earlier.sentence.block) ? 'in the headline' : 'earlier in the story'} (${describe(earlier.figure)} against ${describe(later.figure)}).`,
          related,
          fixes: alignFix(ctx, earlier.figure, later.figure),
        });
        break;
      }
    }
    findings.push(
      ...partsBeyondWhole(ctx),
      ...listedPartsAgainstTotal(ctx, figures, placed),
      ...ages(ctx),
      ...prisonTerms(ctx),
      ...matchScores(ctx),
      ...birthYears(ctx, currentYear),
      ...spans(ctx),
      ...seatsBeyondBody(ctx),
      ...majorities(ctx),
      ...places(ctx),
      ...lengths(ctx),
    );
    return findings;
  },
};

// "destroyed 410 homes in Glen Ellen, 380 in Kenwood and 290 in Oakmont" … "the 980 homes destroyed in
// the three communities": parts listed in one sentence, then their total, which they do not make.
function listedPartsAgainstTotal(ctx: RuleContext, figuresBySentence: readonly Figure[][], placed: readonly Placed[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { model } = ctx;
  figuresBySentence.forEach((figures, index) => {
    const sentence = model.sentences[index]!;
    if (!ctx.isCopy(sentence)) return;
    for (let i = 0; i + 1 < figures.length; i++) {
      const first = figures[i]!;
      if (first.kind !== 'count' || !first.unitSpan || first.approximation || first.role || first.partitive) continue;
      // The list: the first count with its noun, then bare counts of the same thing.
      const parts = [first];
      for (let k = i + 1; k < figures.length && figures[k]!.unit === first.unit && figures[k]!.unitSpan === null && !figures[k]!.approximation; k++)
        parts.push(figures[k]!);
      if (parts.length < 2) continue;
      i += parts.length - 1;
      const text = model.prose.slice(sentence.start, sentence.end);
      if (CHANGE.test(text)) continue;
      const sum = parts.reduce((n, p) => n + p.value, 0);
      const largest = Math.max(...parts.map((p) => p.value));
      const action = actionOf(model.prose, sentence, first);
      if (action === null) continue;
      // The total later in the story: the same thing, the same happening, exact, a later paragraph.
      const total = placed.find(
        (x) =>
          x.sentence.block > sentence.block &&
          x.unit === first.unit &&
          x.figure.kind === 'count' &&
          !x.changing &&
          x.figure.low === x.figure.high &&
          x.definite &&
          x.action === action &&
          x.figure.value > largest,
      );
      if (!total || total.figure.value === sum) continue;
      const written = model.text.slice(total.figure.start, total.figure.end);
      out.push({
        start: total.figure.start,
        end: total.figure.end,
        message: `Check the figures: “${written}” here, but the parts given earlier add up to ${formatNumber(sum)} (${parts.map((p) => formatNumber(p.value)).join(' + ')}).`,
        related: [{ start: first.start, end: parts[parts.length - 1]!.end, message: `The parts: ${parts.map((p) => formatNumber(p.value)).join(', ')}` }],
      });
    }
  });
  return out;
}

// A person's age: "Daniel Marsh, 24, of Dunstable", "Kyle Reed (31)", "Ruth Lee, aged 58"; and a person
// taken up by age: "the 26-year-old had …", "the 26-year-old, who …".
// (From a word's start, at most four words, one space apart: a bounded read from each start.)
const NAMED_AGE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){1,3})(?:, (?:aged )?(\d{1,3}),| \((\d{1,3})\))/gu;
const AGE_TAKEN_UP =
  /(?<![\p{L}])[Tt]he\s+(\d{1,3})-year-old(?=[,.;:]|\s+(?:had|has|have|was|is|were|who|will|would|could|said|told|admitted|denied|pleaded|appeared|wept|showed)\b)/gu;
/**
 * "Daniel Marsh, 24, …" … "the 26-year-old had betrayed …": the person taken up by age is someone the
 * story has aged, but no one it aged is 26. Related to the nearest age in value.
 */
function ages(ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const named: { name: string; value: number; start: number; end: number }[] = [];
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    for (const a of perSentence(ctx, 'ages', sentence, agesIn)) {
      const at = sentence.start + a.at;
      if (a.name !== null) {
        named.push({ name: a.name, value: a.value, start: at, end: at + a.length });
        continue;
      }
      const value = a.value;
      if (named.length === 0 || named.some((n) => n.value === value)) continue;
      const nearest = named.reduce((x, y) => (Math.abs(y.value - value) < Math.abs(x.value - value) ? y : x));
      out.push({
        start: at,
        end: at + a.length,
        message: `Check the age: “${a.written}” is no one the story has aged (${named.map((n) => `${n.name}, ${n.value}`).join('; ')}).`,
        related: [{ start: nearest.start, end: nearest.end, message: `${nearest.name} is ${nearest.value}` }],
        ...(named.length > 1 ? { atMost: 'information' as const } : {}),
      });
    }
  }
  return out;
}

/**
 * The ages a sentence gives, in order (offsets in `text`): a named person's ("Daniel Marsh, 24", `name`
 * set, the digits' span), or a person taken up by age ("the 26-year-old had", `name` null, the
 * phrase's span).
 */
function agesIn(text: string): { at: number; length: number; value: number; name: string | null; written: string }[] {
  if (!/\d/.test(text)) return [];
  const found: { at: number; length: number; value: number; name: string | null; written: string }[] = [];
  for (const m of text.matchAll(NAMED_AGE)) {
    const digits = m[2] ?? m[3]!;
    found.push({ at: m.index + m[0].indexOf(digits, m[1]!.length), length: digits.length, value: Number(digits), name: m[1]!, written: digits });
  }
  for (const m of text.matchAll(AGE_TAKEN_UP)) found.push({ at: m.index, length: m[0].length, value: Number(m[1]!), name: null, written: m[0] });
  // (A stable sort: a named age first where both start at one place.)
  return found.sort((a, b) => a.at - b.at);
}

// A match's result: "beating London Pulse 61-58", "won 2-1", "a 3-0 defeat". The story's match is
// the one its first result gives; a result taken up later as that match's ("Thunder's 61-55
// victory", "the 2-1 win") with no other time said of it must be the same score. Another match is
// said as another ("had beaten Rovers 3-0 in the league in March"): not taken up, or dated.
const SCORE = '(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})';
const FIRST_RESULT = new RegExp(
  `\\b(?:beat|beats|beating|won|wins|winning|lost|loses|losing|drew|draws|drawing|defeated|defeating|thrashed|edged)\\s+(?:[\\p{Lu}][\\p{L}’'-]*\\s+){0,4}${SCORE}(?![\\d\\p{L}-])|(?<![\\p{L}\\d-])${SCORE}\\s+(?:win|victory|defeat|loss|draw|triumph|home win|away win)\\b`,
  'gu',
);
const RESULT_TAKEN_UP = new RegExp(
  `(?:(?<![\\p{L}])(?:[Tt]he|[Tt]heir|[Ii]ts)|(?<![\\p{L}-])((?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*)[’']s?)\\s+${SCORE}\\s+(?:win|victory|defeat|loss|draw|triumph)\\b`,
  'gu',
);
const OTHER_TIME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|last (?:season|year|month|week)|earlier (?:this|in the) season|ago|(?:19|20)\d\d|in the (?:league|cup|first leg|semi-final|quarter-final))\b/;
function matchScores(ctx: RuleContext): RuleFinding[] {
  const { prose } = ctx.model;
  let first: { low: number; high: number; start: number; end: number; text: string; sentence: string } | null = null;
  const out: RuleFinding[] = [];
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\d\s?[-–]\s?\d/.test(text)) continue;
    if (!first) {
      const m = new RegExp(FIRST_RESULT.source, 'u').exec(text);
      if (!m) continue;
      const [x, y] = m[1] !== undefined ? [m[1], m[2]!] : [m[3]!, m[4]!];
      const at = m.index + m[0].search(/\d/);
      const score = /^\d{1,3}\s?[-–]\s?\d{1,3}/.exec(text.slice(at))![0];
      // ("won the match 2-0 in 2019": a dated result is no story's own.)
      if (OTHER_TIME.test(text)) return out;
      first = {
        low: Math.min(+x, +y),
        high: Math.max(+x, +y),
        start: sentence.start + at,
        end: sentence.start + at + score.length,
        text: score,
        sentence: text,
      };
      continue;
    }
    // The sides of the story's match, as its first result names them ("Manchester Thunder", "London Pulse").
    const sides = [...first.sentence.slice(1).matchAll(/(?<![\p{L}])\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*/gu)].map((n) => n[0]);
    const aSide = (name: string) => sides.some((n) => n === name || n.endsWith(` ${name}`));
    for (const m of text.matchAll(RESULT_TAKEN_UP)) {
      // Taken up as one side's ("Thunder's 61-55 victory"), or as "the" result in a sentence that names a side.
      // ("Real Madrid's 4-0 win over Espanyol" beside Barcelona's defeat by Atletico Madrid is another match.)
      if (m[1] !== undefined ? !aSide(m[1].trim()) : !/^[Tt]he/.test(m[0]) || !sides.some((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(text)))
        continue;
      const x = Number(m[2]);
      const y = Number(m[3]);
      if (Math.min(x, y) === first.low && Math.max(x, y) === first.high) continue;
      if (OTHER_TIME.test(text)) continue;
      const at = sentence.start + m.index + m[0].search(/\d/);
      const written = prose.slice(at, sentence.start + m.index + m[0].length);
      out.push({
        start: at,
        end: sentence.start + m.index + m[0].length,
        message: `Check the score: “${written}” here, but the story gave the result as ${first.text} earlier.`,
        related: [{ start: first.start, end: first.end, message: `The result: ${first.text}` }],
      });
    }
  }
  return out;
}

// "has died aged 83" … "Born in 1947 in King's Lynn": an age and a year of birth for the one
// person the story ages, against the year of the story's latest full date ("14 January 2026"):
// 2026 − 1947 is 78 or 79, not 83. Only where the story ages one person and gives one year of
// birth (whose, in a story about several people, would be a guess), and has a dated year.
const STATED_AGE =
  /(?<![\p{L}])(?:(?:died|dies|is|was)\s+)?aged\s+(\d{1,3})(?!\d)|(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3}, (\d{1,3}),|(?<![\p{L}\d-])(\d{1,3})-year-old\b/gu;
const BORN_IN =
  /(?<![\p{L}])[Bb]orn\s+(?:in\s+)?(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)(?!\d)/gu;
function birthYears(ctx: RuleContext, currentYear: number | null): RuleFinding[] {
  if (currentYear === null) return [];
  const { prose } = ctx.model;
  const ages: { value: number; start: number; end: number }[] = [];
  const born: { year: number; start: number; end: number }[] = [];
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\d/.test(text)) continue;
    for (const m of text.matchAll(STATED_AGE)) {
      const digits = m[1] ?? m[2] ?? m[3]!;
      const at = sentence.start + m.index + m[0].lastIndexOf(digits);
      ages.push({ value: Number(digits), start: at, end: at + digits.length });
    }
    for (const m of text.matchAll(BORN_IN)) {
      const at = sentence.start + m.index + m[0].lastIndexOf(m[1]!);
      born.push({ year: Number(m[1]), start: at, end: at + 4 });
    }
  }
  if (born.length !== 1 || new Set(ages.map((a) => a.value)).size !== 1) return [];
  const [b] = born as [(typeof born)[0]];
  const age = ages[0]!;
  // Born in 1947, aged 78 before the birthday in 2026 and 79 after it.
  if (b.year >= currentYear || (age.value >= currentYear - b.year - 1 && age.value <= currentYear - b.year)) return [];
  return [
    {
      start: b.start,
      end: b.end,
      message: `Check the age or the year of birth: born in ${b.year}, the person would be ${currentYear - b.year - 1} or ${currentYear - b.year} in ${currentYear}, but the story gives the age as ${age.value}.`,
      related: [{ start: age.start, end: age.end, message: `Aged ${age.value}` }],
    },
  ];
}

// "The eruption began on 3 March … and ended on 19 March" … "the 12-day eruption": how long a
// thing lasted, said as its dates and as a number of days (or weeks), must agree. The thing is the
// noun the dates are said of (the subject of "began"), and the length is said of the same noun.
const BEGAN_ENDED =
  /(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(\p{Ll}{4,})(?:,[^,.;]{1,80},)?\s+(?:began|started|opened)\s+on\s+([^,.;]{3,30}?)(?:,[^.;]{0,120}?,)?\s+and\s+(?:ended|finished|closed)\s+on\s+([^,.;]{3,30}?)(?=[,.;\s])/gu;
const LASTED =
  /(?<![\p{L}\d-])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)-(day|week)\s+(\p{Ll}{4,})\b/gu;
const DAY_MS = 86_400_000;
function spans(ctx: RuleContext): RuleFinding[] {
  const { prose } = ctx.model;
  const spansOf = new Map<string, { days: number; start: number; end: number; text: string }>();
  const out: RuleFinding[] = [];
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\d/.test(text)) continue;
    for (const m of text.matchAll(BEGAN_ENDED)) {
      const from = findDates(m[2]!, 0, m[2]!.length);
      const to = findDates(m[3]!, 0, m[3]!.length);
      if (from.length !== 1 || to.length !== 1) continue;
      const year = to[0]!.year ?? from[0]!.year ?? 2001;
      const a = Date.UTC(from[0]!.year ?? year, from[0]!.month, from[0]!.day);
      const b = Date.UTC(year, to[0]!.month, to[0]!.day);
      if (b < a) continue;
      const noun = lemmatize(m[1]!.toLowerCase());
      if (!spansOf.has(noun))
        spansOf.set(noun, { days: (b - a) / DAY_MS, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: `${m[2]} to ${m[3]}` });
    }
    for (const m of text.matchAll(LASTED)) {
      const span = spansOf.get(lemmatize(m[3]!.toLowerCase()));
      if (!span) continue;
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!);
      if (n === null) continue;
      // From the 3rd to the 19th is 16 days, or 17 counting both; a week is 7 days, give or take 3.
      const fits = m[2] === 'day' ? n === span.days || n === span.days + 1 : Math.abs(n * 7 - span.days) <= 3;
      if (fits) continue;
      out.push({
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        message: `Check how long it lasted: “${m[0]}” here, but ${span.text} is ${span.days} days.`,
        related: [{ start: span.start, end: span.end, message: `${span.text}: ${span.days} days` }],
      });
    }
  }
  return out;
}

// An election's seats listed party by party ("Labour won 19 seats, the Conservatives 17, Reform UK 9
// and independents 5") cannot add up to more than the body has ("the 48-seat council"). (Fewer is
// fine: many councils elect a third of their seats at a time.)
const SEATS_LISTED =
  /\b(?:won|wins|winning|took|takes|holds|held)\s+(\d{1,3})\s+seats?((?:,\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}\d{1,3})*,?\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+|independents\s+){1,3}\d{1,3})(?![\d\p{L}])/gu;
const BODY_SIZE = /(?<![\p{L}\d-])(\d{1,3})-(?:seat|member)\s+(?:council|assembly|parliament|chamber|legislature|house|senate|authority)\b/giu;
function seatsBeyondBody(ctx: RuleContext): RuleFinding[] {
  const { prose } = ctx.model;
  let list: { sum: number; parts: number[]; start: number; end: number } | null = null;
  const bodies: { value: number; start: number; end: number; text: string }[] = [];
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\d/.test(text)) continue;
    for (const m of text.matchAll(SEATS_LISTED)) {
      const parts = [Number(m[1]), ...[...m[2]!.matchAll(/\d{1,3}/g)].map((d) => Number(d[0]))];
      // Two lists (two elections, two years) leave no one list to check.
      if (list) return [];
      list = { sum: parts.reduce((a, b) => a + b, 0), parts, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    }
    for (const m of text.matchAll(BODY_SIZE))
      bodies.push({ value: Number(m[1]), start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] });
  }
  if (!list || bodies.length !== 1 || list.sum <= bodies[0]!.value) return [];
  const body = bodies[0]!;
  const parts = list;
  return [
    {
      start: body.start,
      end: body.end,
      message: `Check the seats: the parties' seats add up to ${parts.sum} (${parts.parts.join(' + ')}), more than the “${body.text}” has.`,
      related: [{ start: parts.start, end: parts.end, message: `Seats won: ${parts.parts.join(', ')}` }],
    },
  ];
}

// A winner's votes against the runner-up's ("won 54,208 votes to Norris's 53,940") give the
// majority: 268. A majority said otherwise ("a majority of 312", "won by 312 votes") contradicts
// it. Only where the story gives one such pair, and not for a majority dated otherwise ("in 2019").
const VOTES_TO =
  /(?<![\d,])(\d{1,3}(?:,\d{3})+|\d+)\s+votes\s+to\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*[’']s?\s+|the\s+\p{Ll}+[’']s?\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*\d)/gu;
const MAJORITY =
  /\b(?:(?:a|the|his|her|their|its)\s+majority\s+of|(?:won|wins|winning|beat|beating|beaten|lost|losing)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,4}by)\s+(\d{1,3}(?:,\d{3})+|\d+)(?:\s+votes)?(?![\d,]*\d)/gu;
function majorities(ctx: RuleContext): RuleFinding[] {
  const { prose } = ctx.model;
  const pairs: { margin: number; start: number; end: number; text: string }[] = [];
  const stated: { value: number; start: number; end: number; text: string; dated: boolean }[] = [];
  const num = (x: string) => Number(x.replace(/,/g, ''));
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\bvotes?\b|\bmajority\b|\bby\s+\d/.test(text)) continue;
    for (const m of text.matchAll(VOTES_TO))
      pairs.push({ margin: num(m[1]!) - num(m[2]!), start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] });
    for (const m of text.matchAll(MAJORITY))
      stated.push({
        value: num(m[1]!),
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        text: m[0],
        dated: /\b(?:19|20)\d\d\b|\blast (?:year|time|election)\b/.test(text),
      });
  }
  if (pairs.length !== 1 || pairs[0]!.margin <= 0) return [];
  const pair = pairs[0]!;
  return stated
    .filter((x) => !x.dated && x.value !== pair.margin && (x.end <= pair.start || x.start >= pair.end))
    .map((x) => ({
      start: x.start,
      end: x.end,
      message: `Check the majority: “${x.text}” here, but the votes given (“${pair.text}”) make it ${formatNumber(pair.margin)}.`,
      related: [{ start: pair.start, end: pair.end, message: `A majority of ${formatNumber(pair.margin)}` }],
    }));
}

// A competitor's place: "Ffion Pritchard finished third" … "Pritchard's fourth-place finish". One
// person's place said twice, with no other race or time said of either, must be one place.
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ORDINAL = `(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
const PLACED = new RegExp(
  `(?<![\\p{L}’'-])(\\p{Lu}[\\p{L}’'-]+)\\s+(?:finished|came|placed|was\\s+placed|ended)\\s+(?:in\\s+)?${ORDINAL}(?![\\p{L}\\d])`,
  'gu',
);
const PLACE_TAKEN_UP = new RegExp(`(?<![\\p{L}’'-])(\\p{Lu}[\\p{L}-]+)[’']s?\\s+${ORDINAL}[-\\s]place\\s+(?:finish|result|showing)\\b`, 'gu');
const PLACE_VERB = /\b(?:finished|came|placed|ended)\b/;
const OTHER_RACE = /\b(?:last (?:year|season|week|month)|in (?:19|20)\d\d|(?:19|20)\d\d|stage|heat|semi-final|qualifying|earlier|previous)\b/i;
function places(ctx: RuleContext): RuleFinding[] {
  const { prose } = ctx.model;
  const placedOf = new Map<string, { place: number; start: number; end: number; text: string }>();
  const out: RuleFinding[] = [];
  const rank = (w: string) => (/^\d/.test(w) ? parseInt(w, 10) : ORDINALS.indexOf(w.toLowerCase()) + 1);
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    // (Most sentences give no place: both patterns need one of these words, found far faster alone.)
    const takenUp = text.includes('place');
    if ((!takenUp && !PLACE_VERB.test(text)) || OTHER_RACE.test(text)) continue;
    for (const m of takenUp ? text.matchAll(PLACE_TAKEN_UP) : []) {
      const earlier = placedOf.get(m[1]!);
      if (!earlier || earlier.place === rank(m[2]!)) continue;
      out.push({
        start: sentence.start + m.index + m[0].indexOf(m[2]!, m[1]!.length),
        end: sentence.start + m.index + m[0].length,
        message: `Check the place: “${m[0]}” here, but the story said earlier that ${m[1]} ${earlier.text}.`,
        related: [{ start: earlier.start, end: earlier.end, message: `${m[1]} ${earlier.text}` }],
      });
    }
    for (const m of text.matchAll(PLACED))
      if (!placedOf.has(m[1]!)) {
        const at = sentence.start + m.index + m[1]!.length + 1;
        placedOf.set(m[1]!, { place: rank(m[2]!), start: at, end: sentence.start + m.index + m[0].length, text: m[0].slice(m[1]!.length + 1) });
      }
  }
  return out;
}

// The length of one thing said twice: "A 12-mile (19km) stretch of the A9" … "the 25km stretch".
// Miles and kilometres are compared by length, each within the rounding of its digits. The thing is
// the noun the length is said of; the later mention takes it up ("the"), and the story gives only
// those two lengths of it (a 10km race beside a marathon is two races).
const LENGTH_UNITS: Record<string, number> = {
  mile: 1609.344,
  miles: 1609.344,
  km: 1000,
  kilometre: 1000,
  kilometres: 1000,
  kilometer: 1000,
  kilometers: 1000,
};
const LENGTH =
  /(?<![\p{L}\d.,-])(\d{1,4}(?:\.\d{1,2})?)(?:\s?|-)(miles?|km|kilometres?|kilometers?)(?:\s+\((?:about\s+)?\d{1,4}(?:\.\d{1,2})?\s?(?:miles?|km|kilometres?|kilometers?)\))?\s+(\p{Ll}{3,})\b/gu;
function lengths(ctx: RuleContext): RuleFinding[] {
  const { prose } = ctx.model;
  const byNoun = new Map<string, { low: number; high: number; start: number; end: number; text: string; definite: boolean }[]>();
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\d\s?-?(?:mile|km|kilomet)/.test(text)) continue;
    for (const m of text.matchAll(LENGTH)) {
      const per = LENGTH_UNITS[m[2]!.toLowerCase()]!;
      const digits = m[1]!;
      const step = digits.includes('.') ? 10 ** -digits.split('.')[1]!.length : 1;
      const value = Number(digits);
      const noun = lemmatize(m[3]!);
      const list = byNoun.get(noun) ?? [];
      byNoun.set(noun, list);
      list.push({
        low: (value - step / 2) * per,
        high: (value + step / 2) * per,
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        text: m[0],
        definite: /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index)),
      });
    }
  }
  const out: RuleFinding[] = [];
  for (const [, list] of byNoun) {
    if (list.length !== 2) continue;
    const [a, b] = list as [(typeof list)[0], (typeof list)[0]];
    if (!b.definite || (a.low <= b.high * 1.03 && b.low <= a.high * 1.03)) continue;
    out.push({
      start: b.start,
      end: b.end,
      message: `Check the length: “${b.text}” here, “${a.text}” earlier in the story.`,
      related: [{ start: a.start, end: a.end, message: `Stated earlier as “${a.text}”` }],
    });
  }
  return out;
}

// A prison term: "jailed for six years", "sentenced to 18 months", "his eight-year sentence", "a
// 10-year prison term", "six years in prison", "a sentence of eight years". Not a term that could be
// ("faces up to 14 years", "a maximum of"), a suspended one, or one changed on appeal.
const TERM_NUMBER =
  '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
const TERMS = [
  new RegExp(`\\b(?:jailed|imprisoned|sentenced|locked up)\\s{1,3}(?:to|for)\\s{1,3}${TERM_NUMBER}\\s{1,3}(years?|months?)(?![\\p{L}-])`, 'giu'),
  new RegExp(`(?<![\\p{L}-])${TERM_NUMBER}-(year|month)\\s{1,3}(?:(?:prison|jail|custodial)\\s{1,3})?(?:sentence|term)\\b`, 'giu'),
  new RegExp(`(?<![\\p{L}-])${TERM_NUMBER}\\s{1,3}(years?|months?)\\s{1,3}in\\s{1,3}(?:prison|jail)\\b`, 'giu'),
];
const NOT_A_TERM = /\b(?:suspended|up to|maximum|minimum|faces?|facing|could|would|sought|asked for|of up to|recommended)\b[^.;]{0,30}$/i;
function prisonTerms(ctx: RuleContext): RuleFinding[] {
  const { prose } = ctx.model;
  const terms: { months: number; start: number; end: number; written: string; capitalised: readonly string[] }[] = [];
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const term = perSentence(ctx, 'prison-term', sentence, prisonTermIn);
    if (term) terms.push({ ...term, start: sentence.start + term.start, end: sentence.start + term.end });
  }
  const distinct = new Set(terms.map((t) => t.months));
  if (terms.length < 2 || distinct.size !== 2) return [];
  // Whose term it is: the people the story names by age or title ("Daniel Marsh, 24", "Mr Reed"), by
  // surname, among the capitalised words before the term in its sentence.
  const people = new Set<string>();
  for (const m of prose.matchAll(NAMED_AGE)) people.add(m[1]!.split(/\s+/).pop()!);
  for (const m of prose.matchAll(/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(\p{Lu}\p{Ll}+)/gu)) people.add(m[1]!);
  const ownersOf = (t: (typeof terms)[number]) => new Set(t.capitalised.filter((w) => people.has(w)));
  const first = terms[0]!;
  const firstOwners = ownersOf(first);
  const out: RuleFinding[] = [];
  for (const t of terms.slice(1)) {
    if (t.months === first.months) continue;
    const owners = ownersOf(t);
    if (firstOwners.size > 0 && owners.size > 0 && ![...firstOwners].some((o) => owners.has(o))) continue;
    out.push({
      start: t.start,
      end: t.end,
      message: `Check the sentence: “${t.written}” here, “${first.written}” earlier in the story.`,
      related: [{ start: first.start, end: first.end, message: `Stated earlier as “${first.written}”` }],
    });
    break;
  }
  return out;
}

/**
 * The prison term a sentence gives (offsets in `text`), with the capitalised words before it (whose
 * term it is, once the story's people are known); null for none, or for two (two people's terms, or
 * a term and its parts).
 */
function prisonTermIn(text: string): { months: number; start: number; end: number; written: string; capitalised: string[] } | null {
  // (Not a term changed on appeal, nor an earlier one: "having previously served half of a nine-year sentence".)
  if (!/\b(?:jail|prison|sentence|term|imprison)/i.test(text) || /\b(?:appeal|reduced|increased|extended|cut to|quashed)\b/i.test(text) || CHANGE.test(text))
    return null;
  const here: { months: number; start: number; end: number; written: string; capitalised: string[] }[] = [];
  for (const re of TERMS)
    for (const m of text.matchAll(re)) {
      if (NOT_A_TERM.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].indexOf(m[1]!)))) continue;
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!);
      if (!n) continue;
      const capitalised = [...text.slice(0, m.index).matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu)].map((x) => x[0]);
      here.push({ months: /^month/i.test(m[2]!) ? n : 12 * n, start: m.index, end: m.index + m[0].length, written: m[0], capitalised });
    }
  return here.length === 1 ? here[0]! : null;
}
const WINDOW = 24;
/**
 * The earlier figures a figure is compared with, in story order: those under any of its keys whose
 * stated value or wording differs from its own, the latest WINDOW of them. (A pair stated alike can
 * give no finding: no contradiction, no floor restated, no rounding.)
 */
function earlierOf(placed: readonly Placed[], byKey: ReadonlyMap<string, number[]>, later: Placed): number[] {
  const out = new Set<number>();
  const f = later.figure;
  for (const u of later.units) {
    const list = byKey.get(`${f.kind}\u0000${u}`);
    if (!list) continue;
    let taken = 0;
    for (let i = list.length - 1; i >= 0 && taken < WINDOW; i--) {
      const e = placed[list[i]!]!.figure;
      if (e.low === f.low && e.high === f.high && e.value === f.value && e.approximation === f.approximation) continue;
      out.add(list[i]!);
      taken++;
    }
  }
  return [...out].sort((a, b) => a - b);
}

// "Of the 1,430 children who applied, 1,210 were offered their first choice and 260 were offered
// another school": parts of a whole that add up to more than it. Only parts that are plain counts
// (no "about", no percentage) of the same things, in a sentence that reports no change.
const OF_THE_WHOLE_SENTENCE = /^[“"]?Of the (\d{1,3}(?:,\d{3})+|\d+) (\p{L}+)[^,;]*,\s+/u;
const PART = /(?<![\p{L}\p{N}.,$€£])(\d{1,3}(?:,\d{3})+|\d+)(?!\d|[.,]\d)(?!\s*(?:%|percent|per cent))(?=\s+(\p{L}+))/gu;
const PART_VERB = /^(?:were|was|had|have|has|are|got|received|went|did|remain|remained|stayed|left|\p{Ll}+ed)$/u;
function partsBeyondWhole(ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { prose } = ctx.model;
  for (const sentence of ctx.model.sentences) {
    if (!ctx.isCopy(sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    // (The whole is named in the sentence's first words, the parts soon after: both scans are bounded.)
    const whole = OF_THE_WHOLE_SENTENCE.exec(text.slice(0, 200));
    if (!whole || CHANGE.test(text) || /\b(?:about|around|nearly|almost|more than|at least|some|roughly|over|under)\s+\d/i.test(text)) continue;
    const total = Number(whole[1]!.replace(/,/g, ''));
    const noun = lemmatize(whole[2]!);
    const parts: { start: number; end: number; value: number }[] = [];
    for (const m of text.slice(whole[0].length, whole[0].length + 400).matchAll(PART)) {
      const next = m[2]!;
      if (!PART_VERB.test(next) && lemmatize(next) !== noun) continue;
      const value = Number(m[1]!.replace(/,/g, ''));
      if (/^\d{4}$/.test(m[1]!) && value >= 1500 && value <= 2100) continue;
      const at = sentence.start + whole[0].length + m.index;
      parts.push({ start: at, end: at + m[1]!.length, value });
    }
    const sum = parts.reduce((n, p) => n + p.value, 0);
    if (parts.length === 0 || sum <= total) continue;
    const last = parts[parts.length - 1]!;
    const wholeAt = sentence.start + whole[0].indexOf(whole[1]!);
    out.push({
      start: last.start,
      end: last.end,
      message:
        parts.length === 1
          ? `Check the figures: the part, ${formatNumber(sum)}, is more than the ${formatNumber(total)} ${whole[2]} in all.`
          : `Check the figures: the parts add up to ${formatNumber(sum)}, more than the ${formatNumber(total)} ${whole[2]} in all.`,
      related: [{ start: wholeAt, end: wholeAt + whole[1]!.length, message: `The whole: ${whole[1]} ${whole[2]}` }],
    });
  }
  return out;
}

/** The headings before the story's first paragraph: its headline and standfirst. */
function headlineBlocks(ctx: RuleContext): Set<number> {
  const out = new Set<number>();
  const blocks = ctx.model.blocks;
  for (let i = 0; i < blocks.length && blocks[i]!.kind !== 'paragraph'; i++) if (blocks[i]!.kind === 'heading') out.add(i);
  return out;
}

// "421 patients a day": a rate, per day.
const RATE = /^\s*(?:a|an|per|each|every)\s+(day|week|month|year|hour|night|shift)\b/i;
// "rose by 18 percent", "fell 6%", "a rise of 11 percent": the figure is the size of the change.
const CHANGE_SIZE_BEFORE =
  /(?:\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|increased|increases|decreased|decreases|grew|grown|grows|dropped|drops|jumped|jumps|climbed|climbs|declined|declines|slipped|slips|gained|gains|up|down)(?:\s+by)?|\b(?:a|an|the)\s+(?:rise|fall|increase|decrease|drop|jump|decline|gain)\s+of)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+|just over\s+|just under\s+|around\s+)?$/i;
// Money nouns that say only that it is money ("$600 million in public money", "the public's $650 million share"): whose it is says which sum.
const FUNDS = new Set(['money', 'fund', 'funding', 'cash', 'share', 'contribution', 'subsidy', 'stake']);
// Verbs that say nothing of what a sum is ("was £2m", "had £5m").
const NOT_SUM_VERB = new Set(
  'was were is are be been being had has have of for to than and or with from at by in on about over under nearly almost some around least more worth only just'.split(
    ' ',
  ),
);

/** What a figure measures in its sentence (Placed.unit), when the sentence says more than the figure's own words. */
function quantityOf(prose: string, sentence: Span, figure: Figure, before: string, after: string): { unit: string; rate: boolean; changeSize: boolean } {
  const rate = figure.kind === 'count' ? RATE.exec(after) : null;
  if (rate) return { unit: `${figure.unit}/${rate[1]!.toLowerCase()}`, rate: true, changeSize: false };
  if (figure.kind === 'percent' && CHANGE_SIZE_BEFORE.test(before)) {
    const subject = changeSubject(prose.slice(sentence.start, figure.start));
    if (subject) return { unit: `percent-change:${subject}`, rate: false, changeSize: true };
  }
  if (figure.kind === 'money') {
    const [currency, noun] = figure.unit.split(':') as [string, string | undefined];
    // "the public's $650 million share", "$600 million in public money": the public's money.
    if (noun && FUNDS.has(noun)) {
      const owner = /(?<![\p{L}])(\p{L}{1,40})[’']s\s{1,3}$/u.exec(before)?.[1] ?? figure.modifiers[figure.modifiers.length - 1];
      if (owner) return { unit: `${currency}:funds:${lemmatize(owner)}`, rate: false, changeSize: false };
    }
    // "had taken £230,000 from the charity" … "her client had taken £190,000": a sum named by its verb.
    if (!noun) {
      const verb = /(?<![\p{L}])(\p{Ll}{3,})\s+(?:(?:about|around|nearly|almost|some|more than|at least|over)\s+)?$/u.exec(before);
      if (verb && !NOT_SUM_VERB.has(verb[1]!) && !CONTEXT_STOP.has(verb[1]!))
        return { unit: `${currency}:v:${verb[1]!.replace(/(?:ing|ed|en|es|e|s)$/, '')}`, rate: false, changeSize: false };
    }
  }
  return { unit: figure.unit, rate: false, changeSize: false };
}

// "In Manchester, … 28,000 runners finished", "28,000 runners in Manchester": where the count is.
const PLACE_IN = /(?<![\p{L}])(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/gu;
// (Back to the main clause before it: "In Manchester, where the city's own marathon was held, 28,000 …".)
function placeClauseStart(prose: string, sentence: Span, figure: Figure): number {
  let from = sentence.start;
  for (const m of prose.slice(sentence.start, figure.start).matchAll(/;\s+|,\s+(?:and|but|while|whereas)\s+/g)) from = sentence.start + m.index + m[0].length;
  return from;
}
function placesOf(prose: string, sentence: Span, figure: Figure, clauseStart: number): Set<string> {
  const out = new Set<string>();
  const end = figure.unitSpan?.end ?? figure.end;
  const after = /^\s+(?:in|across|throughout)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/u.exec(
    prose.slice(end, Math.min(sentence.end, end + 60)),
  );
  const places = [...prose.slice(clauseStart, figure.start).matchAll(PLACE_IN)].map((m) => m[1]!);
  if (after) places.push(after[1]!);
  for (const p of places) {
    const place = p.replace(/^the\s+/, '');
    if (STOP_ANCHORS.has(place.split(' ')[0]!) || MONTH_OR_DAY.test(place)) continue;
    out.add(place.toLowerCase());
  }
  return out;
}

// "The bridge cost $3 million", "the tunnel had cost $5 million": the common noun before the verb of a sum.
function doerOf(before: string): string | null {
  const m =
    /(?<![\p{L}])(\p{Ll}{3,})\s+(?:(?:had|has|have|was|were|will|would|could|also)\s+)*\p{Ll}{3,}\s+(?:(?:about|around|nearly|almost|some|more than|at least|over)\s+)?[$€£]?$/u.exec(
      before,
    );
  return m && !CONTEXT_STOP.has(m[1]!) && !PRONOUN.test(m[1]!) ? lemmatize(m[1]!) : null;
}

/** The subject a change is said of: the first plural noun of the clause before it ("Flu cases in the county rose …" → case). */
function changeSubject(before: string): string | null {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  for (const w of clause.split(/[^\p{L}’'-]+/u)) {
    const lower = w.toLowerCase();
    if (lower.length > 3 && /[^su']s$/.test(lower) && !CONTEXT_STOP.has(lower)) return lemmatize(lower);
  }
  return null;
}

/**
 * What a sentence says of each of its figures in its own words (its prose alone): null for a figure
 * that is not compared whoever owns it; whose figure it is, who said it and which places the story
 * names first there are the document's (see collect). The fields are Placed's of the same names,
 * and `places` the places named with it before those named earlier in the story are left out.
 */
type FigureFacts = Pick<
  Placed,
  | 'unit'
  | 'units'
  | 'rate'
  | 'changeSize'
  | 'doer'
  | 'anchors'
  | 'changing'
  | 'newValue'
  | 'planned'
  | 'prospective'
  | 'context'
  | 'wideContext'
  | 'action'
  | 'predicate'
  | 'written'
  | 'ownPercent'
  | 'holding'
  | 'definite'
  | 'tally'
  | 'possessive'
> & { places: string[] };

function collect(ctx: RuleContext, figuresBySentence: readonly Figure[][]): Placed[] {
  const out: Placed[] = [];
  const { model } = ctx;
  const firstMention = new Map<string, number>();
  let lowerProse: string | null = null;
  const mentioned = (place: string) => {
    let at = firstMention.get(place);
    if (at === undefined) firstMention.set(place, (at = (lowerProse ??= model.prose.toLowerCase()).indexOf(place)));
    return at;
  };
  const headlines = headlineBlocks(ctx);
  // Found only if a figure's owner needs it, and then paragraph by paragraph (see capitalisedInside).
  let namesInside: Set<string> | null = null;
  const capitalised = () =>
    (namesInside ??= capitalisedInside(
      model.prose,
      model.sentences,
      ctx.reanalysis && model.memo ? { blocks: model.blocks, cache: versionCacheOf<CapitalisedPiece>(model, 'capitalised-inside') } : undefined,
    ));
  model.sentences.forEach((sentence, index) => {
    const copy = ctx.isCopy(sentence);
    if (!copy && !headlines.has(sentence.block)) return;
    const figures = figuresBySentence[index]!;
    if (figures.length === 0) return;
    // What the sentence says of its figures depends on its prose alone (and on whether it is copy
    // or a headline, whose figures are its tolls only): kept by its text while the writer types.
    const facts = perSentence(ctx, copy ? 'figure-facts' : 'figure-facts headline', sentence, () => figureFacts(ctx, sentence, figures));
    let said: { source: string | null; sourceText: string | null } | null = null;
    // Whose each figure is, as far as the sentence says: kept by its text and who said it.
    const sayers = sayersOf(ctx, sentence);
    const ownerFacts = perSentence(ctx, `${copy ? 'figure-owners' : 'figure-owners headline'} ${sayers.key}`, sentence, () =>
      figures.map((figure, i) => (facts[i] ? ownerFactsOf(ctx, sentence, figure, sayers.spans) : null)),
    );
    figures.forEach((figure, i) => {
      const f = facts[i];
      if (!f) return;
      const owners = ownersOf(figure, ownerFacts[i]!, capitalised);
      // Tallies (seats, delegates, votes) differ by design from owner to owner: compared only as
      // all that one named owner has ("winning 34 seats" … "Labour's 31 seats").
      if (f.tally && (!f.holding || ![...owners].some((o) => !o.startsWith('pronoun:')))) return;
      said ??= { source: sourceOf(ctx, sentence), sourceText: namedSourceOf(ctx, sentence) };
      const newPlaces = new Set(f.places);
      for (const p of newPlaces) if (mentioned(p) < sentence.start) newPlaces.delete(p);
      out.push({
        figure,
        unit: f.unit,
        units: f.units,
        rate: f.rate,
        changeSize: f.changeSize,
        doer: f.doer,
        newPlaces,
        sentence,
        index,
        anchors: f.anchors,
        source: said.source,
        sourceText: said.sourceText,
        changing: f.changing,
        newValue: f.newValue,
        planned: f.planned,
        prospective: f.prospective,
        owners,
        context: f.context,
        wideContext: f.wideContext,
        action: f.action,
        predicate: f.predicate,
        written: f.written,
        ownPercent: f.ownPercent,
        holding: f.holding,
        definite: f.definite,
        tally: f.tally,
        possessive: f.possessive,
      });
    });
  });
  return out;
}

/** FigureFacts of each of `figures`, the figures of `sentence`, from the sentence's prose alone. */
function figureFacts(ctx: RuleContext, sentence: Sentence, figures: readonly Figure[]): (FigureFacts | null)[] {
  const { model } = ctx;
  const contextIn = (figure: Figure, width: number) => contextOf(model.prose, sentence, figure, width);
  // "would be closed" is what will happen, not a projection ("would be the largest").
  const sentenceText = model.prose.slice(sentence.start, sentence.end).replace(/\b(?:would|could) be (\p{L}+ed)\b/giu, '$1');
  // Years, dates and places tie a figure to an event, in its own clause: "Labour's 31 seats give it
  // a majority, and the party will choose its cabinet on 21 May" (the date is the meeting's).
  const anchorsOf = (figure: Figure) => {
    const [from, to] = clauseOf(model.prose, sentence, figure);
    const key = `${from} ${to}`;
    let anchors = clauseAnchors.get(key);
    if (!anchors) clauseAnchors.set(key, (anchors = anchorWords(ctx, sentence, from, to)));
    return anchors;
  };
  const clauseAnchors = new Map<string, Set<string>>();
  // Two figures of one unit in one sentence are a list or a comparison ("Florida, 99 delegates,
  // and Ohio, 66"): each belongs to its own subject.
  const perUnit = new Map<string, number>();
  // Percentages of one poll differ by what they say ("58% supported the scheme, 31% opposed it"): one key each.
  // (What each measures in the sentence: "had taken £190,000 and had paid back £12,000" are two sums.)
  const measured = new Map(
    figures.map((f) => [
      f,
      quantityOf(
        model.prose,
        sentence,
        f,
        model.prose.slice(Math.max(sentence.start, f.start - 40), f.start),
        model.prose.slice(f.end, Math.min(sentence.end, f.end + 40)),
      ),
    ]),
  );
  const key = (f: Figure) => {
    const unit = measured.get(f)!.unit;
    return f.kind === 'percent' ? `${unit}|${predicateOf(model.prose, sentence, f) ?? ''}` : unit;
  };
  // ("12 of its 340 stores" is one statement: a part and its total.)
  for (const f of figures) if (f.role !== 'total') perUnit.set(key(f), (perUnit.get(key(f)) ?? 0) + 1);
  return figures.map((figure) => {
    if (!figure.unit || figure.increment || figure.partitive || (figure.role !== 'total' && perUnit.get(key(figure))! > 1)) return null;
    const before = model.prose.slice(Math.max(sentence.start, figure.start - 40), figure.start);
    const holding = holdingOf(model.prose, sentence, figure, before);
    const tally = TALLIES.has(figure.unit.replace(/^[^:]*:/, '')) || TALLIES.has(figure.unit);
    const after = model.prose.slice(figure.end, Math.min(sentence.end, figure.end + 40));
    // "5,300 structures, including about 4,100 homes": a part of the structures, but all the homes.
    const includedOther = /\bincluding\s+$/i.test(before) && figures.some((f) => f.end <= figure.start && f.unit !== figure.unit);
    const quantity = measured.get(figure)!;
    if (PART_AFTER.test(after) || ((PART_BEFORE.test(before) || SOME_OF_THE.test(before)) && !includedOther) || (PER.test(after) && !quantity.rate))
      return null;
    // Casualty figures need their class and a comparable scope; plain counts need a counted noun.
    // (A change word says so of the figures in its own clause: "the 14 libraries, which lent more
    // than 400,000 books last year" does not make the libraries' count a past one.)
    const [clauseFrom, clauseTo] = changeClauseOf(sentenceText, figure.start - sentence.start, figure.end - sentence.start);
    const change = quantity.changeSize
      ? null
      : changing(' '.repeat(clauseFrom) + sentenceText.slice(clauseFrom, clauseTo), figure.start - sentence.start, figure.end - sentence.start);
    const anchors = anchorsOf(figure);
    const places = [...placesOf(model.prose, sentence, figure, placeClauseStart(model.prose, sentence, figure))];
    // A crowd is a count of the fans in it ("a crowd of 62,000" … "68,000 fans in the stadium").
    const units = figure.collective === 'crowd' || figure.collective === 'audience' ? [quantity.unit, 'fan', 'spectator'] : [quantity.unit];
    return {
      unit: quantity.unit,
      units,
      rate: quantity.rate,
      changeSize: quantity.changeSize,
      doer: quantity.unit.includes(':v:') ? doerOf(before) : null,
      places,
      anchors,
      changing: change !== null,
      newValue: change === 'change' && !OLD_VALUE_BEFORE.test(before) && !OLD_VALUE_AFTER.test(after),
      planned: change === 'plan',
      prospective: PROSPECTIVE.test(model.prose.slice(Math.max(sentence.start, figure.start - 40), Math.min(sentence.end, figure.end + 40))),
      context: contextIn(figure, 6),
      wideContext: contextIn(figure, 10),
      action: actionOf(model.prose, sentence, figure),
      predicate: figure.kind === 'percent' ? predicateOf(model.prose, sentence, figure) : null,
      written: model.prose.slice(figure.number.start, figure.number.end),
      ownPercent: ownPercent(model.prose, figure),
      holding,
      definite: DEFINITE_BEFORE.test(before),
      tally,
      possessive: POSSESSIVE_BEFORE.test(before),
    };
  });
}

// The old value of a change: "up from 388", "compared with 12", "previously 40"; "12 a year earlier".
const OLD_VALUE_BEFORE =
  /\b(?:from|than|compared (?:with|to)|against|previously|initially|at first|was|were|had been|originally)\s+(?:(?:about|around|nearly|almost|some|more than|at least|just)\s+)?[$€£]?$/i;
// (Not past another figure or its "from": "£1.2bn for the year, up from £980m a year earlier" dates the £980m.)
const OLD_VALUE_AFTER =
  /^(?:(?!\b(?:from|against|than)\b|[$€£]?\d)[^.;]){0,30}?\b(?:a year earlier|a year ago|last year|the year before|previously|before the|earlier)\b/i;

// The clause a change word must be in to say a figure changes: the sentence cut where a relative
// or another main clause begins (", which", ", who", ", where", "; ", ", and", ", but", ", while").
const CHANGE_CLAUSE_JOIN = /;\s+|,\s+(?:and|but|while|whereas|which|where|as|when|because|though|although)\s+|\s[“"](?=\p{L})/gu;
function changeClauseOf(sentence: string, at: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CHANGE_CLAUSE_JOIN)) {
    if (m.index + m[0].length <= at) from = m.index;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

// A change or a projection in the sentence ("rose to", "previously", "target") makes a figure
// not the story's settled count. "would be" and "could be" only just before the figure ("would
// be 500"): "16 boats would be unable to move" states the count.
function changing(sentence: string, at: number, end: number): 'change' | 'plan' | null {
  const kept = sentence
    .replace(/\b(?:would|could) be\b/gi, (m: string, off: number) => (off + m.length <= at && at - (off + m.length) <= 12 ? m : ' '.repeat(m.length)))
    // A clause about the speaker ("Jo Brandt, who leads on transport, said …") says nothing of the figure.
    .replace(/,\s*who\s[^,]{1,60},/gi, (m: string) => ' '.repeat(m.length));
  if (CHANGE_NOT_PLANNED.test(kept)) return 'change';
  // A plan ("plans to", "expected", "target") after the figure is about it only close by ("12 stores,
  // the target for this year"); further on it is another thing's ("1,200 people marched … to
  // protest against plans to close the unit").
  return CHANGE.test(kept.slice(0, end + 30)) ? 'plan' : null;
}

function sameQuantity(a: Placed, b: Placed, currentYear: number | null, counted: ReadonlyMap<string, number>, wholes: ReadonlyMap<string, number>): boolean {
  const fa = a.figure;
  const fb = b.figure;
  // The key they share: what both measure.
  const u = a.units.find((x) => b.units.includes(x));
  if (fa.kind !== fb.kind || u === undefined) return false;
  // A rate is compared only with a rate of the same thing, and a change's size with a change's.
  if (a.rate !== b.rate || a.changeSize !== b.changeSize) return false;
  // "12 of its 340 stores": the total is compared only with totals and with all the owner has
  // ("the society's 120 branches"); the part never with all the owner has.
  const whole = (x: Placed) => x.figure.role === 'total' || x.holding;
  if ((fa.role === 'total' && !whole(b)) || (fb.role === 'total' && !whole(a))) return false;
  if ((fa.role === 'part' && b.holding) || (fb.role === 'part' && a.holding)) return false;
  // A tally is compared only as all that one named owner has, said as theirs on one side at least:
  // "Labour won 34 seats" … "Labour's 31 seats". ("Clinton won 40 delegates in Ohio" … "Clinton won
  // 60 delegates in Ohio" may be two days' hauls.)
  if ((a.tally || b.tally) && (!(a.possessive || b.possessive) || ![...a.owners].some((o) => b.owners.has(o) && !o.startsWith('pronoun:')))) return false;
  const whose = (x: Placed) => x.owners.size > 0 || x.source !== null;
  // Counts of one thing from two sources are near each other (9 and 11, 60 and 70); 22 and 1,300
  // are two things. Digits typed in another order ("£5,300" … "£3,500") are one figure mistyped.
  const [small, big] = fa.value <= fb.value ? [fa, fb] : [fb, fa];
  const near = big.low <= 1.3 * small.high || transposed(digitsOf(a), digitsOf(b));
  // A particular thing counted twice in the story and nowhere else ("about 600 aid trucks" …
  // "400 trucks"; "cut £12.4m" … "the £14.2m of cuts"): the one count, unless something below tells
  // them apart. So are the only two counts of all an owner has ("its 140 branches" … "the
  // society's 120 branches"; a workforce of 850 … "the 1,150 workers at the plant"), within twice.
  const onlyPair =
    u !== 'person' && ((near && (counted.get(u) ?? 0) === 2) || (whole(a) && whole(b) && big.low <= 2 * small.high && (wholes.get(u) ?? 0) === 2));
  // A sum needs what it is ("a fee", "cut", "the deal") and whose it is, or to be the story's only such sum.
  if (fa.kind === 'money' && (!u.includes(':') || ((!whose(a) || !whose(b)) && !onlyPair))) return false;
  // Figures side by side in one paragraph are a comparison ("down 16 percent from the 436,219 …").
  // (Two named sources side by side on what happened to the same things are a disagreement:
  // "Sarah Thornton said about 3,000 people had taken part. Police said 1,500 people had marched.")
  const sameClass = a.action !== null && a.action === b.action && CLASSES.has(a.action);
  if (a.sentence.block === b.sentence.block && !(sameClass && differentSources(a, b))) return false;
  // A plan stated twice with the same class of action ("plans to cut 1,200 jobs" … "the 1,500 job
  // losses would fall") is one plan; a plan against what happened is a change.
  // ("will close a dozen libraries" … "the plan to close the 14 libraries": one plan, one action.)
  const onePlan = a.action !== null && a.action === b.action && a.prospective && b.prospective;
  // (The new value of a change, "saw 421 patients a day, up from 388", is the count from then on, of
  // the same happening: "saw 512 patients a day" later is compared with it.)
  // (So is a sum named by its noun, "revenue of £1.2bn …, up from £980m" … "revenue of £1,350m".)
  const namedAlike = fa.kind === 'money' && fa.namedBefore && fb.namedBefore && a.unit === b.unit && a.unit.includes(':') && !a.unit.includes(':v:');
  const carriedOn = a.newValue && ((a.action !== null && a.action === b.action) || namedAlike);
  if ((a.changing && !(a.planned && onePlan) && !carriedOn) || (b.changing && !(b.planned && onePlan))) return false;
  // "4,000 ISIS fighters" and "4,500 Kurdish fighters" are two groups; a modifier on one side only is fine.
  if (fa.modifiers.length > 0 && fb.modifiers.length > 0 && fa.modifiers.join(' ') !== fb.modifiers.join(' ')) return false;
  // Different years, dates or places named around them: different events.
  // (One plan said on two days is one plan: "will close a dozen libraries, it said on Monday" … "the
  // plan to close the 14 libraries", campaigners on Tuesday. The day a plan is told is not its date.)
  if (conflictingAnchors(a.anchors, b.anchors, currentYear, onePlan)) return false;
  // A place the story names for the first time with the later figure ("In Manchester, … 28,000
  // runners finished") is another place's count, not the story's own.
  if (b.newPlaces.size > 0 && a.sentence !== b.sentence) return false;
  // Whose figure: "Cruz has 370 delegates" and "Rubio has 163 delegates" are two people's.
  // A side with no owner of its own but a source ("… reported $3.5 million") may be speaking of itself: no conflict.
  // So may a side with no owner at all when it is one of the story's only two figures of the thing.
  const unknown = (x: Placed) => x.owners.size === 0 && (x.source !== null || onlyPair);
  if (a.owners.size + b.owners.size > 0 && !unknown(a) && !unknown(b) && ![...a.owners].some((o) => b.owners.has(o))) return false;
  const shared = [...a.context].filter((w) => b.context.has(w)).length;
  // A story gives percentages for many groups ("48 percent chose him while 45 percent chose
  // Clinton", a poll this week and last): compared only when said of the same thing in the same
  // words ("cut the risk of a second heart attack by 28 percent").
  // Said of the same thing in the same words, or the same share stated of the same subject
  // ("58% said they supported the scheme" … "the 61% who supported the scheme"; "Turnout was 34%"
  // … "the 38% turnout", the story's only two), it is one figure.
  // A sum named only by its verb ("had taken £230,000" … "had taken £190,000") is one sum only when it
  // is the story's only pair: sums raised, paid or spent run up over many periods ("raised about
  // $100,000 in the 72 hours since" … "has raised $2.3 million through the end of June").
  if (u.includes(':v:')) return onlyPair && (a.doer === null || b.doer === null || a.doer === b.doer);
  // The size of a change said of the same subject ("Flu cases … rose by 18 percent in the week to
  // Saturday" … "flu cases rose 9 percent"): the same change when said around the same words.
  if (a.changeSize) return shared >= 2 || onlyPair;
  if (fa.kind === 'percent')
    return (
      [...a.wideContext].filter((w) => b.wideContext.has(w)).length >= 5 ||
      (a.predicate !== null && a.predicate === b.predicate && near) ||
      (onlyPair && a.ownPercent && b.ownPercent && fa.modifiers.join(' ') === fb.modifiers.join(' '))
    );
  // "a shortfall of £2.8m" … "the shortfall of £3.1m": a sum named the same way, the same statement.
  if (fa.kind === 'money' && fa.namedBefore && fb.namedBefore) return true;
  // The same statement. A casualty count is about the story's event unless a date, place or
  // owner says otherwise; any other count must share its modifier ("4,000 ISIS fighters"), what
  // happens to what it counts ("close 12 of its stores" … "14 stores would close"), or two words
  // of what is said around it ("fighters who took the city").
  if (isCasualty(fa)) return true;
  // A rate ("421 patients a day" … "512 patients a day") is the same rate only of the same happening.
  if (a.rate) return (a.action !== null && a.action === b.action) || (fa.modifiers.length > 0 && fa.modifiers.join(' ') === fb.modifiers.join(' '));
  const sameModifier = fa.modifiers.length > 0 && fa.modifiers.join(' ') === fb.modifiers.join(' ');
  // Two named sources each giving a count of the same particular thing ("22 workers", "20
  // workers"; not "people") are giving the one count two ways: the editor wants to know.
  const disagree = u !== 'person' && near && differentSources(a, b) !== null;
  // "the 19 pupils in hospital": a particular count the story takes up again, near an earlier one.
  const takenUp = u !== 'person' && b.definite && near;
  // All that one named owner has, twice: "Labour won 34 seats" … "Labour's 31 seats".
  const sameHolding = a.holding && b.holding && big.low <= 2 * small.high && [...a.owners].some((o) => b.owners.has(o) && !o.startsWith('pronoun:'));
  return sameModifier || shared >= 2 || (a.action !== null && a.action === b.action) || disagree || onlyPair || takenUp || sameHolding;
}

/** The two sources, as written, when two different named sources give the figures. */
function differentSources(a: Placed, b: Placed): { earlier: string; later: string } | null {
  if (!a.source || !b.source || !a.sourceText || !b.sourceText) return null;
  if (sameSource(a.source, b.source)) return null;
  return { earlier: a.sourceText, later: b.sourceText };
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their|its|him|them)$/;
const SOURCE_TITLES = new Set('mr mrs ms dr prof professor sir lord lady gen col capt sgt rev mayor chief president minister'.split(' '));

/**
 * Whether two attributions are the same source: "Chief executive Priya Raman" and "Ms Raman"
 * share a surname, "the United Nations" and "the UN" an acronym; a pronoun could be anyone in
 * the story, so it is taken as the same.
 */
function sameSource(a: string, b: string): boolean {
  const words = (s: string) => {
    const all = s.split(/[^\p{L}’'-]+/u).filter((w) => w && !CONTEXT_STOP.has(w));
    // "Mr Oduya" is Oduya; "the mayor" stays the mayor.
    const named = all.filter((w) => !SOURCE_TITLES.has(w));
    return named.length > 0 ? named : all;
  };
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0 || wa.every((w) => PRONOUN.test(w)) || wb.every((w) => PRONOUN.test(w))) return true;
  if (wa[wa.length - 1] === wb[wb.length - 1]) return true;
  const acronym = (w: string[]) => w.map((x) => x[0]).join('');
  return wa.join(' ') === wb.join(' ') || (wa.length === 1 && acronym(wb) === wa[0]) || (wb.length === 1 && acronym(wa) === wb[0]);
}

function isNameWord(word: string): boolean {
  const classes = wordClasses(word.toLowerCase().replace(/[’']s$/, ''));
  return ['FirstName', 'LastName', 'Place', 'Organization'].some((c) => classes.has(c as never));
}

function isCasualty(f: Figure): boolean {
  return /^(?:killed|wounded|arrested|missing)(?::|$)/.test(f.unit);
}

/** The capitalised words of a piece of the prose (see capitalisedInside). */
export interface CapitalisedPiece {
  /** Those inside a sentence. */
  words: readonly string[];
  /** The first, when only white space comes before it in the piece and it opens no sentence: inside a sentence if the prose before the piece ends in a word, a comma or a bracket. */
  edge: string | null;
}

const CAPITALISED = /(?<![\p{L}\p{N}’'-])\p{Lu}\p{Ll}+/gu;

/**
 * Words the story capitalises inside a sentence (not as its first word): names ("voters trusted Labour").
 * With `byPiece`, when the document is analysed again, the prose is read piece by piece and each
 * piece's words are kept by its text (and its sentences' starts) in `byPiece.cache`, so that an edit
 * reads one paragraph again. The prose is cut where a block starts after white space: no capitalised
 * word runs across the cut, and the look-behind reads white space or the start of the piece there,
 * which it takes alike, so the words found are those of one scan of the whole prose. Only a piece's
 * first word can need the prose before the piece (white space back to its start): its `edge`.
 */
export function capitalisedInside(
  prose: string,
  sentences: readonly Span[],
  byPiece?: { blocks: readonly Span[]; cache: Pick<VersionCache<CapitalisedPiece>, 'get' | 'set'> },
): Set<string> {
  const out = new Set<string>();
  if (!byPiece) {
    const starts = new Set(sentences.map((s) => s.start));
    for (const m of prose.matchAll(CAPITALISED)) {
      if (starts.has(m.index)) continue;
      // After a word, a comma or a bracket and white space: inside a sentence. (Looked back by hand, not
      // with a look-behind, so that a long run of white space is not scanned again at every position.)
      let k = m.index - 1;
      while (k >= 0 && /\s/.test(prose[k]!)) k--;
      if (k < m.index - 1 && k >= 0 && /[\p{L},;:)]/u.test(prose[k]!)) out.add(m[0]);
    }
    return out;
  }
  let start = 0;
  let s = 0;
  const piece = (end: number) => {
    if (end <= start) return;
    const starts: number[] = [];
    while (s < sentences.length && sentences[s]!.start < start) s++;
    for (; s < sentences.length && sentences[s]!.start < end; s++) starts.push(sentences[s]!.start - start);
    const text = prose.slice(start, end);
    const key = `${starts.join(' ')}\u0000${text}`;
    const found = byPiece.cache.get(key) ?? byPiece.cache.set(key, capitalisedInPiece(text, starts));
    for (const w of found.words) out.add(w);
    if (found.edge !== null) {
      let k = start - 1;
      while (k >= 0 && /\s/.test(prose[k]!)) k--;
      if (k >= 0 && /[\p{L},;:)]/u.test(prose[k]!)) out.add(found.edge);
    }
    start = end;
  };
  for (const block of byPiece.blocks) if (block.start > 0 && /\s/.test(prose[block.start - 1]!)) piece(block.start);
  piece(prose.length);
  return out;
}

function capitalisedInPiece(text: string, sentenceStarts: readonly number[]): CapitalisedPiece {
  const starts = new Set(sentenceStarts);
  const words: string[] = [];
  let edge: string | null = null;
  for (const m of text.matchAll(CAPITALISED)) {
    if (starts.has(m.index)) continue;
    let k = m.index - 1;
    while (k >= 0 && /\s/.test(text[k]!)) k--;
    if (k < 0) edge = detached(m[0]);
    else if (k < m.index - 1 && /[\p{L},;:)]/u.test(text[k]!)) words.push(detached(m[0]));
  }
  return { words, edge };
}

// The clause a figure is in, for its anchors: the sentence, cut where a new clause is joined to it
// (";", ", and", ", but", ", while").
// (", after the Tubbs Fire in 2017": a comparison with another event, whose year is not the figure's.)
const CLAUSE_JOIN = /;\s+|,\s+(?:and|but|while|whereas|which|where|after|behind|ahead of|than|compared with)\s+/g;
function clauseOf(prose: string, sentence: Span, figure: Figure): [number, number] {
  const text = prose.slice(sentence.start, sentence.end);
  let from = sentence.start;
  let to = sentence.end;
  for (const m of text.matchAll(CLAUSE_JOIN)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= figure.start) from = at + m[0].length;
    else if (at >= figure.end) {
      to = at;
      break;
    }
  }
  return [from, to];
}

// All of a thing its owner has: "its 140 branches", "the society's 120 branches", "employs 4,000
// people", "winning 34 seats", "the 850-strong workforce", "the 1,150 workers at the plant".
function holdingOf(prose: string, sentence: Span, figure: Figure, before: string): boolean {
  if (figure.kind !== 'count' || figure.role !== null || isCasualty(figure)) return false;
  if (figure.collective !== null && figure.unit !== 'person') return true;
  if (POSSESSIVE_BEFORE.test(before) || HOLDING_VERB.test(before)) return true;
  const end = figure.unitSpan?.end ?? figure.end;
  return DEFINITE_BEFORE.test(before) && /^\s+(?:at|of)\s+(?:the|its|their)\s+\p{Ll}/u.test(prose.slice(end, Math.min(sentence.end, end + 30)));
}

// Whose figure it is: the capitalised names in the clause before it (back to a comma or
// semicolon), else in the sentence before it, leaving out the names of who said it.
// (What the sentence says of it, from its prose and who said it, is kept with the sentence: see
// ownerWordsOf. Whether a word that opens the sentence is a name the story writes inside a sentence
// too is the document's.)
function ownersOf(figure: Figure, facts: OwnerFacts, namesInside: () => ReadonlySet<string>): Set<string> {
  const resolve = (words: OwnerWords) => {
    const owners = new Set(words.sure);
    for (const m of words.maybe) if (namesInside().has(m.word)) owners.add(m.owner);
    return owners;
  };
  const owners = resolve(facts.clause);
  // "She has four children": a pronoun's owner is someone, but not anyone we can compare.
  // (In reported speech, "they said they had rescued 12", the pronoun is the speaker: not an owner.)
  if (facts.pronoun) owners.add(`pronoun:${figure.start}`);
  if (owners.size > 0) return owners;
  return resolve(facts.dateline);
}

/** The owners named in a stretch of a sentence: those that are, and those that are if the story writes the word inside a sentence too. */
interface OwnerWords {
  sure: string[];
  maybe: { word: string; owner: string }[];
}

/** What a figure's sentence says of whose it is (see ownersOf). */
interface OwnerFacts {
  /** In the clause before the figure. */
  clause: OwnerWords;
  /** A pronoun in that clause, in a sentence with no attribution. */
  pronoun: boolean;
  /** In the sentence before the figure, after a dateline: read when the clause names no owner. */
  dateline: OwnerWords;
}

/** The spans of who said the sentence (their source and cue) in the sentence's reports, and whether it has any attribution: the key of its OwnerFacts beside its text. */
function sayersOf(ctx: RuleContext, sentence: Sentence): { spans: Span[]; key: string } {
  // Who said it is not whose it is: the source's words, and the cue's ("Opposition MPs said" is
  // sometimes read as one cue with no source).
  const spans = sentence.attributions
    .filter((i) => reports(ctx, i))
    .flatMap((i) => [ctx.model.attributions[i]!.source, ctx.model.attributions[i]!.cue])
    .filter((x): x is NonNullable<typeof x> => x !== null);
  return {
    spans,
    key: `${sentence.attributions.length === 0 ? 'none' : 'some'} ${spans.map((x) => `${x.start - sentence.start}-${x.end - sentence.start}`).join(' ')}`,
  };
}

function ownerFactsOf(ctx: RuleContext, sentence: Sentence, figure: Figure, sources: readonly Span[]): OwnerFacts {
  const prose = ctx.model.prose;
  const namesIn = (from: number, to: number) => {
    const owners: OwnerWords = { sure: [], maybe: [] };
    let placeEnd = -1;
    for (const m of prose.slice(from, to).matchAll(/(?<![\p{L}’'.-])\p{Lu}[\p{L}’'-]+/gu)) {
      const at = from + m.index;
      if (STOP_ANCHORS.has(m[0]) || MONTH_OR_DAY.test(m[0]) || sources.some((s) => s.start <= at && at < s.end)) continue;
      // "in Riverton", "near Palmyra": places, compared as places (anchorWords), not owners.
      if (/\b(?:in|at|near|from|outside|across|around|into|throughout|of|to)\s+(?:the\s+)?$/i.test(prose.slice(Math.max(from, at - 16), at))) {
        placeEnd = at + m[0].length;
        continue;
      }
      // ("in Sterling Heights", "outside County Hall": the rest of the place's name.)
      if (placeEnd >= 0 && /^,? $/.test(prose.slice(placeEnd, at))) {
        placeEnd = at + m[0].length;
        continue;
      }
      // A sentence's first word is capitalised anyway: a name only if the lexicon knows it as one
      // (or, below, when another capitalised word follows it: "Ted Cruz has …").
      // (Or when the story writes it with a capital inside a sentence too: "Labour kept control …" and
      // "voters trusted Labour": the document's, ownersOf.)
      const maybe =
        // (After a dateline, "MUNICH, Germany — Floods in southern Germany …", the first word too.)
        (at === sentence.start || /[—–]\s*$/.test(prose.slice(Math.max(sentence.start, at - 3), at))) &&
        !isNameWord(m[0]) &&
        !/^\s+\p{Lu}/u.test(prose.slice(at + m[0].length, at + m[0].length + 2));
      // A toll belongs to its event, not to the country it struck ("killing 41 people in eastern Turkey").
      if (isCasualty(figure) && wordClasses(m[0].toLowerCase()).has('Place' as never)) continue;
      const owner = m[0].replace(/[’']s$/, '').toLowerCase();
      if (maybe) owners.maybe.push({ word: m[0].replace(/[’']s$/, ''), owner });
      else owners.sure.push(owner);
    }
    return owners;
  };
  const before = prose.slice(sentence.start, figure.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'));
  const clauseStart = cut >= 0 ? sentence.start + cut + 1 : sentence.start;
  const clause = prose.slice(clauseStart, figure.start);
  // The sentence before the figure, after a dateline ("VALENCIA, Spain, Oct. 31, 2024 – At least 30 …").
  const dash = Math.max(before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  return {
    clause: namesIn(clauseStart, figure.start),
    pronoun: sentence.attributions.length === 0 && /\b(?:he|she|they|his|her|their|him|them)\b/i.test(clause),
    dateline: namesIn(dash >= 0 ? sentence.start + dash + 3 : sentence.start, figure.start),
  };
}

// Content words within six words of the figure in its sentence, lemmatised, without the figure's own words.
function contextOf(prose: string, sentence: Span, figure: Figure, width = 6): Set<string> {
  const before = prose
    .slice(sentence.start, figure.start)
    .split(/[^\p{L}’'-]+/u)
    .filter(Boolean)
    .slice(-width);
  const after = prose
    .slice(figure.end, sentence.end)
    .split(/[^\p{L}’'-]+/u)
    .filter(Boolean)
    .slice(0, width);
  const out = new Set<string>();
  for (const w of [...before, ...after]) {
    const lower = w.toLowerCase();
    if (lower.length < 3 || CONTEXT_STOP.has(lower)) continue;
    out.add(lower.replace(/(?:ing|ed|es|s)$/, ''));
  }
  return out;
}

const WEEKDAY_ANCHOR = /^date:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
function conflictingAnchors(a: Set<string>, b: Set<string>, currentYear: number | null, plan = false): boolean {
  const kinds = plan ? ['year:', 'place:', 'period:'] : ['year:', 'date:', 'place:', 'period:'];
  // The day a figure was given ("said early Friday that 80 people were killed") is another event's
  // than a month named on the other side ("In March, … killed 32 people"); not than another
  // weekday ("sent home on Wednesday", the school said on Thursday).
  if (!plan) {
    // (Given on two different days, "officials said on Tuesday" … "said on Wednesday", a count may have been updated.)
    const saidA = [...a].filter((d) => d.startsWith('said:'));
    const saidB = [...b].filter((d) => d.startsWith('said:'));
    if (saidA.length > 0 && saidB.length > 0 && !saidA.some((d) => b.has(d))) return true;
    const monthly = (x: Set<string>) => [...x].some((d) => d.startsWith('date:') && !WEEKDAY_ANCHOR.test(d));
    const saidOnly = (x: Set<string>) => [...x].some((d) => d.startsWith('said:')) && ![...x].some((d) => d.startsWith('date:'));
    if ((saidOnly(a) && monthly(b)) || (saidOnly(b) && monthly(a))) return true;
  }
  for (const kind of kinds) {
    const ka = [...a].filter((x) => x.startsWith(kind));
    const kb = [...b].filter((x) => x.startsWith(kind));
    // A year on one side only ("in 2008") puts that figure at another time, unless it is the story's own year.
    if (kind === 'year:' && ka.length + kb.length > 0 && (ka.length === 0 || kb.length === 0) && [...ka, ...kb].some((y) => y !== `year:${currentYear}`))
      return true;
    if (ka.length === 0 || kb.length === 0) continue;
    if (!ka.some((x) => b.has(x)) && !kb.some((x) => a.has(x))) return true;
  }
  return false;
}

/**
 * The story's own year: the latest year of a full date it gives ("from Monday 10 March 2025").
 * Worked out per run of paragraphs and kept in the document's memo (`years`), so a keystroke
 * searches its own paragraph for dates, not the whole story.
 */
function latestYear(prose: string, years: Map<string, number | null>): number | null {
  let latest: number | null = null;
  const take = (chunk: string) => {
    let year = years.get(chunk);
    if (year === undefined) {
      year = latestYearIn(chunk);
      years.set(chunk, year);
    }
    if (year !== null) latest = Math.max(latest ?? 0, year);
  };
  let chunkStart = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PARAGRAPH_BREAK.exec(prose)) !== null;) {
    const next = PARAGRAPH_BREAK.lastIndex;
    if (!NEW_RUN.test(prose.slice(next, next + 8)) || DATE_GOES_ON.test(prose.slice(next, next + 8))) continue;
    take(prose.slice(chunkStart, m.index));
    chunkStart = next;
  }
  take(prose.slice(chunkStart));
  return latest;
}

function latestYearIn(text: string): number | null {
  let latest: number | null = null;
  for (const d of findDates(text, 0, text.length)) if (d.year !== null) latest = Math.max(latest ?? 0, d.year);
  return latest;
}

// Paragraphs are searched apart only where no date can run on across the break: a date's parts
// are joined by white space, so the next paragraph must open with a letter or a quotation mark,
// and not with a word that goes on a date or what findDates reads after one ("the 10th", "of
// March", "March", "2025" is not a letter, "GMT", "percent"). Where the white space stands instead
// of the break, findDates' look-arounds (no letter or digit before, no digit after) read the same.
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;
const NEW_RUN = /^[\p{L}“"‘'’”]/u;
const DATE_GOES_ON = /^(?:(?:the|of)(?![\p{L}\p{N}])|percent|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT)/u;

/** "at least 30 people died" … "the 33 people who died": a floor, then an exact count above it. */
function restatedFloor(a: Figure, b: Figure): boolean {
  const floor = (x: Figure) =>
    x.approximation !== null && /^(?:at least|no fewer than|no less than|a minimum of)$/.test(x.approximation) && x.high === Infinity;
  const exact = (x: Figure) => x.approximation === null && x.low === x.high;
  // The floor first, the count later and not far above it (not "175 countries" … "at least 55 countries").
  return floor(a) && exact(b) && b.value > a.value && b.value <= 2 * a.value;
}

// What happens to the things counted: the verb just before the number ("would close 12 of its
// stores", "killing 12") or just after the noun, past auxiliaries ("14 stores would close",
// "12 stores will be closed"). A stem, so "close", "closed" and "closing" are one.
const AUXILIARY = new Set(
  'would will could should may might must can to be been being were was are is have has had also all then now likely expected set due'.split(' '),
);
const NOUN_PHRASE_PREPOSITION = /^(?:at|in|on|from|near)$/;
const PREPOSITIONS = new Set(
  'during since until across within without including into onto between through throughout against among towards toward per via despite'.split(' '),
);
function actionOf(prose: string, sentence: Span, figure: Figure): string | null {
  // Named by the noun ("1,500 job losses"); a crowd is people who came ("the 2,000-strong crowd").
  if (figure.event) return figure.event;
  if (figure.collective && figure.unit === 'person') return 'join';
  const stem = (w: string) => w.toLowerCase().replace(/(?:ing|ed|es|e|s)$/, '');
  // ("saw an average of 421 patients", "receive between 8,000 and 10,000 doses": the verb before the lead words.)
  const before =
    /(?<!\p{L})(\p{Ll}{3,})\s+(?:(?:the|its|their|some|about|nearly|almost|around|at least|more than|another|an average of|a total of|between)\s+)?$/u.exec(
      prose.slice(Math.max(sentence.start, figure.start - 40), figure.start),
    );
  // A verb of a known class before it ("to cut 650 jobs", "axing 300 jobs") says what happens to them.
  const classed = before ? ACTION_CLASS.get(before[1]!) : undefined;
  if (classed) return classed;
  if (figure.role === 'part' && before && !CONTEXT_STOP.has(before[1]!) && !AUXILIARY.has(before[1]!)) return stem(before[1]!);
  const end = figure.unitSpan?.end ?? figure.end;
  // ("the 11 crew members who stayed on board", "421 patients a day during the month": past the
  // relative pronoun and the rate.)
  const after = prose
    .slice(end, Math.min(sentence.end, end + 60))
    .replace(/^\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|night|shift)\b)?\s*(?:(?:who|that)\s+)?/i, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // ("More than 200 pupils at a secondary school in Swindon were sent home": past the phrase that
  // says where they are, to the verb of the clause after its auxiliary, within the clause.)
  if (after.length > 0 && NOUN_PHRASE_PREPOSITION.test(after[0]!)) {
    for (let i = 1; i < Math.min(10, after.length - 1); i++) {
      if (/[,;:.]$/.test(after[i - 1]!)) break;
      const aux = after[i]!.toLowerCase();
      if (!/^(?:were|was|are|is|had|have|has)$/.test(aux)) continue;
      const verb = after[i + 1]!.toLowerCase().replace(/[^\p{L}]/gu, '');
      const next = (after[i + 2] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
      const cls = ACTION_CLASS.get(`${verb} ${next}`) ?? ACTION_CLASS.get(verb);
      if (cls) return cls;
      if (/^\p{Ll}{3,}(?:ed|en|t)$/u.test(verb) && !CONTEXT_STOP.has(verb)) return stem(verb);
      break;
    }
  }
  for (let i = 0; i < Math.min(4, after.length); i++) {
    const w = after[i]!;
    const lower = w.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (AUXILIARY.has(lower)) continue;
    // "had walked out", "had taken part", "would go": one class of what happens ("join", "cut").
    const next = (after[i + 1] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
    const cls = ACTION_CLASS.get(`${lower} ${next}`) ?? ACTION_CLASS.get(lower);
    if (cls) return cls;
    if (/^\p{Ll}{3,}$/u.test(w.replace(/[.,;:]$/, '')) && !CONTEXT_STOP.has(lower) && !PREPOSITIONS.has(lower)) return stem(lower);
    // ("will close a dozen libraries and …", "saw 512 patients a day."): nothing done after it; the verb before it says.
    break;
  }
  return before && !CONTEXT_STOP.has(before[1]!) && !AUXILIARY.has(before[1]!) ? stem(before[1]!) : null;
}

/** The digits of a figure as written, or of its value when it is written in words ("three hundred and twenty"). */
function digitsOf(x: Placed): string {
  return /\d/.test(x.written) ? x.written : String(x.figure.value);
}

/** "£5,300" and "£3,500", "€3.2bn" and "€2.3bn": the same digits in another order. */
function transposed(a: string, b: string): boolean {
  const da = a.replace(/\D/g, '');
  const db = b.replace(/\D/g, '');
  return da.length >= 2 && da !== db && [...da].sort().join('') === [...db].sort().join('');
}

// A percentage's own subject, not a share "of" a group ("52 percent of voters"): a poll asks many
// questions of the same voters, but "the 38% turnout" is the one turnout.
function ownPercent(prose: string, f: Figure): boolean {
  if (!f.unit.includes(':')) return false;
  // The thing right after it, in lower case ("the 38% turnout"; not "48 percent chose Clinton").
  return (
    !f.unitSpan ||
    (f.modifiers.length === 0 && /^\p{Ll}/u.test(prose.slice(f.unitSpan.start, f.unitSpan.end)) && !/\bof\b/i.test(prose.slice(f.number.end, f.unitSpan.start)))
  );
}

// What a percentage says of its share: the verb after it, past "said they" and "who", and the
// next content word ("58% said they supported the scheme" → "support scheme").
const PREDICATE_SKIP = new Set('said say says told who that which they had have has were was would will are is also'.split(' '));
function predicateOf(prose: string, sentence: Span, figure: Figure): string | null {
  const words = prose
    .slice(figure.end, Math.min(sentence.end, figure.end + 80))
    .split(/[^\p{L}’'-]+/u)
    .filter(Boolean)
    .slice(0, 8);
  let i = 0;
  while (i < words.length && PREDICATE_SKIP.has(words[i]!.toLowerCase())) i++;
  const verb = words[i];
  if (!verb || !/^\p{Ll}{3,}(?:ed|s)$/u.test(verb)) return null;
  const object = words.slice(i + 1).find((w) => w.length >= 3 && !CONTEXT_STOP.has(w.toLowerCase()));
  // A poll's choices between people ("48 percent chose Clinton") are asked many ways: only a share of a thing.
  return object && !/^\p{Lu}/u.test(object) ? `${verb.replace(/(?:ed|d|s)$/, '')} ${object.toLowerCase()}` : null;
}

/**
 * "about 2,500 homes" … "the 2,380 homes": not a contradiction (2,380 is within "about"), but a
 * count that rounds to 2,400 is not "about 2,500". The exact count is rounded to the place of the
 * approximate one's last non-zero digit.
 */
function roundedOff(a: Figure, b: Figure): boolean {
  const about = (x: Figure) => x.approximation !== null && /^(?:about|around|roughly|approximately|some|an estimated|estimated)$/.test(x.approximation);
  const exact = (x: Figure) => x.approximation === null && x.low === x.high && Number.isInteger(x.value);
  const [approx, count] = about(a) && exact(b) ? [a, b] : about(b) && exact(a) ? [b, a] : [null, null];
  if (!approx || !count || !Number.isInteger(approx.value) || approx.value < 10) return false;
  let place = 1;
  while (approx.value % (place * 10) === 0) place *= 10;
  return Math.round(count.value / place) * place !== approx.value;
}

function contradicts(a: Figure, b: Figure): boolean {
  if (a.value === b.value) return false;
  return a.high < b.low || b.high < a.low;
}

function describe(f: Figure): string {
  const n = formatNumber(f.value);
  if (f.low === f.high) return n;
  if (f.high === Infinity) return `at least ${n}`;
  if (f.low === 0) return `at most ${n}`;
  if (f.approximation) return `${f.approximation} ${n}`;
  // ("2,600 million pounds" stands for 2,599.5–2,600.5 million: said as 2.6 billion.)
  if (formatNumber(f.low) === formatNumber(f.high)) return n;
  return `${formatNumber(f.low)}–${formatNumber(f.high)}`;
}

// Offer the earlier figure's number in place of the later one, only when both are worded alike
// (the same approximation, or none), so the edit touches just the number.
function alignFix(ctx: RuleContext, earlier: Figure, later: Figure) {
  const text = ctx.model.text;
  if (earlier.approximation !== later.approximation || (earlier.low !== earlier.high && !earlier.approximation && earlier.kind === 'count')) return [];
  const first = text.slice(earlier.number.start, earlier.number.end);
  const atStart = ctx.sentenceAt(later.number.start)?.start === later.number.start;
  // A number word takes the case of where it goes: "Twelve" opens a sentence, "twelve" does not.
  const replacement = /^\p{L}/u.test(first) ? (atStart ? first[0]!.toUpperCase() + first.slice(1) : first[0]!.toLowerCase() + first.slice(1)) : first;
  return [{ title: `Use the earlier figure, “${first}”`, edits: [{ start: later.number.start, end: later.number.end, newText: replacement }] }];
}

// Years, dates and capitalised names in the sentence, which tie its figures to one event.
const SAID_ON_DAY = /(\s)(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])/gu;
const PERIOD_TO =
  /\b(?:year|months|quarter|weeks|period|half)\s+(?:to|ending|ended)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
function anchorWords(ctx: RuleContext, sentence: Span, from: number, to: number): Set<string> {
  // A clause about the speaker ("Kipchumba Murkomen, who visited the site on Tuesday, said …") dates the visit, not the figure.
  const said: string[] = [];
  const period: string[] = [];
  // Nor does the day a reporting verb takes ("the school said on Thursday", "told reporters on
  // Wednesday"): when the figure was given, not when what it counts happened.
  const text = ctx.model.prose
    .slice(from, to)
    .replace(/,\s*who\s[^,]{1,60},/gi, (m: string) => ' '.repeat(m.length))
    .replace(SAID_ON_DAY, (m: string, lead: string, offset: number, whole: string) => {
      const words = whole
        .slice(Math.max(0, offset - 40), offset)
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .slice(-3);
      if (!words.some((w) => /^\p{Ll}/u.test(w) && verbOfForm(w) !== undefined)) return m;
      said.push(/[A-Z]\w+/.exec(m)![0]);
      return lead + ' '.repeat(m.length - lead.length);
    })
    // "for the year to March", "in the six months to June": the period a result covers, compared
    // only with another period.
    .replace(PERIOD_TO, (m: string, month: string) => {
      period.push(month);
      return ' '.repeat(m.length);
    });
  const anchors = new Set<string>([...said.map((d) => `said:${d}`), ...period.map((m) => `period:${m}`)]);
  // ("the highest since 2012": a year it is compared with, not the figure's own.)
  // (Nor "the largest since the recession of 2009".)
  for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g))
    if (!/\bsince\s+(?:[\p{L}’'-]+\s+){0,4}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))) anchors.add(`year:${m[0]}`);
  for (const d of perText(ctx, 'dates', sentence, findDates))
    if (d.start >= from && d.end <= to && /\S/.test(text.slice(d.start - from, d.end - from))) anchors.add(`date:${d.month}-${d.day}`);
  // "By Thursday morning", "as of Friday": when the count was given, not when it happened.
  for (const m of text.matchAll(
    /\b(?<!\b(?:[Bb]y|[Aa]s of|[Uu]ntil)\s)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|last (?:year|month|week)|a year ago|years ago)\b/g,
  ))
    anchors.add(`date:${m[0]}`);
  // Places: "in Aleppo", "near Palmyra", "across Syria".
  for (const m of text.matchAll(/\b(?:in|near|at|outside|across|around|from|into|throughout)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/gu)) {
    // "1,900 homes …, most of them in Tadcaster": where within the count, not another count.
    if (/\b(?:of them|of which|mostly|mainly|largely|chiefly|including|especially)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const place = m[1]!.replace(/^the\s+/, '');
    if (STOP_ANCHORS.has(place.split(' ')[0]!) || MONTH_OR_DAY.test(place)) continue;
    anchors.add(`place:${place.toLowerCase()}`);
  }
  return anchors;
}

// An attribution whose cue is a reporting verb ("said", "told", "estimated") or "according to":
// "Labour kept control of the council" and "a coach carrying a school party overturned" say who did
// something, not who said it.
function reports(ctx: RuleContext, i: number): boolean {
  const cue = ctx.model.attributions[i]!.cue.text;
  return /^(?:according|as)\b/i.test(cue) || (cue.match(/[\p{L}’'-]+/gu) ?? []).some((w) => verbOfForm(w) !== undefined);
}

function sourceOf(ctx: RuleContext, sentence: Sentence): string | null {
  const { attributions } = ctx.model;
  for (const i of sentence.attributions) {
    if (!reports(ctx, i)) continue;
    const a = attributions[i]!;
    const who = a.resolvedSource ?? a.source;
    if (who && !ctx.model.nested[i]) return who.text.toLowerCase();
  }
  return null;
}

// The source as written, for a message that names both ("Police", "the mayor, Rui Moreira"):
// any source but a pronoun (whose antecedent is a guess).
function namedSourceOf(ctx: RuleContext, sentence: Sentence): string | null {
  const { attributions } = ctx.model;
  for (const i of sentence.attributions) {
    const a = attributions[i]!;
    if (ctx.model.nested[i] || !reports(ctx, i)) continue;
    // A pronoun's source is a guess ("She said …" after "The chain reported …"): not named here.
    const who = a.source;
    if (!who || a.sourceKind === 'pronoun') return null;
    // ("Sarah Thornton, who organised the march," is named as Sarah Thornton.)
    let name = who.text.replace(/\s+/g, ' ');
    const clause = /, ?(?:who|which) /u.exec(name);
    if (clause) name = name.slice(0, clause.index);
    let end = name.length;
    while (end > 0 && /[, ]/.test(name[end - 1]!)) end--;
    return name.slice(0, end);
  }
  return null;
}
