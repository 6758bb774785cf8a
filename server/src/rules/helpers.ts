// Small pieces several rules share: phrase lists compiled into one pattern, and the
// "attribute to a named source" fixes.
import { blockIdentity, deeplyDetached, detached, memoOf, versionCacheOf, type DocumentModel, type Sentence } from '../analysis/model';
import { firstIndexWhere } from '../analysis/span-index';
import type { Fix, Span } from '../analysis/types';
import type { RuleContext } from './rule';

/** One case-insensitive pattern for a list of phrases, matched on whole words, longest first. */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const alternatives = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['’]/g, "['’]")
        .replace(/\s+/g, '\\s+'),
    );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
  unguarded.set(pattern, new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu'));
  return pattern;
}

// A pattern that opens with a look-behind is tried at every position of the text; without it, the
// engine skips ahead to where a phrase can begin. findMatches runs compilePhrases' patterns without
// their opening look-behind and tests the character before each match itself: a match whose test
// fails is tried again one character on, as the pattern itself would, so the matches are the same.
const unguarded = new WeakMap<RegExp, RegExp>();
// The look-behind's class, with the pattern's flags (case-insensitive matching folds case in a class too).
const GUARD = /[\p{L}\p{N}'’-]/iu;

/** Whether the look-behind `(?<![\p{L}\p{N}'’-])` holds at `at` (a code point before it, read as the u flag reads it). */
function guardHolds(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80)
    return !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d);
  const low = code >= 0xdc00 && code <= 0xdfff;
  const high = low && at >= 2 ? text.charCodeAt(at - 2) : 0;
  const char = high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text.charAt(at - 1);
  return !GUARD.test(char);
}

// The matches of a pattern depend on the sentence's prose alone: when a document is analysed
// again (the language server runs the rules over the whole document on each keystroke) they are
// kept per sentence text, pattern by pattern, in the document's memo (see versionCacheOf), so that
// the patterns run only over sentences not seen. A sentence's text is looked up in the memo once per
// version of the document, not once per pattern: rules ask for some fifty patterns per sentence,
// and hashing and comparing a sentence's text for each of them was an eighth of the time of an
// edit of a 10,000-word article. What else the rules find in a sentence's prose alone (perText,
// perSentence) is kept beside the matches, for the same reason.
const SENTENCE_FACTS = 'sentence-facts';

/** What is kept for a sentence's text: the matches of each pattern, and other finds by name. */
interface SentenceFacts {
  matches: Map<RegExp, readonly Span[]>;
  facts: Map<string, unknown>;
}

/** A sentence of one model: its prose (sliced when first needed), and what is kept for its text. */
interface SentenceEntry extends SentenceFacts {
  start: number;
  end: number;
  text: string | null;
}

function textOf(model: DocumentModel, entry: SentenceEntry): string {
  return (entry.text ??= model.prose.slice(entry.start, entry.end));
}

// A sentence's facts kept with its block's analysis (blockIdentity), by the sentence's start in the
// block: while a block's text is unchanged, its sentences are found again without hashing their
// text, and once it has changed, they go with it.
const factsByBlock = new WeakMap<object, Map<number, SentenceFacts>>();

/** The facts kept for the model's sentence that is `span`, by its block, or undefined when `span` is no sentence. */
function blockSentenceFacts(model: DocumentModel, span: Span): SentenceFacts | undefined {
  const { sentences } = model;
  const k = firstIndexWhere(sentences.length, (i) => sentences[i]!.start >= span.start);
  const sentence = sentences[k];
  if (!sentence || sentence.start !== span.start || sentence.end !== span.end) return undefined;
  const block = blockIdentity(model, sentence.block);
  if (!block) return undefined;
  let byStart = factsByBlock.get(block);
  if (!byStart) factsByBlock.set(block, (byStart = new Map()));
  const at = sentence.start - model.blocks[sentence.block]!.start;
  let facts = byStart.get(at);
  if (!facts) byStart.set(at, (facts = { matches: new Map(), facts: new Map() }));
  return facts;
}
// Per model, its sentences' entries by start offset (the prose of each sentence, sliced once for all the patterns).
const sentenceEntries = new WeakMap<DocumentModel, Map<number, SentenceEntry>>();
// (The model analysed last and its entries, at hand: rules ask for entries tens of thousands of times
// per analysis, all of one model. Held until the next analysis asks.)
let lastModel: DocumentModel | null = null;
let lastEntries: Map<number, SentenceEntry> | undefined;

function sentenceEntry(model: DocumentModel, span: Span): SentenceEntry | null {
  if (!model.memo) return null;
  let byStart = lastModel === model ? lastEntries : sentenceEntries.get(model);
  if (!byStart) sentenceEntries.set(model, (byStart = new Map()));
  lastModel = model;
  lastEntries = byStart;
  const known = byStart.get(span.start);
  if (known?.end === span.end) return known;
  let text: string | null = null;
  let kept = blockSentenceFacts(model, span);
  if (!kept) {
    text = model.prose.slice(span.start, span.end);
    const byText = versionCacheOf<SentenceFacts>(model, SENTENCE_FACTS);
    kept = byText.get(text) ?? byText.set(text, { matches: new Map(), facts: new Map() });
  }
  const entry = { start: span.start, end: span.end, text, matches: kept.matches, facts: kept.facts };
  byStart.set(span.start, entry);
  return entry;
}

/** Whether `span` is one of the model's sentences. */
function isSentence(ctx: RuleContext, span: Span): boolean {
  const s = ctx.sentenceAt(span.start);
  return s !== undefined && s.start === span.start && s.end === span.end;
}

/**
 * What `find` gives for the prose of `sentence` (one of the model's sentences), which it must
 * depend on alone, with no offsets into the document (or offsets relative to the sentence). Kept
 * with the sentence's text under `name` when the document is analysed again (see sentenceEntry).
 * Whoever reads the value must not change it.
 */
export function perSentence<T>(ctx: RuleContext, name: string, sentence: Span, find: (text: string) => T): T {
  const entry = ctx.reanalysis ? sentenceEntry(ctx.model, sentence) : null;
  if (!entry) return find(ctx.model.prose.slice(sentence.start, sentence.end));
  if (entry.facts.has(name)) return entry.facts.get(name) as T;
  const value = deeplyDetached(find(textOf(ctx.model, entry)));
  entry.facts.set(name, value);
  return value;
}
const perTextNames = new Map<string, string>();

// A pattern that starts with \b or a look-behind is tried at every position of every sentence,
// which costs ten times a scan for a plain word. Where every match must contain one of a few
// words, a test for those words (same flags, so the same case folding) first skips the
// sentences that cannot match; it never changes what matches.
const requirements = new WeakMap<RegExp, RegExp>();

/** `pattern`, registered with `required`: a pattern that matches inside every match of `pattern`. */
export function requiring(pattern: RegExp, required: RegExp): RegExp {
  requirements.set(pattern, new RegExp(required.source, pattern.flags.replace(/[gy]/g, '')));
  return pattern;
}

function findMatches(text: string, pattern: RegExp): Span[] {
  const required = requirements.get(pattern);
  if (required && !required.test(text)) return [];
  const found: Span[] = [];
  const fast = unguarded.get(pattern);
  if (fast) {
    fast.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = fast.exec(text)) !== null) {
      if (!guardHolds(text, m.index)) {
        fast.lastIndex = m.index + 1;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) fast.lastIndex++;
    }
    return found;
  }
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    found.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/**
 * What `find` extracts from the prose of a sentence (or block): figures, dates, names. In the
 * editor the same sentence is analysed again on every keystroke elsewhere, so the results are
 * kept by the sentence's text, with offsets relative to it, and moved into place on the way out.
 */
export function perText<T extends object>(ctx: RuleContext, key: string, span: Span, find: (prose: string, start: number, end: number) => T[]): T[] {
  if (!ctx.reanalysis || !ctx.model.memo) return find(ctx.model.prose, span.start, span.end);
  let name = perTextNames.get(key);
  if (name === undefined) perTextNames.set(key, (name = `per-text ${key}`));
  if (isSentence(ctx, span)) {
    const relative = perSentence(ctx, name, span, (text) => find(text, 0, text.length));
    return relative.map((r) => shifted(r, span.start));
  }
  const text = ctx.model.prose.slice(span.start, span.end);
  // Kept in the document's memo, found in a copy of the text (what is kept must not refer to the document's text).
  const byText = memoOf<readonly T[]>(ctx.model.memo, name);
  let relative = byText.get(text);
  if (!relative) {
    const own = detached(text);
    relative = find(own, 0, own.length);
    byText.set(own, relative);
  }
  return relative.map((r) => shifted(r, span.start));
}

/** A deep copy with every `start` and `end` moved by `by`. */
function shifted<T>(value: T, by: number): T {
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shifted(value[i], by);
    return out as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const k in source) {
    const v = source[k];
    out[k] = (k === 'start' || k === 'end') && typeof v === 'number' ? v + by : typeof v === 'object' ? shifted(v, by) : v;
  }
  return out as T;
}

/** Matches of `pattern` in the prose of `sentence`. */
export function matchesIn(ctx: RuleContext, sentence: Span, pattern: RegExp): Span[] {
  let relative: readonly Span[] | undefined;
  const entry = ctx.reanalysis ? sentenceEntry(ctx.model, sentence) : null;
  if (entry) {
    relative = entry.matches.get(pattern);
    if (!relative) entry.matches.set(pattern, (relative = findMatches(textOf(ctx.model, entry), pattern)));
  } else {
    relative = findMatches(ctx.model.prose.slice(sentence.start, sentence.end), pattern);
  }
  return relative.length === 0 ? [] : relative.map((r) => ({ start: sentence.start + r.start, end: sentence.start + r.end }));
}

/**
 * Where ", according to X" goes: before the sentence's final punctuation. Null when the
 * sentence ends inside a quotation, where inserting words would put them in someone's mouth.
 */
export function attributionInsertPoint(ctx: RuleContext, sentence: Span): number | null {
  const text = ctx.model.text;
  let end = sentence.end;
  if (/["”’]/.test(text[end - 1] ?? '')) return null;
  while (end > sentence.start && /[.!?…]/.test(text[end - 1]!)) end--;
  return end > sentence.start ? end : null;
}

/** What the title of a fix that credits a person named in the story ends with: it is never the preferred fix. */
export const ONLY_IF_SAID = ' — only if they said it';

/** The "according to …" placeholder (preferred), then "Attribute to X" fixes for the nearest named sources. */
export function attributeFixes(ctx: RuleContext, sentence: Sentence, remove?: Span): Fix[] {
  const at = attributionInsertPoint(ctx, sentence);
  if (at === null) return [];
  const removal = remove ? [removalEdit(ctx, remove)] : [];
  // The last word of a sentence that a space follows: removing it with that space would swallow
  // the insertion point (overlapping edits, which an editor refuses); take the space before it.
  if (remove && removal[0]!.start < at && at < removal[0]!.end) {
    removal[0] =
      ctx.model.text[remove.start - 1] === ' '
        ? { start: remove.start - 1, end: remove.end, newText: '' }
        : { start: remove.start, end: remove.end, newText: '' };
  }
  // The placeholder comes first and is preferred: one keypress must not credit a named person
  // with words they may never have said. The names in the story are offered, and say so.
  const fixes: Fix[] = [
    {
      title: 'Insert “according to …”',
      edits: [...removal, { start: at, end: at, newText: ', according to [source]' }],
      preferred: true,
      snippet: { at, text: ', according to ${1:source}' },
    },
  ];
  for (const source of ctx.namedSourcesNear(sentence.start, 3)) {
    fixes.push({ title: `Attribute to ${source.text}${ONLY_IF_SAID}`, edits: [...removal, { start: at, end: at, newText: `, according to ${source.text}` }] });
  }
  return fixes;
}

/** Removes a word or phrase with one neighbouring space, so no double space is left behind. */
export function removalEdit(ctx: RuleContext, span: Span): { start: number; end: number; newText: string } {
  const text = ctx.model.text;
  if (text[span.end] === ' ') return { start: span.start, end: span.end + 1, newText: '' };
  if (text[span.start - 1] === ' ') return { start: span.start - 1, end: span.end, newText: '' };
  return { start: span.start, end: span.end, newText: '' };
}

/** Quotes a phrase of the document for a message. */
export function quoted(ctx: RuleContext, span: Span): string {
  return `“${ctx.model.text.slice(span.start, span.end).replace(/\s+/g, ' ')}”`;
}
