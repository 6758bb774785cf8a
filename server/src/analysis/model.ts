// The document model every rule reads: blocks, sentences, quotations and attributions, built
// paragraph by paragraph. A paragraph's analysis depends only on its own prose, so it is cached
// by content: while a writer types, only the paragraph under the cursor is analysed again, and
// the document-wide steps (quotations running across paragraphs, pronoun resolution) are cheap.
import { findSentenceAttributions, type FoundAttribution } from './attributions';
import { extractProse, updateProse, type Block, type BlockKind, type MarkdownStructure } from './prose';
import { findQuotePieces, joinQuotes, type Quote, type QuotePiece } from './quotes';
import { sentenceAttributionScore } from './sentence-attribution';
import { splitSentences } from './sentences';
import { firstIndexWhere } from './span-index';
import { blockPeople, buildPeople, isOutlet, peopleIntroducedWithin, resolvePerson, type PeopleModel } from './people';
import { classifySource, isCrowd, isCrowdCue, isDocumentSource, isSpeaker, namesPerson, PRONOUNS } from './sources';
import type { Attribution, DocumentFormat, SourceKind, Span, TextSpan } from './types';
import { tokenize, type Token, type TokenFacts } from './words';

export interface Sentence extends Span {
  block: number;
  /** The cue tagger's best margin for a cue in this sentence (see cue-tagger.ts). */
  cueMargin: number;
  /** How likely the sentence carries an attribution at all (see sentence-attribution.ts); Infinity when one was found. */
  attributionScore: number;
  /** Indices into `attributions` of the attributions whose cue is in this sentence. */
  attributions: number[];
}

export interface DocumentModel {
  text: string;
  prose: string;
  format: DocumentFormat;
  blocks: Block[];
  sentences: Sentence[];
  quotes: Quote[];
  attributions: Attribution[];
  /** Whether the attribution is inside another speaker's quotation. */
  nested: boolean[];
  /** The people the story introduces and the outlets its sources spoke to (see people.ts). */
  people: PeopleModel;
  /** Markdown only: the HTML nodes of the document (comments that may hold directives). */
  html?: Span[];
  /** Markdown only: the document's top-level structure, for building the next version's model from this one. */
  structure?: MarkdownStructure;
  /** Results of pure functions of short texts, kept from one version of the document to the next (see memoOf). */
  memo: Memo;
}

/** Per-document caches by name: each maps a text to what a pure function of it returned. */
export type Memo = Map<string, Map<string, unknown>>;

const MEMO_LIMIT = 20_000;
/**
 * And at most this many characters of keys and string values (about 2 MB): a key may be a whole
 * paragraph (inconsistent-figure's latest year per run of paragraphs), and every edit of it adds
 * one; 20,000 of them held tens of megabytes per open document before the entry limit cleared them.
 */
export const MEMO_CHARS = 1_000_000;

/**
 * The cache `name` of the document's memo. The editor analyses the whole document again on each
 * keystroke, and a story names the same sources and people again and again: what depends on a
 * short text alone (a source's classification, a name's spelling key) is worked out once per
 * document, not once per keystroke. The memo lives on the model, which the next analysis of the
 * same document receives as `previous`; it never changes a result.
 */
export function memoOf<T>(memo: Memo, name: string): Map<string, T> {
  let cache = memo.get(name);
  if (!cache) memo.set(name, (cache = new DetachedMap()));
  else if (cache.size > MEMO_LIMIT || (cache instanceof DetachedMap && cache.chars > MEMO_CHARS)) cache.clear();
  return cache as Map<string, T>;
}

/**
 * A map that keeps copies of the strings it is given, never the strings themselves. A short text
 * cut from the document (a sentence, a name) is, in V8, a view into the whole document's text: a
 * memo kept from one keystroke to the next would hold on to one copy of the whole document per
 * edit (2,000 edits of a 60 KB story held 120 MB in a test), until its limit cleared it.
 */
class DetachedMap<T> extends Map<string, T> {
  /** The characters of the keys and string values stored since the map was last cleared. */
  chars = 0;

  override set(key: string, value: T): this {
    this.chars += key.length + (typeof value === 'string' ? value.length : 0);
    return super.set(detached(key), detachedValue(value));
  }

  override clear(): void {
    this.chars = 0;
    super.clear();
  }
}

/** A copy of a string that does not refer to the text it was cut from (a concatenation is flattened, then cut). */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function detachedValue<T>(value: T): T {
  if (typeof value === 'string') return detached(value) as T;
  if (value instanceof Set) return new Set([...value].map((v: unknown) => (typeof v === 'string' ? detached(v) : v))) as T;
  return value;
}

/**
 * A cache by text of what one version of a document asks for, kept for the next version: what the
 * version being analysed looks up is found among what this version or the one before it stored,
 * and what two versions in a row did not ask for is dropped. Keyed by a paragraph or a sentence,
 * it holds what the document has now, not a copy of every edited paragraph (a memo cache keeps
 * those until its limit clears it). Keys and what `value` holds are the cache's own: values must
 * not refer to the document's text (store copies: see `detached`), and must not be changed by
 * whoever reads them.
 */
export interface VersionCache<T> {
  get(text: string): T | undefined;
  /** Stores a copy of `value` whose strings are its own, and returns it. */
  set(text: string, value: T): T;
}

class VersionedEntries<T> implements VersionCache<T> {
  private version: object | null = null;
  private previous = new Map<string, { key: string; value: T }>();
  private current = new Map<string, { key: string; value: T }>();

  /** This cache for `version` (a document model): a new version makes the current entries the previous ones. */
  at(version: object): this {
    if (version !== this.version) {
      this.version = version;
      this.previous = this.current;
      this.current = new Map();
    }
    return this;
  }

  get(text: string): T | undefined {
    let entry = this.current.get(text);
    if (entry === undefined) {
      entry = this.previous.get(text);
      if (entry !== undefined) this.current.set(entry.key, entry);
    }
    return entry?.value;
  }

  set(text: string, value: T): T {
    const key = detached(text);
    const own = deeplyDetached(value);
    this.current.set(key, { key, value: own });
    return own;
  }
}

/** `value` with every string in it (in arrays, sets, maps and plain objects) its own copy (see DetachedMap). */
export function deeplyDetached<T>(value: T): T {
  if (typeof value === 'string') return detached(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(deeplyDetached) as T;
  if (value instanceof Set) return new Set([...value].map(deeplyDetached)) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [deeplyDetached(k), deeplyDetached(v)])) as T;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = deeplyDetached(v);
  return out as T;
}

const versionCaches = new WeakMap<Memo, Map<string, VersionedEntries<unknown>>>();

/** The cache `name` of the document's memo for the version `model` (see VersionCache). */
export function versionCacheOf<T>(model: DocumentModel, name: string): VersionCache<T> {
  let byName = versionCaches.get(model.memo);
  if (!byName) versionCaches.set(model.memo, (byName = new Map()));
  let cache = byName.get(name);
  if (!cache) byName.set(name, (cache = new VersionedEntries()));
  return (cache as VersionedEntries<T>).at(model);
}

/** `compute`, answered from `cache` for a text it has seen. */
export function memoize<T>(cache: Map<string, T>, compute: (text: string) => T): (text: string) => T {
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}

interface BlockAnalysis {
  sentences: (Span & { cueMargin: number; attributionScore: number })[];
  quotes: QuotePiece[];
  attributions: FoundAttribution[];
  /** The people and outlets the block mentions (see people.ts). */
  people: PeopleModel;
}

/**
 * The analyses of a version's blocks by kind and text, kept in the document's memo (under
 * BLOCKS) for the next version: only the blocks of the latest version are kept, so an edited
 * paragraph's old analyses do not pile up. Each entry holds its key, so that a block found again
 * is stored under the same string, and is analysed from its own copy of its text: nothing kept
 * refers to the document's text (see DetachedMap).
 */
type BlockAnalyses = Map<string, { key: string; analysis: BlockAnalysis }>;
const BLOCKS = 'block-analyses';

function analyzeBlock(prose: string, block: Block, previous: BlockAnalyses | undefined, current: BlockAnalyses): BlockAnalysis {
  const text = prose.slice(block.start, block.end);
  const key = block.kind + '\u0000' + text;
  let entry = previous?.get(key) ?? current.get(key);
  if (!entry) {
    const own = detached(key);
    entry = { key: own, analysis: analyzeBlockText(own.slice(own.indexOf('\u0000') + 1), block.kind) };
  }
  current.set(entry.key, entry);
  return entry.analysis;
}

/** Block analysis with offsets relative to the block's start. */
function analyzeBlockText(text: string, _kind: BlockKind): BlockAnalysis {
  const spans = capSentenceLength(text, splitSentences(text, 0, text.length));
  // The block is tokenised once, for its sentences and its people (see sentenceTokens).
  const facts: TokenFacts[] = [];
  const tokens = tokenize(text, 0, text.length, facts);
  let firstToken = 0;
  const quotes = findQuotePieces(text);
  const attributions: FoundAttribution[] = [];
  const bySentence: FoundAttribution[][] = [];
  // Sentences and a block's quotation pieces are both in order and do not overlap: the pieces
  // overlapping each sentence are found with one pointer, not a scan of every piece per sentence.
  let firstQuote = 0;
  const sentences = spans.map((sentence) => {
    while (firstQuote < quotes.length && quotes[firstQuote]!.end <= sentence.start) firstQuote++;
    const overlapping: QuotePiece[] = [];
    for (let q = firstQuote; q < quotes.length && quotes[q]!.start < sentence.end; q++) if (sentence.start < quotes[q]!.end) overlapping.push(quotes[q]!);
    while (firstToken < tokens.length && tokens[firstToken]!.end <= sentence.start) firstToken++;
    const own = sentenceTokens(tokens, facts, firstToken, sentence);
    const found_ = findSentenceAttributions({ prose: text, sentence, quotes: overlapping }, own?.tokens, own?.facts);
    const { found, cueMargin, inQuote } = found_;
    bySentence.push(found);
    attributions.push(...found);
    // A sentence with an attribution of its own needs no estimate of whether it has one.
    return { ...sentence, cueMargin, attributionScore: found.length > 0 ? Infinity : sentenceAttributionScore(found_.tokens, inQuote, found_.facts) };
  });
  extendSplitQuotes(text, sentences, quotes, bySentence);
  return { sentences, quotes, attributions, people: blockPeople(text, tokens, facts) };
}

/**
 * The tokens of `sentence` cut from its block's tokens (`first`: the first that ends after the
 * sentence starts), as tokenize would give for the sentence alone: tokenising is a scan left to
 * right that looks at most two characters ahead, so the two agree unless a token of the block
 * runs across the sentence's start or end ("said.The", a sentence cut mid-word). Null then, and
 * the sentence is tokenised on its own.
 */
function sentenceTokens(
  tokens: readonly Token[],
  facts: readonly TokenFacts[],
  first: number,
  sentence: Span,
): { tokens: Token[]; facts: TokenFacts[] } | null {
  if (first < tokens.length && tokens[first]!.start < sentence.start) return null;
  let end = first;
  while (end < tokens.length && tokens[end]!.end <= sentence.end) end++;
  if (end < tokens.length && tokens[end]!.start < sentence.end) return null;
  return { tokens: tokens.slice(first, end), facts: facts.slice(first, end) };
}

/**
 * The longest run of prose analysed as one sentence. A text without sentence punctuation (a
 * pasted table, a transcript, a file of one 5 MB line) is cut at a space near this length, so
 * that the per-sentence work stays bounded and any input takes time linear in its size. News
 * sentences are far shorter (a 120-word sentence is about 800 characters).
 */
export const MAX_SENTENCE_LENGTH = 4000;

function capSentenceLength(text: string, spans: Span[]): Span[] {
  if (spans.every((s) => s.end - s.start <= MAX_SENTENCE_LENGTH)) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE_LENGTH) {
      // At the last space in the second half of the window; else mid-word, never inside a surrogate pair.
      let cut = start + MAX_SENTENCE_LENGTH;
      while (cut > start + MAX_SENTENCE_LENGTH / 2 && !/\s/.test(text[cut]!)) cut--;
      if (!/\s/.test(text[cut]!)) {
        cut = start + MAX_SENTENCE_LENGTH;
        if (/[\uDC00-\uDFFF]/.test(text[cut]!)) cut--;
      }
      let end = cut;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
      start = cut;
      while (start < s.end && /\s/.test(text[start]!)) start++;
    }
    if (s.end > start) out.push({ start, end: s.end });
  }
  return out;
}

/**
 * (The pieces are in order and do not overlap: the one a sentence needs is found by binary search,
 * not by a scan of the paragraph's pieces per sentence.)
 * "“A,” she said. “B.”" and "“A,” she said, “B.”": one speaker, one quotation in two parts. The
 * content runs from the first part to the end of the last quotation that follows with no
 * speaker of its own.
 */
function extendSplitQuotes(text: string, sentences: readonly Span[], quotes: readonly QuotePiece[], bySentence: FoundAttribution[][]): void {
  bySentence.forEach((found, k) => {
    const last = found[found.length - 1];
    if (!last?.content || !last.direct || last.content.end > last.cue.start) return;
    let end = last.content.end;
    // The rest of this sentence: ", “B.”" after the cue and its source.
    const after = quotes[firstIndexWhere(quotes.length, (q) => quotes[q]!.start > last.cue.end)];
    const tail = after && after.start < sentences[k]!.end ? after : undefined;
    if (tail && /^[\s,\p{L}\p{N}.’'-]*$/u.test(text.slice(last.cue.end, tail.start)) && !found.some((a) => a !== last && a.cue.start > last.cue.end))
      end = tail.end;
    // Following sentences that are nothing but quotation, with no speaker of their own.
    for (let j = k + 1; j < sentences.length && bySentence[j]!.length === 0; j++) {
      const next = sentences[j]!;
      const at = quotes[firstIndexWhere(quotes.length, (q) => quotes[q]!.start >= next.start)];
      const q = at?.start === next.start ? at : undefined;
      if (!q || q.end < next.end - 1) break;
      end = q.end;
    }
    if (end > last.content.end) last.content = { start: last.content.start, end };
  });
}

/**
 * `previous`, the model of an earlier version of the same document, lets the prose be updated
 * instead of extracted again where the change allows it (see updateProse); the model is the same.
 */
export function buildModel(text: string, format: DocumentFormat, previous?: DocumentModel): DocumentModel {
  const updated =
    previous?.structure && format === 'markdown' && previous.format === 'markdown'
      ? updateProse(previous.text, { text: previous.prose, blocks: previous.blocks, html: previous.html, structure: previous.structure }, text)
      : null;
  const { text: prose, blocks, html, structure } = updated ?? extractProse(text, format);
  const sentences: Sentence[] = [];
  const pieces: QuotePiece[][] = [];
  const found: FoundAttribution[] = [];
  const blockPeopleFound: PeopleModel[] = [];
  const memo: Memo = previous?.memo ?? new Map();
  const previousBlocks = memo.get(BLOCKS) as BlockAnalyses | undefined;
  const currentBlocks: BlockAnalyses = new Map();
  const analyses: BlockAnalysis[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const analysis = analyzeBlock(prose, block, previousBlocks, currentBlocks);
    analyses.push(analysis);
    blockPeopleFound.push(analysis.people);
    const shift = block.start;
    for (const s of analysis.sentences)
      sentences.push({ start: s.start + shift, end: s.end + shift, block: b, cueMargin: s.cueMargin, attributionScore: s.attributionScore, attributions: [] });
    pieces.push(
      analysis.quotes.map((q) => ({ ...q, start: q.start + shift, end: q.end + shift, innerStart: q.innerStart + shift, innerEnd: q.innerEnd + shift })),
    );
    for (const a of analysis.attributions) found.push(shiftAttribution(a, shift));
  }
  const quotes = joinQuotes(blocks, pieces, prose);
  extendContentOverJoinedQuotes(found, quotes, prose);
  const attributions: Attribution[] = [];
  const nested: boolean[] = [];
  const people = buildPeople(prose, blocks, blockPeopleFound);
  memo.set(BLOCKS, currentBlocks as Map<string, unknown>);
  const names = capitalisedMidSentence(prose, blocks, previous ? memo : undefined);
  const speaker = memoize(memoOf<boolean>(memo, 'is-speaker'), isSpeaker);
  for (const a of found) {
    const source = a.source ? textSpan(text, a.source) : null;
    const cue = textSpan(text, a.cue);
    attributions.push({ cue, source, content: a.content, sourceKind: source ? kindOf(text, people, names, source, cue, speaker) : null, direct: a.direct });
    nested.push(a.nested);
  }
  resolvePronouns(attributions, nested, people);
  let s = 0;
  attributions.forEach((a, index) => {
    while (s < sentences.length && sentences[s]!.end <= a.cue.start) s++;
    if (s < sentences.length && sentences[s]!.start <= a.cue.start) sentences[s]!.attributions.push(index);
  });
  const model = { text, prose, format, blocks, sentences, quotes, attributions, nested, people, html, structure } as DocumentModel;
  // Not enumerable: a cache is no part of what the model says (models compare and serialise without it).
  Object.defineProperty(model, 'memo', { value: memo, enumerable: false });
  blockAnalyses.set(model, analyses);
  return model;
}

// Per model, the analysis of each of its blocks: one object for one text of a block, the same from one
// version of the document to the next while the block's text is unchanged (see analyzeBlock).
const blockAnalyses = new WeakMap<DocumentModel, readonly object[]>();

/**
 * An object that stands for the text of the model's block `b`, and is the same object in the next
 * version of the document as long as that text is unchanged (and no longer kept once it has
 * changed): what is kept for a sentence of the block can be kept with it, and found again without
 * hashing the sentence's text (see rules/helpers.ts).
 */
export function blockIdentity(model: DocumentModel, b: number): object | undefined {
  return blockAnalyses.get(model)?.[b];
}

// What kind of source an attribution has: one classification, in the document's context, that the
// rules, the ledger and the report all read. Null when the "source" is no one (see isSpeaker).
function kindOf(
  text: string,
  people: PeopleModel,
  names: (word: string) => boolean,
  source: TextSpan,
  cue: TextSpan,
  speaker: (text: string) => boolean,
): SourceKind | null {
  // "More and more firms are finding themselves in deep water": a situation, not a report.
  if (!speaker(source.text) || REFLEXIVE.test(text.slice(cue.end, cue.end + 14))) return null;
  // "…, with 12% saying they had posted": a preposition opens an adjunct, not a speaker.
  if (PREPOSITION_FIRST.test(source.text)) return null;
  const kind = sourceKindOf(source.text);
  // "Brent Bozell, PTC president and conservative activist said": the role in apposition to a
  // person the story has just named is that person.
  // ("…met Jane Smith, a spokesman said": an indefinite role is someone else.)
  if (kind === 'anonymous' && !/^(?:a|an|one|another)\s/i.test(source.text) && appositionToPerson(people, text, source)) return 'named';
  // "Labour, in particular, fears …": one capitalised word the story writes capitalised in the
  // middle of its sentences too is a name (a party, a body), not an unnamed source; a plural
  // ("Republicans", "Mexicans") is people of a party or a country, unnamed.
  if (
    kind === 'anonymous' &&
    /^\p{Lu}[\p{L}’'-]*[^\P{L}s]$/u.test(source.text.trim()) &&
    names(source.text.trim()) &&
    !ROLE_WORDS.has(source.text.trim().toLowerCase())
  )
    return 'named';
  // "Price told the meeting", "The actress said": a person the story introduced, by surname or by
  // the role it gave them, is named, whatever the words mean on their own.
  if (
    (kind === 'anonymous' || kind === 'vague' || kind === 'named') &&
    (resolvePerson(people, source.text, source.start) || namedInApposition(people, text, source))
  )
    return 'named';
  // "Economists expect", "Privacy advocates are concerned", "Some consumer groups have expressed
  // concern": a generic or quantified crowd that says or believes is vague, whatever its noun.
  if ((kind === 'anonymous' || kind === 'named') && isCrowdCue(cue.text) && isCrowd(source.text, names)) return 'vague';
  // A lone document word is vague only as a subject ("Analysis shows …", "…, and research
  // suggests"), not as the first half of a noun the cue tagger split ("many running research |
  // projects").
  if (kind === 'vague' && !/\s/.test(source.text.trim()) && isDocumentSource(source.text)) {
    const before = text.slice(Math.max(0, source.start - 30), source.start);
    const word = before.trimEnd().split(/\s/).pop() ?? '';
    if (before.length > before.trimEnd().length && /^\p{Ll}+$/u.test(word) && !CLAUSE_OPENERS.has(word)) return 'document';
  }
  return kind;
}
// Whether the story capitalises a word after a lower-case word or a comma: a name ("… close for
// Harlow"), not a common word capitalised to open a sentence. The set is built once, when asked.
// `memo`, when the document is analysed again: the words are found piece by piece of the prose
// (capitalisedAfterLower) and kept by each piece's text, so that an edit scans one paragraph again.
function capitalisedMidSentence(prose: string, blocks: readonly Span[], memo?: Memo): (word: string) => boolean {
  let set: Set<string> | null = null;
  return (word) => {
    if (!set) {
      set = new Set();
      for (const w of memo ? capitalisedAfterLower(prose, blocks, memoOf<readonly string[]>(memo, 'capitalised-mid-sentence')) : wordsAfterLower(prose))
        set.add(w);
    }
    return set.has(word);
  };
}

const AFTER_LOWER = /[\p{Ll},]\s+(\p{Lu}[\p{L}-]*)/gu;

/** The words AFTER_LOWER captures in `text`, scanned from its start, in order. */
function wordsAfterLower(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(AFTER_LOWER)) words.push(m[1]!);
  return words;
}

/**
 * The words AFTER_LOWER captures in the whole prose, found piece by piece and kept by each piece's
 * text in `cache`. The prose is cut where a block starts after whitespace that follows a character
 * other than a lower-case letter or a comma: no match can hold that whitespace (a match is such a
 * character, whitespace, then a capitalised word), so a scan of the whole prose reaches the cut with
 * no match open and goes on from it as a scan of the piece alone would, and the words are the same
 * (the order aside). A block after a heading that ends in a lower-case letter stays in one piece
 * with the heading ("## Flooding in the city" then "Residents said …" gives "Residents").
 */
export function capitalisedAfterLower(prose: string, blocks: readonly Span[], cache: Map<string, readonly string[]>): string[] {
  const words: string[] = [];
  let start = 0;
  const piece = (end: number) => {
    if (end <= start) return;
    const text = prose.slice(start, end);
    let found = cache.get(text);
    // Each word its own copy: what the memo keeps must not refer to the document's text (see DetachedMap).
    if (!found) cache.set(text, (found = wordsAfterLower(text).map(detached)));
    for (const w of found) words.push(w);
    start = end;
  };
  for (const block of blocks) if (openingAfterAStop(prose, block.start)) piece(block.start);
  piece(prose.length);
  return words;
}

/** Whether whitespace ends right before `at`, after a character that is neither a lower-case letter nor a comma (or after nothing). */
function openingAfterAStop(prose: string, at: number): boolean {
  if (at <= 0 || !/\s/.test(prose[at - 1]!)) return false;
  let j = at - 1;
  while (j >= 0 && /\s/.test(prose[j]!)) j--;
  if (j < 0) return true;
  // The character as the u flag reads it: a surrogate pair is one (a mathematical letter may be lower-case).
  const pair = j > 0 && /[\uDC00-\uDFFF]/.test(prose[j]!) && /[\uD800-\uDBFF]/.test(prose[j - 1]!);
  return !/^[\p{Ll},]$/u.test(pair ? prose.slice(j - 1, j + 1) : prose[j]!);
}
const CLAUSE_OPENERS = new Set(['and', 'or', 'but', 'that', 'which', 'as', 'while', 'because', 'since', 'so', 'if', 'when', 'though', 'although']);
const PREPOSITION_FIRST = /^(?:with|of|for|in|on|at|from|to|after|before|during|about|into|over|under)\s/i;
// Plural role and crowd words that stay unnamed wherever they are capitalised ("Officials", "Aides").
const ROLE_WORDS = new Set(['officials', 'aides', 'sources', 'critics', 'experts', 'analysts', 'insiders', 'spokesmen', 'diplomats', 'observers']);

// The source right after "<a person the story introduces>, ": their apposition.
function appositionToPerson(people: PeopleModel, text: string, source: Span): boolean {
  const before = peopleIntroducedWithin(people, { start: Math.max(-1, source.start - 80), end: source.start });
  const last = before[before.length - 1];
  return last !== undefined && /^\s*,\s*$/.test(text.slice(last.introduced.end, source.start));
}
const REFLEXIVE = /^\s+(?:themselves|himself|herself|itself|ourselves|myself|yourself|yourselves)\b/i;

// "Another former lawmaker, Sen. Joe Lieberman (I-Conn.),": a person the story introduces in an
// appositive to the source is the source ("a spokesman for Tony Blair" is not Blair).
function namedInApposition(people: PeopleModel, text: string, source: Span): boolean {
  return peopleIntroducedWithin(people, source).some((p) => /[,—–(]\s*$/.test(text.slice(source.start, p.introduced.start)));
}

// classifySource depends on the text alone: a document's sources are classified again only when new.
const KINDS_LIMIT = 50_000;
const kinds = new Map<string, SourceKind>();

function sourceKindOf(text: string): SourceKind {
  let kind = kinds.get(text);
  if (kind === undefined) {
    kind = classifySource(text).kind;
    if (kinds.size >= KINDS_LIMIT) kinds.clear();
    kinds.set(detached(text), kind);
  }
  return kind;
}

function shiftAttribution(a: FoundAttribution, shift: number): FoundAttribution {
  const move = (s: Span | null) => (s ? { start: s.start + shift, end: s.end + shift } : null);
  return { ...a, cue: move(a.cue)!, source: move(a.source), content: move(a.content) };
}

function textSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

// Content that starts at a quotation running on into later paragraphs runs to its end; content
// that ends a quotation which began in an earlier paragraph runs from its start.
function extendContentOverJoinedQuotes(found: FoundAttribution[], quotes: Quote[], prose: string): void {
  const multiParagraph = quotes.filter((q) => /[\r\n]/.test(prose.slice(q.start, q.end)));
  if (multiParagraph.length === 0) return;
  for (const a of found) {
    const c = a.content;
    if (!c) continue;
    for (const q of multiParagraph) {
      if (a.cue.start >= q.start && a.cue.end <= q.end) continue;
      if (c.start >= q.start && c.start <= q.start + 1 && c.end < q.end) c.end = q.end;
      else if (c.start > q.start && c.start < q.end && c.end >= q.end - 1 && c.end <= q.end) c.start = q.start;
    }
  }
}

// "he said": the nearest named source before it; "he" and "she" the nearest that is a person. An
// outlet a source spoke to ("told BBC Sport") is a listener, never the speaker a pronoun stands for.
function resolvePronouns(attributions: Attribution[], nested: boolean[], people: PeopleModel): void {
  let lastNamed: TextSpan | null = null;
  let lastPerson: TextSpan | null = null;
  attributions.forEach((a, i) => {
    if (!a.source || nested[i] || isOutlet(people, a.source)) return;
    if (a.sourceKind === 'named') {
      lastNamed = a.source;
      if (namesPerson(a.source.text) || resolvePerson(people, a.source.text, a.source.start)) lastPerson = a.source;
    } else if (a.sourceKind === 'pronoun' && PRONOUNS.has(a.source.text.toLowerCase())) {
      const personal = /^(?:he|she|him|her|his)$/i.test(a.source.text);
      const to = personal ? (lastPerson ?? lastNamed) : lastNamed;
      if (to) a.resolvedSource = to;
    }
  });
}
