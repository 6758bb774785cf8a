// The writer's sources — interview transcripts, notes, press releases — as an in-memory index
// that direct quotations are looked up in. Pure: the shell (CLI, language server) reads the
// files and hands their text in (see cli/sources.ts); nothing here touches the disk or the
// network. Comparison ignores case, punctuation, quotation marks and whitespace; an ellipsis in
// the quotation ("…", "...") is a gap and a bracketed insertion ("[the president]") a wildcard.
import { LineIndex } from './positions';
import type { SpeakerTurn } from './transcripts';

export interface SourceDocument {
  /** How the document is named in messages: a path relative to the config file, `/`-separated. */
  path: string;
  /**
   * Its text, as transcriptText() returns it for .vtt/.srt files: the file's own characters
   * with timestamps and markup blanked, so offsets and lines are the file's.
   */
  text: string;
  /** Who speaks where (transcriptSource): a quotation is matched against its speaker's turns first. */
  turns?: readonly SpeakerTurn[];
}

export interface SourcePassage {
  path: string;
  /** Offsets into the document's text, and its 1-based line. */
  start: number;
  end: number;
  line: number;
  /** The passage's words as the source has them, whitespace collapsed. */
  text: string;
  /** The speaker whose turn the passage is in, when the source labels its speakers. */
  speaker?: string;
}

export interface QuoteMatch {
  /** `exact`: every word is there (ellipses and brackets allowed); `close`: the words differ. */
  kind: 'exact' | 'close';
  /** Share of the quotation's words that align with the passage (1 for exact). */
  similarity: number;
  passage: SourcePassage;
}

/** What the quote-not-in-sources rule asks of the sources. */
export interface QuoteSources {
  /** The documents searched, for messages ("not in the 3 source files"). */
  readonly paths: readonly string[];
  /**
   * The best passage for a quotation's inner text, or null when nothing is close enough. With
   * `speaker` (who the story says spoke), a passage in that speaker's turns is preferred.
   */
  match(quotation: string, minSimilarity?: number, speaker?: string): QuoteMatch | null;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

type Item = { kind: 'word'; word: string } | { kind: 'wildcard' } | { kind: 'gap' };

const WORD = /[\p{L}\p{N}]+(?:['’‘][\p{L}]+)*/gu;
// The most words a bracketed insertion stands for, and the most words an ellipsis leaves out.
const WILDCARD_MAX = 4;
const GAP_MAX = 250;
/** Quotations shorter than this are only matched exactly. */
export const CLOSE_MIN_WORDS = 8;
// A name and nothing else, with an optional title: "John Robins", "Ms Begum", "ANDY BURNHAM".
const NAME_ONLY = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+)?\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)*$/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    const s = start + m.index;
    for (const word of expand(normalizeWord(m[0]))) out.push({ word, start: s, end: s + m[0].length });
  }
  return out;
}

function normalizeWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
}

// Contractions count as their long forms, so "we've" matches "we have" and "can't" "cannot".
const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "i'm": ['i', 'am'],
  "let's": ['let', 'us'],
};
const IS_CONTRACTED = new Set([
  'it',
  'that',
  'there',
  'what',
  'he',
  'she',
  'who',
  'here',
  'where',
  'this',
  'how',
  'everyone',
  'everything',
  'nobody',
  'nothing',
  'somebody',
  'something',
]);
function expand(word: string): string[] {
  const fixed = CONTRACTIONS[word];
  if (fixed) return fixed;
  const m = /^(\p{L}+)('(?:ve|re|ll|d|s)|n't)$/u.exec(word);
  if (!m) return [word];
  const tail = m[2]!;
  const long = tail === "n't" ? 'not' : tail === "'ve" ? 'have' : tail === "'re" ? 'are' : tail === "'ll" ? 'will' : tail === "'d" ? 'would' : null;
  if (long) return [m[1]!, long];
  // "it's" is "it is"; after a name or a noun "'s" is a possessive ("ISIS's" and "ISIS'" are one
  // spelling choice): dropped.
  return IS_CONTRACTED.has(m[1]!) ? [m[1]!, 'is'] : [m[1]!];
}

/** A quotation's inner text as words, gaps (ellipses) and wildcards (bracketed insertions). */
export function quotationItems(quotation: string): Item[] {
  const items: Item[] = [];
  // `\[[^[\]]*\]`: an insertion ends before another opens (with `[^\]]*` every unclosed "[" of a
  // long quotation scanned to its end).
  const PART = /(\.\s?\.\s?\.|…)|(\[[^[\]]*\])|([\p{L}\p{N}]+(?:['’‘][\p{L}]+)*)/gu;
  let m: RegExpExecArray | null;
  while ((m = PART.exec(quotation)) !== null) {
    if (m[1]) {
      if (items.length > 0 && items[items.length - 1]!.kind !== 'gap') items.push({ kind: 'gap' });
    } else if (m[2]) items.push({ kind: 'wildcard' });
    else for (const word of expand(normalizeWord(m[3]!))) items.push({ kind: 'word', word });
  }
  while (items.length > 0 && items[items.length - 1]!.kind !== 'word') items.pop();
  while (items.length > 0 && items[0]!.kind !== 'word') items.shift();
  return items;
}

interface IndexedDocument {
  path: string;
  turns: readonly SpeakerTurn[];
  text: string;
  /** The text with the non-speech of split quotations and bracketed insertions blanked (same offsets). */
  speech: string;
  tokens: Token[];
  lines: LineIndex;
}

/** The sources, plus a lookup that leaves one document out (for evaluating on a corpus against itself). */
export interface QuoteSourceIndex extends QuoteSources {
  matchExcept(quotation: string, minSimilarity: number, skipPath: string, speaker?: string): QuoteMatch | null;
}

/**
 * A press release or a set of notes quotes its speakers the way news copy does: “A,” she said.
 * “B.” The words between the two parts, and editorial insertions in brackets, are not the
 * speaker's: they are left out of the words a quotation is matched against.
 */
const SPLIT_QUOTE =
  /(?<=[,.?!…—-]\s?)(?:["”]|'')\s+(?:(?!'')[^"“”]){1,80}?\b(?:said|says|say|stated|states|continued|added|adds|told|tells|wrote|writes|asked|explained|noted|insisted|went on)\b(?:(?!'')[^"“”]){0,80}?[.,:]?\s+(?:["“]|'')/g;
const BRACKETED = /\[[^\]\r\n]{1,40}\]/g;

function speakersWords(text: string): string {
  return text.replace(SPLIT_QUOTE, (m) => ' '.repeat(m.length)).replace(BRACKETED, (m) => ' '.repeat(m.length));
}

export function createQuoteSources(documents: readonly SourceDocument[]): QuoteSourceIndex {
  const docs: IndexedDocument[] = documents.map((d) => {
    const speech = speakersWords(d.text);
    return { path: d.path, turns: d.turns ?? [], text: d.text, speech, tokens: tokenize(speech), lines: new LineIndex(d.text) };
  });
  // word → [doc, position] pairs, flattened.
  const index = new Map<string, number[]>();
  docs.forEach((d, di) =>
    d.tokens.forEach((t, ti) => {
      let list = index.get(t.word);
      if (!list) index.set(t.word, (list = []));
      list.push(di, ti);
    }),
  );
  const occurrences = (word: string) => index.get(word) ?? [];

  const passage = (di: number, from: number, to: number): SourcePassage => {
    const d = docs[di]!;
    const start = d.tokens[from]!.start;
    const end = d.tokens[to]!.end;
    const words = d.speech
      .slice(start, end)
      .replace(/["“”]/g, ' ')
      .replace(/\s+([,.?!;:])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    const turn = d.turns.find((t) => t.start <= start && start < t.end);
    return { path: d.path, start, end, line: d.lines.positionAt(start).line + 1, text: words, ...(turn ? { speaker: turn.speaker } : {}) };
  };
  // "Amanda Price", "ANDY BURNHAM", "Price": the same speaker when the surnames agree. A source
  // written with its description ("Amanda Price, the council's cabinet member for children", "The
  // chief constable of West Yorkshire Police, John Robins,") is the name in it, not its last word.
  let wanted: string | null = null;
  const surname = (name: string) => {
    const parts = name
      .replace(/\([^()]*\)/g, ' ')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const named = parts.find((x) => NAME_ONLY.test(x)) ?? parts[0] ?? '';
    return (
      named
        .toLowerCase()
        .replace(/[’']s$/u, '')
        .split(/\s+/)
        .pop()
        ?.replace(/[^\p{L}’'-]/gu, '') ?? ''
    );
  };
  const bySpeaker = (p: SourcePassage) => wanted !== null && p.speaker !== undefined && surname(p.speaker) === wanted;

  let skip = -1;
  const exact = (items: Item[]): QuoteMatch | null => {
    const first = items[0];
    if (!first || first.kind !== 'word') return null;
    const list = occurrences(first.word);
    let found: QuoteMatch | null = null;
    for (let k = 0; k < list.length; k += 2) {
      const di = list[k]!;
      if (di === skip) continue;
      const end = matchFrom(docs[di]!.tokens, items, 0, list[k + 1]!, occurrencesIn(index, di));
      if (end === null) continue;
      const m: QuoteMatch = { kind: 'exact', similarity: 1, passage: passage(di, list[k + 1]!, end) };
      // The speaker's own words first; else the first place the words are.
      if (wanted === null || bySpeaker(m.passage)) return m;
      found ??= m;
    }
    return found;
  };

  const close = (items: Item[], minSimilarity: number, shape: QuotationShape): QuoteMatch | null => {
    const words = items.filter((i): i is { kind: 'word'; word: string } => i.kind === 'word').map((i) => i.word);
    // A short quotation is one changed word away from any common phrase: only exact matches count.
    if (words.length < CLOSE_MIN_WORDS) return null;
    // Vote for where the quotation would start, from the occurrences of its rarer words.
    const votes = new Map<string, number>();
    const distinct = [...new Set(words)].sort((a, b) => occurrences(a).length - occurrences(b).length).slice(0, 12);
    for (const w of distinct) {
      const list = occurrences(w);
      if (list.length > 4000) continue;
      const at = words.map((x, j) => (x === w ? j : -1)).filter((j) => j >= 0);
      for (let k = 0; k < list.length; k += 2) {
        if (list[k] === skip) continue;
        for (const j of at) {
          const key = `${list[k]}:${Math.max(0, Math.floor((list[k + 1]! - j) / 4))}`;
          votes.set(key, (votes.get(key) ?? 0) + 1);
        }
      }
    }
    const need = Math.max(2, Math.ceil(Math.min(distinct.length, words.length) * 0.4));
    const starts = [...votes.entries()]
      .filter(([, v]) => v >= need)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30);
    let best: QuoteMatch | null = null;
    for (const [key] of starts) {
      const [di, bucket] = key.split(':').map(Number) as [number, number];
      const tokens = docs[di]!.tokens;
      const from = Math.max(0, bucket * 4 - 8);
      const to = Math.min(tokens.length, bucket * 4 + words.length + Math.ceil(words.length * 0.5) + 12);
      // The window, and the part of it in each of the speaker's turns: their words are aligned on their own.
      const windows: [number, number][] = [[from, to]];
      if (wanted !== null) {
        for (const t of docs[di]!.turns) {
          if (surname(t.speaker) !== wanted) continue;
          const a = Math.max(from, firstTokenAt(tokens, t.start));
          const b = Math.min(to, firstTokenAt(tokens, t.end));
          if (b - a >= Math.min(3, words.length)) windows.push([a, b]);
        }
      }
      for (const [wFrom, wTo] of windows) {
        const aligned = align(words, tokens, wFrom, wTo);
        if (!aligned) continue;
        const [start, end] = snap(docs[di]!, ...withinQuotationMarks(docs[di]!, aligned.start, aligned.end, words), shape);
        const spoken = tokens.slice(start, end + 1).map((t) => t.word);
        if (quotedLess(docs[di]!, start, end, words, spoken)) continue;
        const similarity = 1 - editDistance(words, spoken) / Math.max(words.length, spoken.length);
        if (similarity < minSimilarity) continue;
        const candidate: QuoteMatch = { kind: 'close', similarity, passage: passage(di, start, end) };
        // The speaker's turns first: a passage of theirs beats a closer one of someone else's.
        const mine = bySpeaker(candidate.passage);
        if (!best || (mine && !bySpeaker(best.passage)) || (mine === bySpeaker(best.passage) && similarity > best.similarity)) best = candidate;
      }
    }
    return best;
  };

  const match = (quotation: string, minSimilarity: number, skipPath?: string, speaker?: string): QuoteMatch | null => {
    wanted = speaker ? surname(speaker) : null;
    const items = quotationItems(quotation);
    if (items.length === 0) return null;
    skip = skipPath === undefined ? -1 : docs.findIndex((d) => d.path === skipPath);
    const shape = { startsSentence: /^[\s"“'‘(]*\p{Lu}/u.test(quotation), endsSentence: /[.?!…,]["”'’)]*\s*$/u.test(quotation) };
    return exact(items) ?? close(items, minSimilarity, shape);
  };
  return {
    paths: docs.map((d) => d.path),
    match: (quotation, minSimilarity = 0.7, speaker) => match(quotation, minSimilarity, undefined, speaker),
    matchExcept: match,
  };
}

interface QuotationShape {
  /** The quotation starts with a capital letter: the speaker's sentence starts there too. */
  startsSentence: boolean;
  /** It ends with a full stop or a comma before "she said": the speaker's sentence ended. */
  endsSentence: boolean;
}

/**
 * Fits an aligned passage to the speaker's sentences: a passage does not run over a sentence
 * break at its edges ("what's next. I cannot …" starts at "I"), and it reaches out to a sentence
 * break up to three words away when the quotation is a whole sentence ("… we were turned down."
 * for "… we were refused.").
 */
function snap(doc: IndexedDocument, start: number, end: number, shape: QuotationShape): [number, number] {
  const { tokens, speech: text } = doc;
  // A sentence ends at a full stop; a speaker's words end at a quotation mark (“…,” she said).
  const breakAfter = (i: number) =>
    i < 0 || i >= tokens.length - 1 || /[.?!…"“”]|''/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) || turnBreak(doc, i);
  for (let k = Math.min(end - 1, start + 2); k >= start; k--) {
    if (breakAfter(k)) {
      start = k + 1;
      break;
    }
  }
  for (let k = Math.max(start, end - 3); k < end; k++) {
    if (breakAfter(k)) {
      end = k;
      break;
    }
  }
  if (shape.endsSentence && !breakAfter(end)) {
    for (let k = end + 1; k <= Math.min(tokens.length - 1, end + 3); k++) {
      if (breakAfter(k)) {
        end = k;
        break;
      }
    }
  }
  if (shape.startsSentence && !breakAfter(start - 1)) {
    for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
      if (breakAfter(k - 1)) {
        start = k;
        break;
      }
    }
  }
  return [start, end];
}

/** Between token i and the next: a blank line or another speaker's label (a heading, a new turn). */
function turnBreak(doc: IndexedDocument, i: number): boolean {
  const a = doc.tokens[i]!.end;
  const b = doc.tokens[i + 1]!.start;
  return /\n[ \t]*\r?\n/.test(doc.speech.slice(a, b)) || doc.turns.some((t) => t.start >= a && t.start <= b);
}

/**
 * A passage does not run across a quotation mark: in a source that quotes (a press release, a
 * note), the words on the other side of one are not the speaker's. Of the stretches between
 * marks, the one sharing most words with the quotation is kept.
 */
function withinQuotationMarks(doc: IndexedDocument, start: number, end: number, words: readonly string[]): [number, number] {
  const { tokens, speech: text } = doc;
  const quoted = new Set(words);
  let best: [number, number] = [start, end];
  let bestScore = -1;
  let from = start;
  for (let k = start; k <= end; k++) {
    const last = k === end || /["“”]|''/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) || turnBreak(doc, k);
    if (!last) continue;
    let score = 0;
    for (let i = from; i <= k; i++) if (quoted.has(tokens[i]!.word)) score++;
    if (score > bestScore) {
      best = [from, k];
      bestScore = score;
    }
    from = k + 1;
  }
  return best;
}

/**
 * A source that quoted less of the same words: the passage is the quotation's own words with
 * some cut off at an edge where the source's quotation marks close (“…” she said). That source
 * does not show the words changed; it just does not have them all.
 */
function quotedLess(doc: IndexedDocument, start: number, end: number, words: readonly string[], spoken: readonly string[]): boolean {
  const joined = ` ${words.join(' ')} `;
  const at = joined.indexOf(` ${spoken.join(' ')} `);
  if (at < 0) return false;
  const before = joined.slice(0, at).trim() !== '';
  const after = joined.slice(at + spoken.join(' ').length + 2).trim() !== '';
  const mark = /["“”]|''/;
  const { tokens, speech: text } = doc;
  const openHere = mark.test(text.slice(start > 0 ? tokens[start - 1]!.end : 0, tokens[start]!.start));
  const closeHere = mark.test(text.slice(tokens[end]!.end, end + 1 < tokens.length ? tokens[end + 1]!.start : text.length));
  return (before || after) && (!before || openHere) && (!after || closeHere);
}

/** Word-level Levenshtein distance. */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The index of the first token starting at or after `offset`. */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function occurrencesIn(index: Map<string, number[]>, di: number): (word: string) => number[] {
  const cache = new Map<string, number[]>();
  return (word) => {
    let positions = cache.get(word);
    if (!positions) {
      const list = index.get(word) ?? [];
      positions = [];
      for (let k = 0; k < list.length; k += 2) if (list[k] === di) positions.push(list[k + 1]!);
      cache.set(word, positions);
    }
    return positions;
  };
}

/** Matches items[i…] at token position `pos`; returns the last matched token's position or null. */
function matchFrom(tokens: readonly Token[], items: readonly Item[], i: number, pos: number, positionsOf: (word: string) => number[]): number | null {
  const item = items[i];
  if (item === undefined) return pos - 1;
  if (item.kind === 'word') {
    if (tokens[pos]?.word !== item.word) return null;
    return matchFrom(tokens, items, i + 1, pos + 1, positionsOf);
  }
  if (item.kind === 'wildcard') {
    for (let skip = 0; skip <= WILDCARD_MAX; skip++) {
      const end = matchFrom(tokens, items, i + 1, pos + skip, positionsOf);
      if (end !== null) return end;
    }
    return null;
  }
  // A gap: the next word anywhere in the following stretch of the same document.
  const next = items[i + 1];
  if (!next || next.kind !== 'word') return matchFrom(tokens, items, i + 1, pos, positionsOf);
  for (const p of positionsOf(next.word)) {
    if (p < pos) continue;
    if (p > pos + GAP_MAX) break;
    const end = matchFrom(tokens, items, i + 1, p, positionsOf);
    if (end !== null) return end;
  }
  return null;
}

/**
 * Semi-global alignment of the quotation's words against tokens[from, to): every quoted word is
 * aligned, the passage may start and end anywhere. Returns the edit distance in words and the
 * passage's first and last token.
 */
function align(words: readonly string[], tokens: readonly Token[], from: number, to: number): { distance: number; start: number; end: number } | null {
  const n = words.length;
  const m = to - from;
  if (m <= 0) return null;
  // dp[j] over source positions for the current quote prefix; start[j] where the passage began.
  let prev = new Array<number>(m + 1).fill(0);
  let prevStart = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const same = words[i - 1] === tokens[from + j - 1]!.word ? 0 : 1;
      let best = prev[j - 1]! + same;
      let s = prevStart[j - 1]!;
      if (prev[j]! + 1 < best) {
        best = prev[j]! + 1;
        s = prevStart[j]!;
      }
      if (cur[j - 1]! + 1 < best) {
        best = cur[j - 1]! + 1;
        s = curStart[j - 1]!;
      }
      cur[j] = best;
      curStart[j] = s;
    }
    prev = cur;
    prevStart = curStart;
  }
  let bestJ = 1;
  for (let j = 1; j <= m; j++) if (prev[j]! < prev[bestJ]!) bestJ = j;
  const start = from + prevStart[bestJ]!;
  const end = from + bestJ - 1;
  if (end < start) return null;
  return { distance: prev[bestJ]!, start, end };
}
