// Finds attributions in one sentence: the cue (said, told, according to …), the source span
// (who) and the content span (what). Pure pattern work over tokens; the patterns follow how
// news copy attributes (see docs/engine.md): "SOURCE CUE CONTENT", "CONTENT, SOURCE CUE.",
// "“CONTENT,” CUE SOURCE.", "according to SOURCE, CONTENT" and "SOURCE quoted X as saying …".
import { frameOf, type CueMatch } from './cues';
import { cueSpans, tagTokens } from './cue-tagger';
import { formsWhere } from './reporting-verbs';
import type { Span } from './types';
import { isCapitalized, startsClause, tokenize, wordClasses, type Token, type TokenFacts } from './words';

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
  'and',
  'but',
  'or',
  'that',
  'because',
  'while',
  'whereas',
  'although',
  'though',
  'since',
  'when',
  'after',
  'before',
  'if',
  'unless',
  'as',
  'so',
  'whether',
  'where',
  'until',
  'than',
  'then',
  'yet',
  'nor',
  'once',
]);
const PUNCT_BREAKERS = new Set([',', ';', ':', '—', '–', '-', '--', '[', ']', '(', ')', '“', '”', '"', "''", '?', '!']);
// Words between a subject and its verb that belong to neither: "Smith also said", "he has long argued".
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'did',
  'does',
  'do',
  'not',
  'never',
  'also',
  'later',
  'then',
  'previously',
  'repeatedly',
  'publicly',
  'privately',
  'once',
  'often',
  'recently',
  'earlier',
  'again',
  'already',
  'still',
  'long',
  'first',
  'simply',
  'just',
  'even',
  'frequently',
  'now',
  'further',
  'openly',
  'reportedly',
  'allegedly',
  'flatly',
  'bluntly',
  'angrily',
  'quickly',
  'loudly',
  'famously',
  'initially',
  'ultimately',
  'eventually',
  'subsequently',
  'similarly',
  'likewise',
  'separately',
  'finally',
  'always',
  'n’t',
  "n't",
  'cannot',
  'has’',
  'had’',
]);
// Verb complements that are part of the cue's frame but not content: "told AFP", "told reporters".
const LISTENER_CUES = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'asking', 'informed', 'assured', 'reminded', 'warned', 'urged']);
const TRAILING_MODIFIERS =
  /^(?:on|in|at|during|after|before|late|early|last|this|to|from|via|through|with|by|over|for|earlier|later|yesterday|today|tonight|recently|afterward|afterwards|told|telling|adding|according|in\s+a\s+statement)\b/i;
const MAX_SOURCE_TOKENS = 18;
// Verbs of saying that put their subject after them ("…,” said Smith).
const INVERTIBLE = new Set([...formsWhere((v) => v.invertible === true, ['third', 'past']), 'according']);
// Verbs of saying that take a that-clause (the reporting-verb lexicon's `that` flag).
const THAT_REPORTERS = new Set(formsWhere((v) => v.that === true, ['base', 'third', 'past']));
// Verbs of saying whose bare clause ("claimed the road was safe") is reliably reported speech.
const CLAUSE_REPORTERS = new Set(formsWhere((v) => v.clause === true, ['base', 'third', 'past']));
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our|my|your|these|those)$/;
// Words that open a reported clause or question, never a listener.
const CLAUSE_OPENERS = new Set(['whether', 'if', 'that', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
// A conjunction or sentence adverb that links to the sentence before ("But, Carson added, …").
const LINKING_WORD =
  /^(?:but|and|or|so|yet|still|however|now|then|also|indeed|instead|meanwhile|moreover|furthermore|besides|nonetheless|nevertheless|thus|therefore|in fact|of course)$/i;
// Verbs of perceiving, which report a view only with an "as" ("seen as a threat").
const PERCEIVED = /^(?:seen|viewed|watched|heard)$/;
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'that']);
// Time and setting phrases between the cue (and its listener) and what was said.
const LEADING_SETTING =
  /^(?:(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)|(?:in|during)\s+(?:a|an|the|his|her|their)\s+(?:statement|interview|speech|email|letter|phone\s+interview|telephone\s+interview|news\s+conference|press\s+conference|radio\s+interview|television\s+interview|tweet|post|op-ed)|yesterday|today|earlier|later|recently|on\s+Twitter)\b[,]?\s*/i;

export function findSentenceAttributions(
  ctx: SentenceContext,
  given?: Token[],
  givenFacts?: TokenFacts[],
): { found: FoundAttribution[]; cueMargin: number; tokens: Token[]; inQuote: boolean[]; facts?: TokenFacts[] } {
  // The sentence is tokenised once: the tagger, the framing and the sentence model share its tokens and their facts.
  const facts: TokenFacts[] | undefined = given ? givenFacts : [];
  const tokens = given ?? tokenize(ctx.prose, ctx.sentence.start, ctx.sentence.end, facts);
  const found: FoundAttribution[] = [];
  const inQuote = tokens.map((t) => ctx.quotes.some((q) => q.start < t.start && t.end <= q.end));
  const tagging = tagTokens({ tokens, inQuote, facts });
  // A reporting verb followed by "that" or a clause reports, whatever the tagger thought of it.
  tokens.forEach((t, i) => {
    if (tagging.tags[i] !== 'O' || inQuote[i] || i === 0 || !THAT_REPORTERS.has(t.lower) || BE.test(tokens[i - 1]!.lower)) return;
    if (tokens[i + 1]?.lower === 'that' || (CLAUSE_REPORTERS.has(t.lower) && startsClause(tokens, i + 1))) tagging.tags[i] = 'B';
    else if (endsPostposedReport(tokens, inQuote, i)) tagging.tags[i] = 'B';
  });
  // So does a verb that opens the sentence before its speaker and a colon ("Continued Stone: “…”"),
  // and a past verb between a quotation and the name that ends the sentence ("“…?” reacted Trump.").
  for (let i = 0; i < tokens.length; i++) {
    if (tagging.tags[i] === 'O' && !inQuote[i] && (speakerColon(tokens, i) >= 0 || speakerAfterQuote(tokens, i))) tagging.tags[i] = 'B';
  }
  for (const [first, end] of cueSpans(tagging.tags)) {
    // A cue does not end on an opening quotation mark or a dangling preposition ("said on “").
    let last = end;
    if (last > first && isOpenQuote(tokens[last]!.text)) last--;
    if (last > first && wordClasses(tokens[last]!.lower).has('Preposition') && isOpenQuote(tokens[last + 1]?.text ?? '')) last--;
    const attribution = frameAttribution(ctx, tokens, frameOf(tokens, first, last), found);
    if (!attribution) continue;
    // "also said", "has never claimed", "boldly reminded": the auxiliaries, negations and adverbs
    // right before the verb belong to the cue, as PolNeAR marks it (train: "also" inside the cue
    // 281 times, outside 21; "-n't" 149 to 0; an -ly adverb 352 to 53), though the tagger left them out.
    let from = first;
    const verbCue = tokens[first]!.lower !== 'according' && tokens[first]!.text !== ':';
    while (
      verbCue &&
      from > 0 &&
      tagging.tags[from - 1] === 'O' &&
      !inQuote[from - 1] &&
      isCueModifier(tokens[from - 1]!) &&
      !(attribution.source && tokens[from - 1]!.start < attribution.source.end)
    )
      from--;
    if (from < first) attribution.cue = { start: tokens[from]!.start, end: attribution.cue.end };
    // "He suggested X, called her Y": the first content ends where the next report begins,
    // when that report shares the subject or starts a new clause.
    const outer = found[found.length - 1];
    if (
      outer?.content &&
      outer.content.start < attribution.cue.start &&
      attribution.cue.start < outer.content.end &&
      !ctx.quotes.some((q) => q.start < attribution.cue.start && attribution.cue.end <= q.end)
    ) {
      const from = attribution.source && attribution.source.start < attribution.cue.start ? attribution.source.start : attribution.cue.start;
      const newClause = /(?:[,;]|\band|\bbut)\s*$/i.test(ctx.prose.slice(outer.content.start, from));
      const shared =
        (!attribution.source && newClause) ||
        (attribution.source !== null && (attribution.source.start < outer.content.start || attribution.source.start >= attribution.cue.end));
      if (shared || newClause) {
        const end = ctx.prose.slice(outer.content.start, shared ? attribution.cue.start : from).replace(/(?:\s|,|;|\band\b|\bbut\b)+$/i, '').length;
        const trimmed = end > 0 ? trimContent(ctx, outer.content.start, outer.content.start + end) : null;
        if (trimmed) outer.content = trimmed;
      }
    }
    if (attribution.source) attribution.source = wholeSource(tokens, attribution.source);
    found.push(attribution);
  }
  return { found, cueMargin: tagging.margin, tokens, inQuote, facts };
}

const POSTPOSED_TENSES = new Set(formsWhere((v) => v.that === true, ['third', 'past']));
/**
 * "…, the firm claims." / "…, Deloitte warns.": a finite reporting verb that ends the sentence right
 * after a comma and a short subject (a determiner or a capitalised name first) is the speaker's verb
 * of the clause before it, though the tagger may read "firm claims" as a noun phrase. Only sentence-final:
 * after a comma and before a full stop, "the firm claims" cannot be an object or a list's last item.
 */
function endsPostposedReport(tokens: readonly Token[], inQuote: readonly boolean[], i: number): boolean {
  if (!POSTPOSED_TENSES.has(tokens[i]!.lower)) return false;
  const next = tokens[i + 1];
  if (next && !/^[.!?]$/.test(next.text)) return false;
  let comma = i - 1;
  while (comma > 0 && /^[\p{L}\p{N}'’.-]+$/u.test(tokens[comma]!.text) && i - comma <= 6) comma--;
  if (comma < 1 || tokens[comma]!.text !== ',' || i - comma < 2 || i - comma > 6) return false;
  const first = tokens[comma + 1]!;
  if (inQuote[comma + 1] || !(DETERMINERS.test(first.lower) || isCapitalized(first.text))) return false;
  return !CLAUSE_OPENERS.has(first.lower) && !RELATIVES.has(first.lower);
}

// Words of a quantity that a source can open with: "More than half (55%) of the respondents".
const QUANTITY_WORD =
  /^(?:\d[\d,.]*|%|\(|\)|percent|per|cent|half|third|thirds|quarter|quarters|fifth|fifths|majority|minority|plurality|most|many|some|more|less|fewer|than|about|nearly|almost|around|roughly|over|under|just|only|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;

/**
 * A source starts on a whole token and a whole phrase: "000 people surveyed" is "2,000 people
 * surveyed" (the tokenizer splits a number at its separators), and "of the respondents" is "More
 * than half (55%) of the respondents".
 */
function wholeSource(tokens: Token[], source: Span): Span {
  let k = tokens.findIndex((t) => t.start === source.start);
  if (k < 0) return source;
  // "2,000", "1.5": digits, a separator and digits are one number.
  while (
    k >= 2 &&
    /^\d/.test(tokens[k]!.text) &&
    /^[,.]$/.test(tokens[k - 1]!.text) &&
    tokens[k - 1]!.start === tokens[k - 2]!.end &&
    tokens[k]!.start === tokens[k - 1]!.end &&
    /^\d+$/.test(tokens[k - 2]!.text)
  )
    k -= 2;
  // "More than half of 2,000 people surveyed": the share of the counted group.
  if (k >= 2 && /^\d/.test(tokens[k]!.text) && tokens[k - 1]!.lower === 'of' && QUANTITY_WORD.test(tokens[k - 2]!.lower)) k--;
  if (tokens[k]!.lower === 'of') {
    let j = k;
    while (j > 0 && QUANTITY_WORD.test(tokens[j - 1]!.lower) && k - j < 8) j--;
    if (j < k) k = j;
  }
  return k >= 0 && tokens[k]!.start < source.start ? { start: tokens[k]!.start, end: source.end } : source;
}

function frameAttribution(ctx: SentenceContext, tokens: Token[], cue: CueMatch, earlier: readonly FoundAttribution[]): FoundAttribution | null {
  const cueSpan = { start: tokens[cue.first]!.start, end: tokens[cue.last]!.end };
  const nested = ctx.quotes.some((q) => q.start < cueSpan.start && cueSpan.end <= q.end);
  if (cue.frame === 'according') return accordingTo(ctx, tokens, cue, cueSpan, nested);
  if (cue.frame === 'quoted-as') return quotedAs(ctx, tokens, cue, cueSpan, nested);
  if (cue.frame === 'colon') return colon(ctx, tokens, cue, cueSpan, nested);

  const lead = leadingInversion(ctx, tokens, cue, nested);
  if (lead) return lead;

  const before = previousToken(tokens, cue.first);
  const head = tokens[cue.first]!.lower;
  // "“…,” said Smith." / "…, said the spokesman." — a verb of saying before its subject.
  // After a comma the verb is inverted only if no subject with appositives ends there: "The plan
  // will fail, said Smith." but "Sen. Marco Rubio, R-Fla., appearing on Fox News, said Obama failed."
  // Right after a quotation any past verb is inverted before its speaker when the name ends the
  // sentence ("“Is Obama profiling?” reacted Trump."): the speaker's verb beside the quotation reports it.
  const besideQuote = before !== undefined && isCloseQuote(before.text) && cue.first === cue.last && /ed$/.test(head) && wordClasses(head).has('Verb');
  if (before && (isCloseQuote(before.text) || (before.text === ',' && !openingSubject(tokens, cue.first - 1, ctx))) && (INVERTIBLE.has(head) || besideQuote)) {
    const source = withAppositive(tokens, invertedSubject(tokens, cue.last + 1, ctx), ctx);
    // The subject ends the clause, or its appositive closes with a comma before a participle.
    if (
      source &&
      (looksLikeSubject(tokens[source.tokenStart]!) || (isCloseQuote(before.text) && titledName(tokens, source))) &&
      (INVERTIBLE.has(head) ? true : isCapitalized(tokens[source.tokenStart]!.text) && /^[.!?]$/.test(tokens[source.nextIndex]?.text ?? '')) &&
      (isClauseEnd(tokens, source.nextIndex, ctx) || settingEndsClause(tokens, source.nextIndex, ctx) || tokens[source.nextIndex - 1]?.text === ',')
    ) {
      const content = contentBefore(ctx, tokens, cue.first);
      return { cue: cueSpan, source: source.span, content, direct: isDirect(ctx, content), nested };
    }
  }
  // "The country described by the president", "was first reported by MSNBC": the agent speaks.
  const agent = passiveAgent(tokens, cue);
  // "The episode was seen by some 2 million viewers": an audience watching, not a view reported
  // ("was seen as a rebuke by some" has its "as").
  if (agent && PERCEIVED.test(tokens[cue.last]!.lower) && !tokens.slice(cue.last + 1).some((t) => t.lower === 'as')) return null;
  if (agent) {
    const subject = leftNounPhrase(tokens, skipAuxiliariesLeft(tokens, cue.first), ctx);
    const content = subject?.span ?? contentAfter(ctx, tokens, agent.nextIndex);
    return { cue: cueSpan, source: agent.span, content, direct: isDirect(ctx, content), nested };
  }

  // "Khoga was reportedly on that trip", "it appears that …", "Sanders appears to lead": a hedge
  // reports for no one; what it hedges is the sentence.
  if (HEDGE_CUE.test(ctx.prose.slice(cueSpan.start, cueSpan.end))) {
    const content = trimContent(ctx, ctx.sentence.start, ctx.sentence.end);
    return content ? { cue: cueSpan, source: null, content, direct: isDirect(ctx, content), nested } : null;
  }
  // "More rain was expected", "Trump is expected to win": an agentless passive has no source;
  // what is expected, believed or seen is the subject with its complement.
  if (isPassive(tokens, cue)) {
    const subject = leftNounPhrase(tokens, skipAuxiliariesLeft(tokens, cue.first), ctx);
    const after = contentAfter(ctx, tokens, cue.last + 1);
    const start = subject?.span.start ?? after?.start;
    const end = after?.end ?? subject?.span.end;
    const content = start !== undefined && end !== undefined ? { start, end } : null;
    return content ? { cue: cueSpan, source: null, content, direct: isDirect(ctx, content), nested } : null;
  }

  const subjectEnd = skipAuxiliariesLeft(tokens, cue.first);
  let source: PhraseSpan | null;
  if (COORDINATORS.has(tokens[subjectEnd]?.lower ?? '')) source = coordinatedSubject(tokens, subjectEnd, earlier);
  else if (before && (before.text === ',' || isCloseQuote(before.text)) && /ing$/.test(head) && subjectEnd === cue.first - 1) {
    // "…, saying …", "…, arguing that …": the participle shares the main clause's subject.
    source = coordinatedSubject(tokens, subjectEnd, earlier) ?? mainSubject(tokens);
  } else {
    source = leftNounPhrase(tokens, subjectEnd, ctx);
    if (source) source = tidySubject(tokens, source);
    // "The agency faced [criticism]": a noun cue after a past verb is that verb's object; its
    // source is not the clause before ("The agency faced").
    const tail = source ? tokens[source.nextIndex - 1]!.lower : '';
    if (source && /ed$/.test(tail) && wordClasses(tail).has('Verb') && !wordClasses(head).has('Verb') && !/(?:ed|ing)$/.test(head)) source = null;
  }
  // ", which showed …": the relative pronoun stands for the noun phrase before it.
  if (source && tokens[source.tokenStart]!.lower === 'which' && source.tokenStart === subjectEnd && tokens[source.tokenStart - 1]?.text === ',') {
    source = leftNounPhrase(tokens, source.tokenStart - 2, ctx) ?? source;
  }
  const afterCue = afterFrame(tokens, cue);
  const leading = source ? null : leadingClauseSubject(tokens, cue, ctx);
  if (leading) {
    // What the participle reports ends with its clause.
    const content = afterCue < leading.comma ? trimContent(ctx, tokens[afterCue]!.start, tokens[leading.comma]!.start) : null;
    return { cue: cueSpan, source: leading.subject.span, content, direct: isDirect(ctx, content), nested };
  }
  // "“We're going to win,” Clinton told reporters as she left": a quotation closed with a comma
  // right before its speaker is what was said, whatever follows the cue.
  // The quotation opens the sentence (or the sentence opens inside it): "Holding signs calling
  // Christie “New Jersey's Biggest Loser,” the protesters chanted “…”" has its own quote to chant.
  // (The source stands right before its cue: not "“…,” Trump told a rally, saying …".)
  const besideCue = source !== null && source.nextIndex === subjectEnd + 1;
  const quotedBefore =
    source !== null &&
    besideCue &&
    source.tokenStart > 0 &&
    isCloseQuote(tokens[source.tokenStart - 1]!.text) &&
    /[,!?]$/.test(ctx.prose.slice(ctx.sentence.start, tokens[source.tokenStart - 1]!.start).trimEnd()) &&
    ctx.quotes.some(
      (q) => q.start <= ctx.sentence.start + 1 && q.end >= tokens[source.tokenStart - 1]!.start && q.end <= tokens[source.tokenStart - 1]!.end + 1,
    );
  // "“…,” Smith said." / "…, Smith said on Tuesday." — the cue closes the sentence.
  if (source && (quotedBefore || isClauseEnd(tokens, afterCue, ctx))) {
    const leftStop = source.tokenStart > 0 ? tokens[source.tokenStart - 1] : undefined;
    const content = leftStop && (leftStop.text === ',' || isCloseQuote(leftStop.text)) ? contentBefore(ctx, tokens, source.tokenStart) : null;
    // A lone adverb before the comma ("Surprisingly, Kerry asked …") is not what was said.
    if (content && (isDirect(ctx, content) || ctx.prose.slice(content.start, content.end).split(/\s+/).length >= 3)) {
      return { cue: cueSpan, source: source.span, content, direct: isDirect(ctx, content), nested };
    }
  }
  let content = contentAfter(ctx, tokens, afterCue);
  // "In his state, Christie said, nonviolent offenders are sent to treatment": a source and cue
  // set off by commas inside the clause they report. What was said is the whole clause, both
  // sides of the aside (PolNeAR marks the two parts; one span holds them with the aside inside).
  // Not where a quotation follows the aside ("In the song, Joel sings, “Don't go …”"): the quotation is what was said.
  // A lone conjunction or sentence adverb before the aside ("But, Carson added, he …") is not.
  if (
    source &&
    content &&
    besideCue &&
    tokens[source.tokenStart - 1]?.text === ',' &&
    tokens[cue.last + 1]?.text === ',' &&
    !ctx.quotes.some((q) => q.start <= content!.start && content!.start < q.end)
  ) {
    const left = contentBefore(ctx, tokens, source.tokenStart);
    if (
      left &&
      !LINKING_WORD.test(ctx.prose.slice(left.start, left.end)) &&
      !earlier.some((a) => a.content && a.content.start < left.end && left.start < a.content.end)
    )
      content = { start: left.start, end: content.end };
  }
  if (!source && !content) return null;
  return { cue: cueSpan, source: source?.span ?? null, content, direct: isDirect(ctx, content), nested };
}

function accordingTo(ctx: SentenceContext, tokens: Token[], cue: CueMatch, cueSpan: Span, nested: boolean): FoundAttribution {
  let end = cue.last + 1;
  // The source runs to the next comma or the sentence end, not into a relative clause about it.
  while (
    end < tokens.length &&
    !PUNCT_BREAKERS.has(tokens[end]!.text) &&
    !RELATIVES.has(tokens[end]!.lower) &&
    !(tokens[end]!.text === '.' && end === tokens.length - 1)
  )
    end++;
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
  const content = contentAfter(ctx, tokens, cue.last + 1);
  return { cue: { start: cueOnly.start, end: sayingSpan.end }, source, content, direct: isDirect(ctx, content), nested: nested && cueSpan.start >= 0 };
}

// "Trump: Cruz has to come a long way": the name before the colon speaks, the rest is content.
/**
 * "Stated Stone:", "Continued Stone: “…”", "Added Mr. Obama: “…”": a verb of saying opens the
 * sentence, its speaker's name (capitalised words) follows, then a colon before what was said, in
 * this sentence or in the paragraph after it. The verb is the cue and the name its source.
 */
function leadingInversion(ctx: SentenceContext, tokens: Token[], cue: CueMatch, nested: boolean): FoundAttribution | null {
  const colonAt = speakerColon(tokens, cue.first);
  if (colonAt < 0) return null;
  const after = colonAt + 1 < tokens.length ? trimContent(ctx, tokens[colonAt + 1]!.start, ctx.sentence.end) : null;
  const cueSpan = { start: tokens[cue.first]!.start, end: tokens[cue.first]!.end };
  return { cue: cueSpan, source: spanOf(tokens, cue.first + 1, colonAt - 1), content: after, direct: isDirect(ctx, after), nested };
}

/** The index of the colon after "Verb Name" opening the sentence at `verb` (an invertible verb of saying), or -1. */
function speakerColon(tokens: Token[], verb: number): number {
  // The verb opens the sentence: only opening marks before it (read for the first few tokens only).
  if (verb > 3 || !INVERTIBLE.has(tokens[verb]!.lower) || tokens[verb]!.lower === 'according' || !isCapitalized(tokens[verb]!.text)) return -1;
  for (let k = 0; k < verb; k++) if (/[\p{L}\p{N}]/u.test(tokens[k]!.text)) return -1;
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 6); k++) {
    if (tokens[k]!.text === ':') return k > verb + 1 ? k : -1;
    if (!isCapitalized(tokens[k]!.text) && tokens[k]!.text !== '.') return -1;
  }
  return -1;
}

/** "“…?” reacted Trump.": a past verb right after a closing quotation mark, then a capitalised name (at most three words) that ends the sentence. */
function speakerAfterQuote(tokens: Token[], verb: number): boolean {
  if (verb === 0 || !isCloseQuote(tokens[verb - 1]!.text) || !/ed$/.test(tokens[verb]!.lower) || !wordClasses(tokens[verb]!.lower).has('Verb')) return false;
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 5); k++) {
    if (/^[.!?]$/.test(tokens[k]!.text)) return k > verb + 1 && k === tokens.length - 1;
    if (!isCapitalized(tokens[k]!.text)) return false;
  }
  return false;
}

function colon(ctx: SentenceContext, tokens: Token[], cue: CueMatch, cueSpan: Span, nested: boolean): FoundAttribution | null {
  let first = 0;
  // "From the report: …", "More from the report: …"
  while (first < cue.first - 1 && /^(?:from|more|-|—|–)$/.test(tokens[first]!.lower)) first++;
  // "Added Mr. Obama: …": the verb's own attribution has the speaker (leadingInversion).
  if (speakerColon(tokens, first) === cue.first) return null;
  const source = cue.first > first ? spanOf(tokens, first, cue.first - 1) : null;
  const content = cue.last + 1 < tokens.length ? trimContent(ctx, tokens[cue.last + 1]!.start, ctx.sentence.end) : null;
  if (!source || !content) return null;
  return { cue: cueSpan, source, content, direct: isDirect(ctx, content), nested };
}

/**
 * “…,” said pollster Frank Luntz. / said former congressman Barney Frank.: after a quotation, an
 * inverted subject may open with a role or a title in lower case, when a name follows within it.
 */
function titledName(tokens: Token[], np: PhraseSpan): boolean {
  const first = tokens[np.tokenStart]!;
  const cls = wordClasses(first.lower);
  if (!/^\p{Ll}+$/u.test(first.text) || cls.has('Preposition') || cls.has('Verb') || cls.has('Adverb') || CLAUSE_OPENERS.has(first.lower)) return false;
  for (let k = np.tokenStart + 1; k < Math.min(np.nextIndex, np.tokenStart + 4); k++) if (isCapitalized(tokens[k]!.text)) return true;
  return false;
}

function looksLikeSubject(t: Token): boolean {
  const cls = wordClasses(t.lower);
  // An object pronoun is the listener, never an inverted subject: "“…,” Mr. King, 82, told me."
  if (/^(?:me|him|us|them)$/.test(t.lower)) return false;
  // "one New Hampshire Democrat", "two senior officials": a number opens a subject as an article does.
  return (
    isCapitalized(t.text) ||
    cls.has('Value') ||
    (cls.has('Determiner') && t.lower !== 'that') ||
    (cls.has('Pronoun') && !cls.has('Possessive') && !/^(?:it|that|this|which|what)$/.test(t.lower)) ||
    cls.has('Possessive')
  );
}

const SUBJECT_PRONOUNS = /^(?:i|we|you|he|she|they|it)$/;
const POSSESSIVE_PRONOUNS = /^(?:his|her|their|its|my|our|your|whose)$/;
const RELATIVE_OPENERS = /^(?:which|who|whom|whose|that|what)$/;

/**
 * The noun phrase left of a verb is its subject only if it reads as one. The walk left stops at
 * punctuation and clause words, so what it returns can run into the clause before or be a
 * fragment of it. The last word can be the whole subject: "Americans who want", "traction with
 * his promise", "the book he wrote", "told The Huffington Post she thinks" (a pronoun, a relative
 * or a possessive speaks for the phrase before it, which is not the subject). A relative or a
 * preposition in front is not part of it: "which some have criticized", "with many worried".
 * What is left of "employed in the", "up to", "raised", "'" names no one and is dropped (the cue
 * keeps its content).
 */
function tidySubject(tokens: Token[], phrase: PhraseSpan): PhraseSpan | null {
  let first = phrase.tokenStart;
  const last = phrase.nextIndex - 1;
  // An appositive subject ends with its closing comma: its words were checked as they were joined.
  if (tokens[last]!.text === ',') return phrase;
  const tail = tokens[last]!;
  const beforeTail = tokens[last - 1];
  if (
    last > first &&
    ((RELATIVE_OPENERS.test(tail.lower) && tail.lower !== 'what' && tail.lower !== 'that') ||
      POSSESSIVE_PRONOUNS.test(tail.lower) ||
      (SUBJECT_PRONOUNS.test(tail.lower) && !/^(?:and|or|nor)$/.test(beforeTail!.lower)))
  ) {
    first = last;
  } else {
    // "About 50 protesters", "at least one former employee": a number's preposition stays.
    while (first < last && (RELATIVE_OPENERS.test(tokens[first]!.lower) || leadingPreposition(tokens, first))) first++;
  }
  if (!tokens.slice(first, last + 1).some((t) => /\p{L}/u.test(t.text))) return null;
  // An infinitive is no subject ("to ban abortion", "to work").
  if (tokens[first]!.lower === 'to') return null;
  // It cannot end on a word that needs something after it: "the", "in", "to".
  const tailClasses = wordClasses(tail.lower);
  if (first < last && (/^(?:the|a|an|to)$/.test(tail.lower) || tailClasses.has('Preposition'))) return null;
  // It cannot open on a participle with its object ("raised new questions", "employed in the";
  // but "retired generals", "elected officials").
  const head = tokens[first]!;
  const next = tokens[first + 1];
  const headClasses = wordClasses(head.lower);
  if (!isCapitalized(head.text) && /(?:ing|ed)$/.test(head.lower) && !headClasses.has('Noun') && !headClasses.has('Adjective') && !headClasses.has('Plural')) {
    const nextClasses = next && first < last ? wordClasses(next.lower) : null;
    if (!nextClasses || next!.lower === 'to' || nextClasses.has('Determiner') || nextClasses.has('Possessive') || nextClasses.has('Preposition')) return null;
  }
  if (first === phrase.tokenStart) return phrase;
  return { span: spanOf(tokens, first, last), tokenStart: first, nextIndex: phrase.nextIndex };
}

function leadingPreposition(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // "to which O'Malley replied"; but "to ban abortion" is an infinitive.
  if (t.lower === 'to') return RELATIVE_OPENERS.test(tokens[k + 1]?.lower ?? '');
  if (!wordClasses(t.lower).has('Preposition') || t.lower === 'of') return false;
  const next = tokens[k + 1];
  return !(next && (wordClasses(next.lower).has('Value') || /^\d/.test(next.text) || /^(?:least|most|more|less)$/.test(next.lower)));
}

/**
 * "After reciting the passage, Beck said …", "Since announcing his run, Mr. Biden has …": a
 * participle in an opening clause shares the subject of the main clause after the comma.
 */
function leadingClauseSubject(tokens: Token[], cue: CueMatch, ctx: SentenceContext): { subject: PhraseSpan; comma: number } | null {
  const head = tokens[cue.first]!;
  if (!/^\p{Ll}+ing$/u.test(head.text) || wordClasses(head.lower).has('Noun')) return null;
  const opener = /^(?:after|since|before|while|when|in|by|upon|on|despite|without|through|besides)$/;
  if (!(cue.first === 0 || (cue.first === 1 && opener.test(tokens[0]!.lower)))) return null;
  let comma = cue.last + 1;
  while (comma < tokens.length && tokens[comma]!.text !== ',' && !/^[.;:!?]$/.test(tokens[comma]!.text)) comma++;
  if (tokens[comma]?.text !== ',' || ctx.quotes.some((q) => q.start < tokens[comma]!.start && tokens[comma]!.end <= q.end)) return null;
  const np = rightNounPhrase(tokens, comma + 1);
  if (!np || !looksLikeSubject(tokens[np.tokenStart]!)) return null;
  // The subject ends before its verb's auxiliaries: "Mr. Biden | has been".
  let end = np.tokenStart;
  while (end + 1 < np.nextIndex && !AUXILIARIES.has(tokens[end + 1]!.lower)) end++;
  // A verb must follow, or it was not the main clause's subject.
  const verb = tokens[end + 1];
  if (!verb || !(wordClasses(verb.lower).has('Verb') || wordClasses(verb.lower).has('Modal') || AUXILIARIES.has(verb.lower))) return null;
  return { subject: { span: spanOf(tokens, np.tokenStart, end), tokenStart: np.tokenStart, nextIndex: end + 1 }, comma };
}

// "described by the president", "was confirmed … by the minister": the noun phrase after "by".
// "Privacy advocates are concerned by the software", "Ministers were alarmed by the figures": a
// participle of feeling has its feeler as subject; what comes after "by" is the cause, not an agent.
const FEELING =
  /^(?:concerned|worried|alarmed|troubled|disturbed|dismayed|pleased|delighted|satisfied|surprised|disappointed|frustrated|angered|encouraged|heartened|unconvinced|unimpressed|convinced|puzzled|baffled|shocked|appalled|outraged)$/;

function passiveAgent(tokens: Token[], cue: CueMatch): PhraseSpan | null {
  if (!/(?:ed|en|wn)$/.test(tokens[cue.last]!.lower) || FEELING.test(tokens[cue.last]!.lower)) return null;
  for (let k = cue.last + 1; k <= Math.min(cue.last + 4, tokens.length - 2); k++) {
    const t = tokens[k]!;
    if (t.lower === 'by') {
      const agent = rightNounPhrase(tokens, k + 1);
      return agent && !isPlainVerb(tokens[k + 1]!) ? agent : null;
    }
    if (PUNCT_BREAKERS.has(t.text) || CLAUSE_BREAKERS.has(t.lower)) return null;
  }
  return null;
}

// "Sanders appears to lead", "the plan seemed doomed": the subject of "appear"/"seem" is what the
// writer hedges about, not someone who says it (PolNeAR gives these cues no source ~5 times in 6).
const HEDGE_CUE = /^(?:reportedly|allegedly|apparently|purportedly|supposedly|ostensibly|(?:it\s+)?(?:appears?|appeared|seems?|seemed))$/i;
const BE = /^(?:is|are|was|were|be|been|being|[’']s|[’']re)$/;
const PARTICIPLE = /^(?:\p{L}+(?:ed|en|wn)|seen|thought|said|known|told|held|made|taken|given|felt|heard|understood|believed)$/u;

// "was expected", "is widely seen", "had been told" (the verb with its own auxiliaries).
function isPassive(tokens: Token[], cue: CueMatch): boolean {
  for (let k = cue.first; k <= cue.last; k++) {
    if (!PARTICIPLE.test(tokens[k]!.lower) || FEELING.test(tokens[k]!.lower)) continue;
    for (let j = k - 1; j >= Math.max(0, cue.first - 3); j--) {
      const t = tokens[j]!.lower;
      if (BE.test(t)) return true;
      if (!AUXILIARIES.has(t) && !/ly$/.test(t)) break;
    }
  }
  return false;
}

// The subject of the sentence's main clause: the noun phrase it opens with.
function mainSubject(tokens: Token[]): PhraseSpan | null {
  let start = 0;
  // Skip a leading adverbial set off by a comma ("On Tuesday, …", "In a statement, …").
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0 && comma < 8 && (wordClasses(tokens[0]!.lower).has('Preposition') || wordClasses(tokens[0]!.lower).has('Adverb'))) start = comma + 1;
  while (start < tokens.length && /^(?:but|and|yet|so|still|now|then|meanwhile)$/.test(tokens[start]!.lower)) start++;
  const first = tokens[start];
  if (!first || (!looksLikeSubject(first) && !wordClasses(first.lower).has('Adjective'))) return null;
  let end = start;
  if (!wordClasses(first.lower).has('Pronoun')) {
    while (end + 1 < tokens.length) {
      const t = tokens[end + 1]!;
      if (PUNCT_BREAKERS.has(t.text) || t.text === '.' || CLAUSE_BREAKERS.has(t.lower) || AUXILIARIES.has(t.lower) || /n[’']t$/.test(t.lower)) break;
      if (
        !isCapitalized(t.text) &&
        (isPlainVerb(t) || (/(?:ed|ing)$/.test(t.lower) && !wordClasses(t.lower).has('Noun')) || wordClasses(t.lower).has('Adverb'))
      )
        break;
      end++;
    }
  }
  return { span: spanOf(tokens, start, end), tokenStart: start, nextIndex: end + 1 };
}

function previousToken(tokens: Token[], i: number): Token | undefined {
  return i > 0 ? tokens[i - 1] : undefined;
}

function isCloseQuote(t: string): boolean {
  // "'" closes a quotation inside a quotation ("… on 'Fox and Friends,''' said …").
  return t === '”' || t === '"' || t === '’' || t === "''" || t === "'";
}

function isOpenQuote(t: string): boolean {
  return t === '“' || t === '"' || t === "''";
}

// A word that can stand in a short noun phrase: a name, a noun, an adjective, a determiner or
// possessive, a number; not a verb form, a preposition or a clause word.
function isNominal(t: Token): boolean {
  if (isCapitalized(t.text)) return true;
  if (/^\d/.test(t.text)) return true;
  const c = wordClasses(t.lower);
  if (c.has('Preposition') || CLAUSE_BREAKERS.has(t.lower) || AUXILIARIES.has(t.lower)) return false;
  if (c.has('Determiner') || c.has('Possessive') || /^(?:neither|either|both)$/.test(t.lower)) return true;
  if (c.has('Verb') && !c.has('Noun') && !c.has('Plural') && !c.has('Adjective')) return false;
  return c.has('Noun') || c.has('Plural') || c.has('Adjective') || c.has('Actor') || (/^[\p{L}-]+$/u.test(t.text) && !/(?:ed|ing)$/.test(t.lower));
}

/** An auxiliary, a negation or an -ly adverb: what stands between a subject and its verb. */
function isAuxiliaryOrAdverb(t: Token): boolean {
  return AUXILIARIES.has(t.lower) || /n[’']t$/.test(t.lower) || (/ly$/.test(t.lower) && !isCapitalized(t.text) && wordClasses(t.lower).has('Adverb'));
}

// ("then" is as often left out of a cue as put in: "then said".)
function isCueModifier(t: Token): boolean {
  return t.lower !== 'then' && isAuxiliaryOrAdverb(t);
}

function skipAuxiliariesLeft(tokens: Token[], cueFirst: number): number {
  let j = cueFirst - 1;
  while (j >= 0 && isAuxiliaryOrAdverb(tokens[j]!)) j--;
  // A time between subject and verb is not part of the subject: "The council on Wednesday approved".
  const time = /^(?:on|last|this|late|early)$/;
  if (j >= 2 && wordClasses(tokens[j]!.lower).has('Date') && time.test(tokens[j - 1]!.lower)) j -= 2;
  else if (j >= 1 && /^(?:week|month|year|night|morning|afternoon|evening|weekend)$/.test(tokens[j]!.lower) && time.test(tokens[j - 1]!.lower)) j -= 2;
  return j;
}

// "Smith said X and predicted Y": the second verb shares the first one's subject.
function coordinatedSubject(tokens: Token[], conjunction: number, earlier: readonly FoundAttribution[]): PhraseSpan | null {
  const before = earlier.filter((a) => a.source && a.cue.end <= tokens[conjunction]!.start).pop();
  if (!before?.source) return null;
  const start = tokens.findIndex((t) => t.start === before.source!.start);
  return { span: before.source, tokenStart: Math.max(0, start), nextIndex: conjunction };
}

/** Index of the first content token after the cue and its frame (listener, "that", colon). */
function afterFrame(tokens: Token[], cue: CueMatch): number {
  let i = cue.last + 1;
  // "told AFP", "told reporters on Saturday", "told the Associated Press in an interview"; but
  // "asked whether …", "asked if …" open the content at once.
  if (LISTENER_CUES.has(tokens[cue.last]!.lower) && !CLAUSE_OPENERS.has(tokens[i]?.lower ?? '')) {
    const np = rightNounPhrase(tokens, i, true);
    // "told Jeb Bush to quiet down", "urged voters to stay home": the listener is the one who is
    // to act, and the request is theirs with them in it.
    const request = np !== null && tokens[np.nextIndex]?.lower === 'to' && isBareInfinitive(tokens[np.nextIndex + 1]);
    if (np && !request) i = np.nextIndex;
  }
  if (i < tokens.length && (tokens[i]!.text === ':' || tokens[i]!.text === ',')) i++;
  return i;
}

function isClauseEnd(tokens: Token[], i: number, ctx: SentenceContext): boolean {
  if (i >= tokens.length) return true;
  const t = tokens[i]!;
  if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return true;
  if (t.text === ',') {
    // "“…,” Smith said, “…”" and "…, Smith said, adding …" — the quote before is the content.
    const next = tokens[i + 1];
    return (
      next !== undefined &&
      (isOpenQuote(next.text) || /^(?:adding|noting|citing|and|but|as|while|in|on|according|referring|calling|explaining)$/i.test(next.lower))
    );
  }
  const rest = ctx.prose.slice(t.start, ctx.sentence.end);
  if (TRAILING_MODIFIERS.test(rest)) {
    // A trailing time or place ("on Saturday", "in a statement") with no new clause after it.
    let j = i;
    while (j < tokens.length && !/^[.,;!?]$/.test(tokens[j]!.text) && !CLAUSE_BREAKERS.has(tokens[j]!.lower)) {
      // "… on Saturday to show restraint": an infinitive is the content, not a trailing modifier.
      if (tokens[j]!.lower === 'to' && j + 1 < tokens.length && wordClasses(tokens[j + 1]!.lower).has('Verb')) return false;
      if (
        j > i &&
        wordClasses(tokens[j]!.lower).has('Verb') &&
        !wordClasses(tokens[j]!.lower).has('Noun') &&
        !isCapitalized(tokens[j]!.text) &&
        !/^(?:told|telling|adding)$/.test(tokens[j]!.lower)
      )
        return false;
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
    if (DASHES.has(last.text)) return dashAppositiveSubject(tokens, end, ctx);
    return null;
  }
  // "Sen. Lindsey Graham, R-S.C., said": the period of a party-and-state tag is the tag's own.
  const partyTag = last.text === '.' && end > 0 && tokens[end - 1]!.end === last.start && /^[A-Z]-[A-Z]/.test(tokens[end - 1]!.text);
  if (isCloseQuote(last.text) || (last.text === '.' && !partyTag)) return null;
  // A clause word or a preposition is not the end of a subject ("… before floating", "by implying").
  if (CLAUSE_BREAKERS.has(last.lower) || wordClasses(last.lower).has('Preposition')) return null;
  let start = end;
  if (last.text === ')') {
    // "Sen. Bernie Sanders (I-Vt.) said": a short parenthesis belongs to the name before it.
    const open = parenthesisStart(tokens, end);
    if (open < 1) return null;
    start = open;
  }
  // "Her advisers and allies say", "Neither Cruz nor Christie acknowledged": a coordinated
  // subject is taken whole when the phrase before the conjunction opens the clause; it is not
  // when a verb comes first ("Trump won Iowa and Cruz said": Iowa is the object).
  let conjunct = -1;
  // "the Organization for Economic Cooperation and Development": "and" between capitalised
  // words is kept whatever the words are, as long as no verb comes before.
  let betweenNames = false;
  let cleanStart = true;
  while (start > 0) {
    const prev = tokens[start - 1]!;
    const coordinator = /^(?:and|or|nor)$/.test(prev.lower) && conjunct < 0 && start - 1 > 0 && !PUNCT_BREAKERS.has(tokens[start - 2]!.text);
    if (coordinator) {
      conjunct = start;
      betweenNames = prev.lower === 'and' && isCapitalized(tokens[start]!.text) && isCapitalized(tokens[start - 2]!.text);
      start--;
      continue;
    }
    if (
      PUNCT_BREAKERS.has(prev.text) ||
      (CLAUSE_BREAKERS.has(prev.lower) &&
        !(prev.lower === 'and' && isCapitalized(tokens[start]!.text) && start - 2 >= 0 && isCapitalized(tokens[start - 2]!.text)))
    )
      break;
    if (prev.text === '.') break;
    if (isPlainVerb(prev) && !isCapitalized(prev.text)) {
      cleanStart = false;
      break;
    }
    start--;
    if (end - start >= MAX_SOURCE_TOKENS) {
      cleanStart = false;
      break;
    }
  }
  // The phrase before the conjunction: a few words of a noun phrase ("Her advisers", "Liberal",
  // "Neither Cruz"), no verb or preposition in it ("the body and researchers", "a mistake and
  // established").
  // A lone capitalised word the lexicon does not know ("Trump and his attorneys", "Mills and
  // another aide") may be a surname or a sentence's first word: left out, so that the unnamed
  // part is still what the rules see.
  if (conjunct >= 0) {
    const words = conjunct - 1 - start;
    const lone = tokens[start]!;
    const loneClasses = words === 1 ? wordClasses(lone.lower) : null;
    const loneUnknown =
      loneClasses !== null &&
      isCapitalized(lone.text) &&
      !SUBJECT_PRONOUNS.test(lone.lower) &&
      !loneClasses.has('Adjective') &&
      !loneClasses.has('Plural') &&
      !loneClasses.has('FirstName') &&
      !loneClasses.has('LastName');
    const nounPhraseBefore = !loneUnknown && words <= 4 && tokens.slice(start, conjunct - 1).every(isNominal);
    if (!cleanStart || words <= 0 || !(betweenNames || nounPhraseBefore)) start = conjunct;
  }
  start = dropLeadingAdverbial(tokens, start, end);
  if (start > end) return null;
  if (end - start + 1 > MAX_SOURCE_TOKENS) return null;
  return { span: spanOf(tokens, start, end), tokenStart: start, nextIndex: end + 1 };
}

// Words that interrupt a subject and its verb without describing the subject: "Clinton, meanwhile, said".
const PARENTHETICALS =
  /^(?:however|meanwhile|too|also|though|instead|moreover|furthermore|then|now|in turn|for example|for instance|for his part|for her part|for their part|in contrast|by contrast|in particular|in fact|of course|in response|in a statement|in an interview|at the time|on tuesday|on monday|on wednesday|on thursday|on friday|on saturday|on sunday)$/i;

/**
 * "Rami Abdel Rahman, who heads the Observatory, told AFP", "Nevada's governor, Brian Sandoval,
 * a Republican, said": the subject with its appositives, up to and including the last comma.
 */
function appositiveSubject(tokens: Token[], commaIndex: number, ctx: SentenceContext): PhraseSpan | null {
  let close = commaIndex;
  let head: PhraseSpan | null = null;
  let parenthetical = false;
  // Where the subject ends when a participle follows it (its comma is not the subject's).
  let subjectEnd = commaIndex;
  for (let round = 0; round < 3; round++) {
    let open = close - 1;
    while (open >= 0 && tokens[open]!.text !== ',' && close - open < 26) open--;
    const segmentStart = open + 1;
    // Nothing between two commas, or a comma that opens the sentence (",said"): no subject.
    if (segmentStart > close - 1) return null;
    const segment = ctx.prose.slice(tokens[segmentStart]!.start, tokens[close - 1]!.end);
    if (open < 0 || tokens[open]!.text !== ',') {
      // The clause starts here: the segment itself is the head noun phrase.
      if (round === 0) return null;
      const np = leftNounPhrase(tokens, close - 1, ctx);
      if (np && np.tokenStart === segmentStart) head = np;
      break;
    }
    const opener = tokens[segmentStart]!;
    // "Fiorina, speaking to Iowans, said", "Smith, asked about the plan, said": a participle tells
    // what the subject was doing, not who it is.
    const participle = /^\p{Ll}+(?:ing|ed)$/u.test(opener.text) && !wordClasses(opener.lower).has('Noun') && !wordClasses(opener.lower).has('Adjective');
    if (round === 0 && PARENTHETICALS.test(segment.trim())) {
      parenthetical = true;
    } else if (round === 0 && participle) {
      subjectEnd = open - 1;
    } else if ((CLAUSE_BREAKERS.has(opener.lower) && !/^(?:as)$/.test(opener.lower)) || (isPlainVerb(opener) && !isCapitalized(opener.text))) {
      return null;
    }
    const np = leftNounPhrase(tokens, open - 1, ctx);
    if (!np) return null;
    head = np;
    const beforeHead = tokens[np.tokenStart - 1];
    // Another appositive before this one ("Nevada's governor, Brian Sandoval, …")?
    if (beforeHead?.text !== ',' || !looksLikeSubject(tokens[np.tokenStart]!) || parenthetical) break;
    close = np.tokenStart - 1;
  }
  if (!head || !(isCapitalized(tokens[head.tokenStart]!.text) || looksLikeSubject(tokens[head.tokenStart]!))) return null;
  if (parenthetical) return head;
  return { span: { start: head.span.start, end: tokens[subjectEnd]!.end }, tokenStart: head.tokenStart, nextIndex: commaIndex + 1 };
}

const DASHES = new Set(['—', '–', '--', '-']);

/**
 * "Trump's running mate — Indiana Gov. Mike Pence — has thrown his support behind Ryan",
 * "insiders in the next two states — Nevada and South Carolina — said": an aside between dashes
 * belongs to the subject before it.
 */
function dashAppositiveSubject(tokens: Token[], closeDash: number, ctx: SentenceContext): PhraseSpan | null {
  let open = closeDash - 1;
  while (open > 0 && !DASHES.has(tokens[open]!.text) && !/^[.;:!?]$/.test(tokens[open]!.text) && closeDash - open < 30) open--;
  if (open <= 0 || tokens[open]!.text !== tokens[closeDash]!.text || open === closeDash - 1) return null;
  // A relative clause between dashes ("Lazio — who was regarded as a lightweight — was dismissed")
  // is a claim of its own, which the rules judge; only a naming aside joins the subject.
  if (RELATIVE_OPENERS.test(tokens[open + 1]!.lower)) return null;
  const np = leftNounPhrase(tokens, open - 1, ctx);
  if (!np || wordClasses(tokens[np.tokenStart]!.lower).has('Preposition')) return null;
  return { span: { start: np.span.start, end: tokens[closeDash]!.end }, tokenStart: np.tokenStart, nextIndex: closeDash + 1 };
}

/** A subject with appositives that opens the sentence and ends at the comma `commaIndex`. */
function openingSubject(tokens: Token[], commaIndex: number, ctx: SentenceContext): PhraseSpan | null {
  const subject = appositiveSubject(tokens, commaIndex, ctx);
  if (!subject) return null;
  const first = tokens[subject.tokenStart]!;
  const atStart = subject.tokenStart === 0 || (subject.tokenStart === 1 && COORDINATORS.has(tokens[0]!.lower));
  return atStart && !wordClasses(first.lower).has('Preposition') ? subject : null;
}

/** The noun phrase that starts at token `start` (inverted subject, or a listener after "told"). */
function rightNounPhrase(tokens: Token[], start: number, listener = false): PhraseSpan | null {
  if (start >= tokens.length) return null;
  let end = start;
  while (end < tokens.length) {
    const t = tokens[end]!;
    const closing = t.text === '(' ? parenthesisEnd(tokens, end) : -1;
    if (closing > 0 && end > start) {
      end = closing + 1;
      continue;
    }
    if (PUNCT_BREAKERS.has(t.text) || t.text === '.' || (end > start && (CLAUSE_BREAKERS.has(t.lower) || t.lower === 'to'))) break;
    if (end > start) {
      // A word after a determiner is a noun, whatever else the lexicon says ("many in the party").
      const verb = isPlainVerb(t) && !isCapitalized(t.text) && !DETERMINERS.test(tokens[end - 1]!.lower);
      if (listener && (/^(?:on|in|at|during|last|this|that|about|after|before|when|if|he|she|they|it|we|i)$/i.test(t.lower) || verb)) break;
      if (!listener && verb && !wordClasses(t.lower).has('Noun')) break;
    }
    end++;
  }
  if (end === start) return null;
  return { span: spanOf(tokens, start, end - 1), tokenStart: start, nextIndex: end };
}

/**
 * The subject after an inverted verb of saying. A time or a setting that closes the sentence is
 * not part of it ("said John Smith in an interview.", "said Mayor Jane Doe on Tuesday."); a
 * relative clause is ("said Sen. Jim Whelan who represents the city."; with its comma, the
 * appositive takes it).
 */
function invertedSubject(tokens: Token[], start: number, ctx: SentenceContext): PhraseSpan | null {
  const np = rightNounPhrase(tokens, start);
  if (!np) return null;
  const upTo = (k: number): PhraseSpan => ({ span: spanOf(tokens, np.tokenStart, k - 1), tokenStart: np.tokenStart, nextIndex: k });
  for (let k = np.tokenStart + 1; k < np.nextIndex; k++) {
    if (settingEndsClause(tokens, k, ctx)) return upTo(k);
    if (/^(?:who|whose)$/.test(tokens[k]!.lower)) {
      // The relative clause runs to the end of the sentence, or to a comma before a participle.
      let end = k;
      while (end < tokens.length && !/^[.;:!?,]$/.test(tokens[end]!.text) && !isOpenQuote(tokens[end]!.text)) end++;
      return end >= tokens.length || tokens[end]!.text !== ',' || isClauseEnd(tokens, end, ctx) ? upTo(end) : upTo(k);
    }
  }
  if (isClauseEnd(tokens, np.nextIndex, ctx)) return np;
  for (let k = np.tokenStart + 1; k < np.nextIndex; k++) {
    if (TRAILING_MODIFIERS.test(tokens[k]!.text) && wordClasses(tokens[k]!.lower).has('Preposition') && isClauseEnd(tokens, k, ctx)) return upTo(k);
  }
  return np;
}

// "said Dr. Harold Varmus, the Nobel Prize-winning former NIH director.": the appositive is part of the source.
function withAppositive(tokens: Token[], np: PhraseSpan | null, ctx: SentenceContext): PhraseSpan | null {
  if (!np || tokens[np.nextIndex]?.text !== ',') return np;
  const opener = tokens[np.nextIndex + 1];
  if (
    !opener ||
    CLAUSE_BREAKERS.has(opener.lower) ||
    /ing$/.test(opener.lower) ||
    isOpenQuote(opener.text) ||
    (isPlainVerb(opener) && !isCapitalized(opener.text))
  )
    return np;
  let end = np.nextIndex + 1;
  // It ends where the sentence or a clause does, or at a participle after a comma ("…, a former
  // spokesman, recalling a report"): the participle shares the subject, it does not describe it.
  while (
    end < tokens.length &&
    !/^[.;:!?]$/.test(tokens[end]!.text) &&
    !(tokens[end]!.text === ',' && (isClauseEnd(tokens, end, ctx) || isParticiple(tokens[end + 1])))
  )
    end++;
  // Keep the comma that closes the appositive before a participle ("…, chairman of Fox, noting that").
  const last = tokens[end]?.text === ',' ? end : end - 1;
  return { span: { start: np.span.start, end: tokens[last]!.end }, tokenStart: np.tokenStart, nextIndex: last + 1 };
}

/** Whether token i opens a time or setting ("on Tuesday", "in a telephone interview") that ends the clause. */
function settingEndsClause(tokens: Token[], i: number, ctx: SentenceContext): boolean {
  if (i >= tokens.length) return false;
  const setting = LEADING_SETTING.exec(ctx.prose.slice(tokens[i]!.start, ctx.sentence.end));
  if (!setting) return false;
  // Where the setting ends, without the comma and space the pattern takes after it.
  let length = setting[0].length;
  while (length > 0 && (setting[0][length - 1] === ',' || /\s/.test(setting[0][length - 1]!))) length--;
  const after = tokens.findIndex((t) => t.start >= tokens[i]!.start + length);
  return after < 0 || isClauseEnd(tokens, after, ctx);
}

function isParticiple(t: Token | undefined): boolean {
  return t !== undefined && !isCapitalized(t.text) && /ing$/.test(t.lower) && wordClasses(t.lower).has('Verb');
}

function parenthesisEnd(tokens: Token[], open: number): number {
  for (let k = open + 1; k < Math.min(tokens.length, open + 8); k++) if (tokens[k]!.text === ')') return k;
  return -1;
}

function parenthesisStart(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - 8); k--) if (tokens[k]!.text === '(') return k;
  return -1;
}

// The word after "to" as a verb: lower-case and not a determiner, pronoun or possessive ("to quiet
// down", "to stay"; not "to the press", "to his aides").
function isBareInfinitive(t: Token | undefined): boolean {
  if (!t || !/^\p{Ll}+$/u.test(t.text)) return false;
  const cls = wordClasses(t.lower);
  return !cls.has('Determiner') && !cls.has('Pronoun') && !cls.has('Possessive') && !cls.has('Preposition');
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
    if (cls.has('Determiner') || (cls.has('Pronoun') && !cls.has('Possessive'))) return k;
  }
  return start;
}

// ", while 9 percent …", ", however this time …": a contrast that is the writer's, not the source's.
const CONTRAST = /,\s+(?:while|whereas|however|although|though|even as|even though|which)\b/i;

const EMBEDDED_RELATIVE_END = /^[^,;:]*,\s+(?:would|will|is|are|was|were|has|have|had|could|can|should|may|might|must|did|does|do)\b/i;

function contentAfter(ctx: SentenceContext, tokens: Token[], i: number): Span | null {
  if (i >= tokens.length) return null;
  let start = tokens[i]!.start;
  for (
    let setting = LEADING_SETTING.exec(ctx.prose.slice(start, ctx.sentence.end));
    setting;
    setting = LEADING_SETTING.exec(ctx.prose.slice(start, ctx.sentence.end))
  ) {
    start += setting[0].length;
  }
  // "wrote in his 1990 autobiography that …", "groused to a crowd in Georgia that …": a short
  // phrase of setting before "that" belongs to neither the cue nor the content.
  const beforeThat = /^(?:(?:in|on|to|at|during|following|after|before|from|with|via|through)\s+[^,.;:“"”]{1,60}?)\s+(?=that\s)/i.exec(
    ctx.prose.slice(start, ctx.sentence.end),
  );
  if (beforeThat && !ctx.quotes.some((q) => q.start >= start && q.start < start + beforeThat[0].length)) start += beforeThat[0].length;
  let end = ctx.sentence.end;
  // A quotation that opens here and runs past the sentence is content to its end.
  const q = ctx.quotes.find((x) => x.start === start || (x.start >= start && x.start < end && x.end > end));
  if (q && q.end > end) end = q.end;
  else {
    const contrast = CONTRAST.exec(ctx.prose.slice(start, end));
    // "the budget, which the council passed in May, would be cut": a relative clause set inside
    // the reported clause, whose verb comes after it, is part of what was said.
    const embedded =
      contrast !== null && /^,\s+which\b/i.test(contrast[0]) && EMBEDDED_RELATIVE_END.test(ctx.prose.slice(start + contrast.index + contrast[0].length, end));
    if (contrast && !embedded && !ctx.quotes.some((x) => x.start <= start + contrast.index && start + contrast.index < x.end)) end = start + contrast.index;
  }
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
