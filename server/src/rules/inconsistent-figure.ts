// inconsistent-figure: the same quantity stated differently in one article ("12 killed" … "14
// killed"; "4,000 fighters" … "4,500 fighters"). Two figures are the same quantity when they count
// the same thing (the counted noun's lemma through a synonym table, or the same casualty class)
// with no sign that they are different quantities: another date or year, another owner, an
// increment ("five more"), a part ("of them", "including"), a change ("rose to"), or different
// sources. Approximations make ranges: "more than 4,000" is consistent with 4,500.
import { findDates } from '../analysis/dates';
import { findFigures, type Figure } from '../analysis/figures';
import { formatNumber } from '../analysis/numbers';
import { wordClasses } from '../analysis/words';
import type { Sentence } from '../analysis/model';
import type { Span } from '../analysis/types';
import { perText } from './helpers';
import type { Rule, RuleContext, RuleFinding } from './rule';
import words from './inconsistent-figure.words.json';

interface Placed {
  figure: Figure;
  sentence: Sentence;
  index: number;
  /** Words around the figure that tie it to one event (years, places, names), lower-cased. */
  anchors: Set<string>;
  /** The source the sentence is attributed to, lower-cased, if any. */
  source: string | null;
  changing: boolean;
  /** Names in the clause before the figure: whose figure it is ("Cruz has 370 delegates"). */
  owners: Set<string>;
  /** Content words around the figure, for "the same statement of the same quantity". */
  context: Set<string>;
}

const CHANGE = new RegExp(`(?<![\\p{L}])(?:${words.change.map((w) => w.phrase.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
const PART_AFTER = /^\s*(?:of\s+(?:them|whom|which|those|these|the\s+\w+)|among\s+them|including|were\s+among|in\s+(?:total|all))\b/i;
const PART_BEFORE = /(?:\b(?:including|among|of the|of whom|of them|out of|bringing|brings|brought|to a total of|total of|tally of|toll of|toll to|toll at|raising|raised the|at least another)\s+)$/i;
const PER = /^\s*(?:a|per|each|every)\s+(?:day|week|month|year|hour|minute|capita|person|head|share)\b|^\s*(?:daily|weekly|monthly|yearly|annually)\b|^[^.;]{0,40}\b(?:each|apiece|respectively|a piece)\b/i;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const TALLIES = new Set(words.tallies.map((w) => w.word.replace(/s$/, '')));
const CONTEXT_STOP = new Set('the a an of in on at to for from with by and or but were was are is have has had been be being who that which said says say told as than this these those their his her its our will would could can may also more other some all about over after before since when while there it they he she we'.split(' '));
const STOP_ANCHORS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'Those', 'These', 'There', 'His', 'Her', 'Their', 'Its', 'Mr', 'Mrs', 'Ms', 'Dr', 'After', 'Before', 'When', 'While', 'As', 'If', 'Of', 'For', 'By', 'With', 'From', 'To', 'Some', 'More', 'About', 'Nearly', 'Over', 'Since', 'Last', 'According']);

export const inconsistentFigure: Rule = {
  id: 'inconsistent-figure',
  defaultSeverity: 'warning',
  description: 'The same quantity stated differently in one article ("12 killed" … "14 killed"); both places are linked.',
  check(ctx) {
    const placed = collect(ctx);
    const findings: RuleFinding[] = [];
    const reported = new Set<number>();
    for (let j = 0; j < placed.length; j++) {
      const later = placed[j]!;
      if (reported.has(j)) continue;
      for (let i = 0; i < j; i++) {
        const earlier = placed[i]!;
        if (!sameQuantity(earlier, later) || !contradicts(earlier.figure, later.figure)) continue;
        reported.add(j);
        const text = ctx.model.text;
        const a = text.slice(earlier.figure.start, earlier.figure.end).replace(/\s+/g, ' ');
        const b = text.slice(later.figure.start, later.figure.end).replace(/\s+/g, ' ');
        findings.push({
          start: later.figure.start,
          end: later.figure.end,
          message: `“${b}” contradicts “${a}” earlier in the story (${describe(earlier.figure)} against ${describe(later.figure)}): check which is right and state it one way.`,
          related: [{ start: earlier.figure.start, end: earlier.figure.end, message: `Stated earlier as “${a}”` }],
          fixes: alignFix(ctx, earlier.figure, later.figure),
        });
        break;
      }
    }
    return findings;
  },
};

function collect(ctx: RuleContext): Placed[] {
  const out: Placed[] = [];
  const { model } = ctx;
  model.sentences.forEach((sentence, index) => {
    if (!ctx.isCopy(sentence)) return;
    const figures = perText(ctx, 'figures', sentence, findFigures);
    if (figures.length === 0) return;
    const sentenceText = model.prose.slice(sentence.start, sentence.end);
    const anchors = anchorWords(ctx, sentence);
    const source = sourceOf(ctx, sentence);
    // Two figures of one unit in one sentence are a list or a comparison ("Florida, 99 delegates,
    // and Ohio, 66"): each belongs to its own subject.
    const perUnit = new Map<string, number>();
    for (const f of figures) perUnit.set(f.unit, (perUnit.get(f.unit) ?? 0) + 1);
    for (const figure of figures) {
      if (!figure.unit || figure.increment || figure.partitive || perUnit.get(figure.unit)! > 1) continue;
      if (TALLIES.has(figure.unit.replace(/^[^:]*:/, '')) || TALLIES.has(figure.unit)) continue;
      const before = model.prose.slice(Math.max(sentence.start, figure.start - 40), figure.start);
      const after = model.prose.slice(figure.end, Math.min(sentence.end, figure.end + 40));
      if (PART_AFTER.test(after) || PART_BEFORE.test(before) || PER.test(after)) continue;
      // Casualty figures need their class and a comparable scope; plain counts need a counted noun.
      out.push({ figure, sentence, index, anchors, source, changing: CHANGE.test(sentenceText), owners: ownersOf(ctx, sentence, figure), context: contextOf(model.prose, sentence, figure) });
    }
  });
  return out;
}

function sameQuantity(a: Placed, b: Placed): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== fb.kind || fa.unit !== fb.unit) return false;
  // A story gives percentages for many groups ("48 percent chose him while 45 percent chose
  // Clinton"): they are not compared. Money needs what it is ("$3 million in donations") and
  // whose it is, on both sides.
  if (fa.kind === 'percent') return false;
  const whose = (x: Placed) => x.owners.size > 0 || x.source !== null;
  if (fa.kind === 'money' && (!fa.unit.includes(':') || !whose(a) || !whose(b))) return false;
  // Figures side by side in one paragraph are a comparison ("down 16 percent from the 436,219 …").
  if (a.sentence.block === b.sentence.block || a.changing || b.changing) return false;
  // "4,000 ISIS fighters" and "4,500 Kurdish fighters" are two groups; a modifier on one side only is fine.
  if (fa.modifiers.length > 0 && fb.modifiers.length > 0 && fa.modifiers.join(' ') !== fb.modifiers.join(' ')) return false;
  // Attributed to two different sources: a disagreement reported, not an inconsistency.
  if (a.source && b.source && a.source !== b.source) return false;
  // Different years, dates or places named around them: different events.
  if (conflictingAnchors(a.anchors, b.anchors)) return false;
  // Whose figure: "Cruz has 370 delegates" and "Rubio has 163 delegates" are two people's.
  // A side with no owner of its own but a source ("… reported $3.5 million") may be speaking of itself: no conflict.
  const unknown = (x: Placed) => x.owners.size === 0 && x.source !== null;
  if (a.owners.size + b.owners.size > 0 && !unknown(a) && !unknown(b) && ![...a.owners].some((o) => b.owners.has(o))) return false;
  // The same statement. A casualty count is about the story's event unless a date, place or
  // owner says otherwise; any other count must share its modifier ("4,000 ISIS fighters") or two
  // words of what is said around it ("fighters who took the city").
  if (isCasualty(fa)) return true;
  const shared = [...a.context].filter((w) => b.context.has(w)).length;
  const sameModifier = fa.modifiers.length > 0 && fa.modifiers.join(' ') === fb.modifiers.join(' ');
  return sameModifier || shared >= 2;
}

function isNameWord(word: string): boolean {
  const classes = wordClasses(word.toLowerCase().replace(/[’']s$/, ''));
  return ['FirstName', 'LastName', 'Place', 'Organization'].some((c) => classes.has(c as never));
}

function isCasualty(f: Figure): boolean {
  return /^(?:killed|wounded|arrested|missing)(?::|$)/.test(f.unit);
}

// Whose figure it is: the capitalised names in the clause before it (back to a comma or
// semicolon), else in the sentence before it, leaving out the names of who said it.
function ownersOf(ctx: RuleContext, sentence: Sentence, figure: Figure): Set<string> {
  const prose = ctx.model.prose;
  const sources = sentence.attributions.map((i) => ctx.model.attributions[i]!.source).filter((x): x is NonNullable<typeof x> => x !== null);
  const namesIn = (from: number, to: number) => {
    const owners = new Set<string>();
    for (const m of prose.slice(from, to).matchAll(/(?<![\p{L}’'.-])\p{Lu}[\p{L}’'-]+/gu)) {
      const at = from + m.index;
      if (STOP_ANCHORS.has(m[0]) || MONTH_OR_DAY.test(m[0]) || sources.some((s) => s.start <= at && at < s.end)) continue;
      // "in Riverton", "near Palmyra": places, compared as places (anchorWords), not owners.
      if (/\b(?:in|at|near|from|outside|across|around|into|throughout|of|to)\s+(?:the\s+)?$/i.test(prose.slice(Math.max(from, at - 16), at))) continue;
      // A sentence's first word is capitalised anyway: a name only if the lexicon knows it as one
  // (or, below, when another capitalised word follows it: "Ted Cruz has …").
      if (at === sentence.start && !isNameWord(m[0]) && !/^\s+\p{Lu}/u.test(prose.slice(at + m[0].length, at + m[0].length + 2))) continue;
      owners.add(m[0].replace(/[’']s$/, '').toLowerCase());
    }
    return owners;
  };
  const before = prose.slice(sentence.start, figure.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'));
  const clauseStart = cut >= 0 ? sentence.start + cut + 1 : sentence.start;
  const clause = prose.slice(clauseStart, figure.start);
  const owners = namesIn(clauseStart, figure.start);
  // "She has four children": a pronoun's owner is someone, but not anyone we can compare.
  // (In reported speech, "they said they had rescued 12", the pronoun is the speaker: not an owner.)
  if (sentence.attributions.length === 0 && /\b(?:he|she|they|his|her|their|him|them)\b/i.test(clause)) owners.add(`pronoun:${figure.start}`);
  return owners.size > 0 ? owners : namesIn(sentence.start, figure.start);
}

// Content words within six words of the figure in its sentence, lemmatised, without the figure's own words.
function contextOf(prose: string, sentence: Span, figure: Figure): Set<string> {
  const before = prose.slice(sentence.start, figure.start).split(/[^\p{L}’'-]+/u).filter(Boolean).slice(-6);
  const after = prose.slice(figure.end, sentence.end).split(/[^\p{L}’'-]+/u).filter(Boolean).slice(0, 6);
  const out = new Set<string>();
  for (const w of [...before, ...after]) {
    const lower = w.toLowerCase();
    if (lower.length < 3 || CONTEXT_STOP.has(lower)) continue;
    out.add(lower.replace(/(?:ing|ed|es|s)$/, ''));
  }
  return out;
}

function conflictingAnchors(a: Set<string>, b: Set<string>): boolean {
  const kinds = ['year:', 'date:', 'place:'];
  for (const kind of kinds) {
    const ka = [...a].filter((x) => x.startsWith(kind));
    const kb = [...b].filter((x) => x.startsWith(kind));
    // A year or a date on one side only ("in 2008", "in November") puts that figure at another time.
    if (kind !== 'place:' && ka.length + kb.length > 0 && (ka.length === 0 || kb.length === 0)) return true;
    if (ka.length === 0 || kb.length === 0) continue;
    if (!ka.some((x) => b.has(x)) && !kb.some((x) => a.has(x))) return true;
  }
  return false;
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
function anchorWords(ctx: RuleContext, sentence: Span): Set<string> {
  const text = ctx.model.prose.slice(sentence.start, sentence.end);
  const anchors = new Set<string>();
  for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) anchors.add(`year:${m[0]}`);
  for (const d of perText(ctx, 'dates', sentence, findDates)) anchors.add(`date:${d.month}-${d.day}`);
  for (const m of text.matchAll(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|last (?:year|month|week)|a year ago|years ago)\b/g)) anchors.add(`date:${m[0]}`);
  // Places: "in Aleppo", "near Palmyra", "across Syria".
  for (const m of text.matchAll(/\b(?:in|near|at|outside|across|around|from|into|throughout)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/gu)) {
    const place = m[1]!.replace(/^the\s+/, '');
    if (STOP_ANCHORS.has(place.split(' ')[0]!) || MONTH_OR_DAY.test(place)) continue;
    anchors.add(`place:${place.toLowerCase()}`);
  }
  return anchors;
}

function sourceOf(ctx: RuleContext, sentence: Sentence): string | null {
  const { attributions } = ctx.model;
  for (const i of sentence.attributions) {
    const a = attributions[i]!;
    const who = a.resolvedSource ?? a.source;
    if (who && !ctx.model.nested[i]) return who.text.toLowerCase();
  }
  return null;
}
