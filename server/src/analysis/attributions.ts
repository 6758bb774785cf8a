// Finds attributions in one sentence: the cue (said, told, according to …), the source span
// (who) and the content span (what). Pure pattern work over tokens; the patterns follow how
// news copy attributes (see docs/engine.md): "SOURCE CUE CONTENT", "CONTENT, SOURCE CUE.",
// "“CONTENT,” CUE SOURCE.", "according to SOURCE, CONTENT" and "SOURCE quoted X as saying …".
import { CUE_FIRST_WORDS, matchCue, type CueMatch } from './cues';
import type { Span } from './types';
import { isCapitalized, tokenize, wordClasses, type Token } from './words';

export interface FoundAttribution {
  cue: Span;
  source: Span | null;
  content: Span | null;
  /** The content is (or starts/ends with) a direct quotation. */
  direct: boolean;
  /** The cue sits inside someone else's quotation. */
  nested: boolean;
}

export interface SentenceContext {
  prose: string;
  sentence: Span;
  /** Quotation spans (absolute) that overlap the sentence, in order. */
  quotes: readonly Span[];
}

const CLAUSE_BREAKERS = new Set([
  'and', 'but', 'or', 'that', 'because', 'while', 'whereas', 'although', 'though', 'since', 'when', 'after',
  'before', 'if', 'unless', 'as', 'so', 'whether', 'where', 'until', 'than', 'then', 'yet', 'nor', 'once',
]);
const PUNCT_BREAKERS = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"', '?', '!']);
// Words between a subject and its verb that belong to neither: "Smith also said", "he has long argued".
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'can',
  'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'do', 'not', 'never', 'also', 'later', 'then',
  'previously', 'repeatedly', 'publicly', 'privately', 'once', 'often', 'recently', 'earlier', 'again',
  'already', 'still', 'long', 'first', 'simply', 'just', 'even', 'frequently', 'now', 'further', 'openly',
  'reportedly', 'allegedly', 'flatly', 'bluntly', 'angrily', 'quickly', 'loudly', 'famously', 'initially',
  'ultimately', 'eventually', 'subsequently', 'similarly', 'likewise', 'separately', 'finally', 'always',
  'n’t', "n't", 'cannot', 'has’', 'had’',
]);
// Verb complements that are part of the cue's frame but not content: "told AFP", "told reporters".
const LISTENER_CUES = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'asking', 'informed', 'assured', 'reminded', 'warned', 'urged']);
const TRAILING_MODIFIERS = /^(?:on|in|at|during|after|before|late|early|last|this|to|from|via|through|with|by|over|for|earlier|later|yesterday|today|tonight|recently|afterward|afterwards|told|telling|adding|according|in\s+a\s+statement)\b/i;
const MAX_SOURCE_TOKENS = 18;
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'that']);
// Time and setting phrases between the cue (and its listener) and what was said.
const LEADING_SETTING = /^(?:(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)|(?:in|during)\s+(?:a|an|the|his|her|their)\s+(?:statement|interview|speech|email|letter|phone\s+interview|telephone\s+interview|news\s+conference|press\s+conference|radio\s+interview|television\s+interview|tweet|post|op-ed)|yesterday|today|earlier|later|recently|on\s+Twitter)\b[,]?\s*/i;

export function findSentenceAttributions(ctx: SentenceContext, tokens = tokenize(ctx.prose, ctx.sentence.start, ctx.sentence.end)): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!CUE_FIRST_WORDS.has(tokens[i]!.lower)) continue;
    const cue = matchCue(tokens, i, ctx.prose);
    if (!cue) continue;
    const attribution = frameAttribution(ctx, tokens, cue);
    if (attribution) found.push(attribution);
    i = cue.last;
  }
  return found;
}

function frameAttribution(ctx: SentenceContext, tokens: Token[], cue: CueMatch): FoundAttribution | null {
  const cueSpan = { start: tokens[cue.first]!.start, end: tokens[cue.last]!.end };
  const nested = ctx.quotes.some((q) => q.start < cueSpan.start && cueSpan.end <= q.end);
  if (cue.entry.frame === 'according') return accordingTo(ctx, tokens, cue, cueSpan, nested);
  if (cue.entry.frame === 'quoted-as') return quotedAs(ctx, tokens, cue, cueSpan, nested);

  // "“…,” said Smith." / "…, said the spokesman." — the verb comes before its subject.
  const before = previousToken(tokens, cue.first);
  if (before && (before.text === ',' || isCloseQuote(before.text)) && cue.entry.frame === 'verb') {
    const source = rightNounPhrase(tokens, cue.last + 1);
    if (source) {
      const content = contentBefore(ctx, tokens, cue.first);
      return { cue: cueSpan, source: source.span, content, direct: isDirect(ctx, content), nested };
    }
  }

  const subjectEnd = skipAuxiliariesLeft(tokens, cue.first);
  const source = leftNounPhrase(tokens, subjectEnd, ctx);
  const afterCue = afterFrame(tokens, cue);
  // "“…,” Smith said." / "…, Smith said on Tuesday." — the cue closes the sentence.
  if (source && isClauseEnd(tokens, afterCue, ctx)) {
    const leftStop = source.tokenStart > 0 ? tokens[source.tokenStart - 1] : undefined;
    if (leftStop && (leftStop.text === ',' || isCloseQuote(leftStop.text))) {
      const content = contentBefore(ctx, tokens, source.tokenStart);
      return { cue: cueSpan, source: source.span, content, direct: isDirect(ctx, content), nested };
    }
  }
  const content = contentAfter(ctx, tokens, afterCue);
  if (!source && !content) return null;
  return { cue: cueSpan, source: source?.span ?? null, content, direct: isDirect(ctx, content), nested };
}

function accordingTo(ctx: SentenceContext, tokens: Token[], cue: CueMatch, cueSpan: Span, nested: boolean): FoundAttribution {
  let end = cue.last + 1;
  // The source runs to the next comma or the sentence end, not into a relative clause about it.
  while (end < tokens.length && !PUNCT_BREAKERS.has(tokens[end]!.text) && !RELATIVES.has(tokens[end]!.lower) && !(tokens[end]!.text === '.' && end === tokens.length - 1)) end++;
  const source = end > cue.last + 1 ? spanOf(tokens, cue.last + 1, end - 1) : null;
  let content: Span | null;
  if (cue.first === 0 || (cue.first === 1 && /^(?:but|and|yet)$/i.test(tokens[0]!.text))) {
    content = trimContent(ctx, end + 1 < tokens.length ? tokens[end + 1]!.start : ctx.sentence.end, ctx.sentence.end);
  } else {
    const stop = previousToken(tokens, cue.first)?.text === ',' ? cue.first - 1 : cue.first;
    content = trimContent(ctx, ctx.sentence.start, tokens[Math.max(0, stop)]!.start);
    if (end < tokens.length - 1 && tokens[end]!.text === ',') {
      const tail = trimContent(ctx, tokens[end + 1]!.start, ctx.sentence.end);
      if (tail && content) content = { start: content.start, end: tail.end };
    }
  }
  return { cue: cueSpan, source, content, direct: isDirect(ctx, content), nested };
}

function quotedAs(ctx: SentenceContext, tokens: Token[], cue: CueMatch, cueSpan: Span, nested: boolean): FoundAttribution {
  // "The Observatory quoted activists as saying …": the quoted party is the source.
  const asIndex = cue.asIndex ?? cue.last;
  const source = asIndex > cue.first + 1 ? spanOf(tokens, cue.first + 1, asIndex - 1) : null;
  const cueOnly = { start: tokens[cue.first]!.start, end: tokens[cue.first]!.end };
  const sayingSpan = { start: tokens[asIndex]!.start, end: tokens[cue.last]!.end };
  const content = contentAfter(ctx, tokens, skipThat(tokens, cue.last + 1));
  return { cue: { start: cueOnly.start, end: sayingSpan.end }, source, content, direct: isDirect(ctx, content), nested: nested && cueSpan.start >= 0 };
}

function previousToken(tokens: Token[], i: number): Token | undefined {
  return i > 0 ? tokens[i - 1] : undefined;
}

function isCloseQuote(t: string): boolean {
  return t === '”' || t === '"' || t === '’';
}

function skipAuxiliariesLeft(tokens: Token[], cueFirst: number): number {
  let j = cueFirst - 1;
  while (j >= 0 && AUXILIARIES.has(tokens[j]!.lower)) j--;
  return j;
}

function skipThat(tokens: Token[], i: number): number {
  return i < tokens.length && tokens[i]!.lower === 'that' ? i + 1 : i;
}

/** Index of the first content token after the cue and its frame (listener, "that", colon). */
function afterFrame(tokens: Token[], cue: CueMatch): number {
  let i = cue.last + 1;
  if (LISTENER_CUES.has(tokens[cue.last]!.lower)) {
    // "told AFP", "told reporters on Saturday", "told the Associated Press in an interview"
    const np = rightNounPhrase(tokens, i, true);
    if (np) i = np.nextIndex;
  }
  if (i < tokens.length && (tokens[i]!.text === ':' || tokens[i]!.text === ',')) i++;
  return skipThat(tokens, i);
}

function isClauseEnd(tokens: Token[], i: number, ctx: SentenceContext): boolean {
  if (i >= tokens.length) return true;
  const t = tokens[i]!;
  if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return true;
  if (t.text === ',' ) {
    // "“…,” Smith said, “…”" and "…, Smith said, adding …" — the quote before is the content.
    const next = tokens[i + 1];
    return next !== undefined && (next.text === '“' || next.text === '"' || /^(?:adding|noting|citing|and|but|as|while|in|on|according|referring|calling|explaining)$/i.test(next.lower));
  }
  const rest = ctx.prose.slice(t.start, ctx.sentence.end);
  if (TRAILING_MODIFIERS.test(rest)) {
    // A trailing time or place ("on Saturday", "in a statement") with no new clause after it.
    let j = i;
    while (j < tokens.length && !/^[.,;!?]$/.test(tokens[j]!.text) && !CLAUSE_BREAKERS.has(tokens[j]!.lower)) {
      if (j > i && wordClasses(tokens[j]!.lower).has('Verb') && !wordClasses(tokens[j]!.lower).has('Noun') && !isCapitalized(tokens[j]!.text) && !/^(?:told|telling|adding)$/.test(tokens[j]!.lower)) return false;
      j++;
    }
    return j >= tokens.length || /^[.;!?]$/.test(tokens[j]!.text) || (tokens[j]!.text === ',' && isClauseEnd(tokens, j, ctx));
  }
  return false;
}

interface PhraseSpan {
  span: Span;
  tokenStart: number;
  nextIndex: number;
}

/** The subject noun phrase that ends at token `end` (inclusive), walking left to its start. */
function leftNounPhrase(tokens: Token[], end: number, ctx: SentenceContext): PhraseSpan | null {
  if (end < 0) return null;
  const last = tokens[end]!;
  if (PUNCT_BREAKERS.has(last.text) && last.text !== ')' && !isCloseQuote(last.text)) {
    // "Rami Abdel Rahman, who heads the Observatory, told AFP": an appositive between commas.
    if (last.text === ',') return appositiveSubject(tokens, end, ctx);
    return null;
  }
  if (isCloseQuote(last.text) || last.text === '.') return null;
  let start = end;
  while (start > 0) {
    const prev = tokens[start - 1]!;
    if (PUNCT_BREAKERS.has(prev.text) || CLAUSE_BREAKERS.has(prev.lower) && !(prev.lower === 'and' && isCapitalized(tokens[start]!.text) && start - 2 >= 0 && isCapitalized(tokens[start - 2]!.text))) break;
    if (prev.text === '.' ) break;
    if (isPlainVerb(prev) && !isCapitalized(prev.text)) break;
    start--;
    if (end - start >= MAX_SOURCE_TOKENS) break;
  }
  start = dropLeadingAdverbial(tokens, start, end);
  if (start > end) return null;
  if (end - start + 1 > MAX_SOURCE_TOKENS) return null;
  return { span: spanOf(tokens, start, end), tokenStart: start, nextIndex: end + 1 };
}

function appositiveSubject(tokens: Token[], commaIndex: number, ctx: SentenceContext): PhraseSpan | null {
  // Find the comma that opens the appositive; what precedes it must be a noun phrase.
  let j = commaIndex - 1;
  while (j > 0 && tokens[j]!.text !== ',' && commaIndex - j < 16) j--;
  if (j <= 0 || tokens[j]!.text !== ',') return null;
  const opener = tokens[j + 1]!.lower;
  if (!/^(?:who|which|the|a|an|whose|its|his|her|their|\d.*)$/.test(opener) && !isCapitalized(tokens[j + 1]!.text)) return null;
  const head = leftNounPhrase(tokens, j - 1, ctx);
  if (!head || !isCapitalized(tokens[head.tokenStart]!.text) && !/^(?:the|a|an)$/i.test(tokens[head.tokenStart]!.text)) return null;
  return { span: { start: head.span.start, end: tokens[commaIndex - 1]!.end }, tokenStart: head.tokenStart, nextIndex: commaIndex + 1 };
}

/** The noun phrase that starts at token `start` (inverted subject, or a listener after "told"). */
function rightNounPhrase(tokens: Token[], start: number, listener = false): PhraseSpan | null {
  if (start >= tokens.length) return null;
  let end = start;
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (PUNCT_BREAKERS.has(t.text) || t.text === '.' || (end > start && CLAUSE_BREAKERS.has(t.lower))) break;
    if (listener && end > start && (/^(?:on|in|at|during|last|this|that|about|after|before|when|if|he|she|they|it|we|i)$/i.test(t.lower) || (isPlainVerb(t) && !isCapitalized(t.text)))) break;
    if (!listener && end > start && isPlainVerb(t) && !isCapitalized(t.text) && !wordClasses(t.lower).has('Noun')) break;
    end++;
  }
  if (end === start) return null;
  return { span: spanOf(tokens, start, end - 1), tokenStart: start, nextIndex: end };
}

function isPlainVerb(t: Token): boolean {
  const classes = wordClasses(t.lower);
  return classes.has('Verb') && !classes.has('Noun') && !classes.has('Plural') && !classes.has('Adjective') && !classes.has('Actor');
}

// "On Saturday the Observatory said": a leading time or place phrase is not the source.
function dropLeadingAdverbial(tokens: Token[], start: number, end: number): number {
  const first = tokens[start];
  if (!first || !wordClasses(first.lower).has('Preposition') || first.lower === 'of') return start;
  for (let k = start + 1; k <= end; k++) {
    const t = tokens[k]!;
    const cls = wordClasses(t.lower);
    if (cls.has('Determiner') || cls.has('Pronoun') && !cls.has('Possessive')) return k;
  }
  return start;
}

function contentAfter(ctx: SentenceContext, tokens: Token[], i: number): Span | null {
  if (i >= tokens.length) return null;
  let start = tokens[i]!.start;
  for (let setting = LEADING_SETTING.exec(ctx.prose.slice(start, ctx.sentence.end)); setting; setting = LEADING_SETTING.exec(ctx.prose.slice(start, ctx.sentence.end))) {
    start += setting[0].length;
  }
  if (ctx.prose.startsWith('that ', start)) start += 5;
  let end = ctx.sentence.end;
  // A quotation that opens here and runs past the sentence is content to its end.
  const q = ctx.quotes.find((x) => x.start === start || (x.start >= start && x.start < end && x.end > end));
  if (q && q.end > end) end = q.end;
  return trimContent(ctx, start, end);
}

function contentBefore(ctx: SentenceContext, tokens: Token[], stopIndex: number): Span | null {
  let end = stopIndex > 0 ? tokens[stopIndex - 1]!.end : ctx.sentence.start;
  // Drop the comma that separates content from "he said" but keep a closing quotation mark.
  while (end > ctx.sentence.start && /[\s,]/.test(ctx.prose[end - 1]!)) end--;
  if (ctx.prose[end - 1] === '”' || ctx.prose[end - 1] === '"') {
    // keep
  }
  let start = ctx.sentence.start;
  const q = ctx.quotes.find((x) => x.start < start && x.end >= end - 1 && x.end <= ctx.sentence.end);
  if (q) start = q.start;
  if (end <= start) return null;
  return trimContent(ctx, start, end);
}

function trimContent(ctx: SentenceContext, start: number, end: number): Span | null {
  const p = ctx.prose;
  while (start < end && /[\s,:—–]/.test(p[start]!)) start++;
  while (end > start && /\s/.test(p[end - 1]!)) end--;
  // Sentence-final punctuation belongs to the sentence unless it sits inside the quotation.
  while (end > start && /[.,;:]/.test(p[end - 1]!)) end--;
  while (end > start && /\s/.test(p[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function isDirect(ctx: SentenceContext, content: Span | null): boolean {
  if (!content) return false;
  return ctx.quotes.some((q) => q.start < content.end && content.start < q.end);
}

function spanOf(tokens: Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}
