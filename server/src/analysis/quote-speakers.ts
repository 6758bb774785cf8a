// Who speaks each direct quotation: decided once per document, read by unattributed-quote (a
// quotation with no speaker is its finding) and by the claims ledger (the quotation's source), so
// `check` and the ledger cannot disagree about a quotation. Pure: the model and the rules'
// reporting vocabulary in, one speaker (or none) per quotation out.
import type { DocumentModel, Sentence } from './model';
import type { Quote } from './quotes';
import { firstIndexWhere } from './span-index';
import type { Attribution, Span } from './types';

export interface QuoteSpeaker {
  /** The attribution that speaks the quotation (its index in `model.attributions`). */
  attribution: number;
  /**
   * How it was found: the quotation is in its reported words ('content'); it is in a sentence of the
   * quotation ('sentence'), or of the sentence before or after it ('previous-sentence',
   * 'next-sentence', in its paragraph or across the paragraph break it touches); a run of
   * quotations it belongs to has that speaker ('run'); or it goes on in the voice of someone the
   * sentence before it is about, who was quoted earlier ('earlier-quote').
   */
  via: 'content' | 'sentence' | 'previous-sentence' | 'next-sentence' | 'run' | 'earlier-quote';
}

/** One attribution's reported words (a piece of them), for finding the report that covers a quotation. */
export interface ReportPiece extends Span {
  attribution: number;
}

/** The first and last sentence a quotation overlaps (`first` is sentences.length when none). */
export function sentenceRange(sentences: readonly Sentence[], quote: Span): { first: number; last: number } {
  const first = firstIndexWhere(sentences.length, (i) => sentences[i]!.end > quote.start);
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < quote.end) last++;
  return { first, last };
}

/**
 * The speaker of each quotation of the model (null: none in its sentence or the sentences beside
 * it). `reports` are the reported words of every report (with or without a source); `isReport`
 * tells a report ("said") from an act ("voted").
 */
export function findQuoteSpeakers(model: DocumentModel, reports: readonly ReportPiece[], isReport: (a: Attribution) => boolean): (QuoteSpeaker | null)[] {
  const { sentences, quotes, prose } = model;
  const covering = coveringReport(model, reports);
  const speakers: (QuoteSpeaker | null)[] = quotes.map(() => null);
  let earlierSpeakers: EarlierSpeakers | undefined;
  // A run of quotations with nothing but blanks between them is one speaker's words: news copy
  // runs a quotation on sentence after sentence ("“A.” “B.”"), and British copy whose paragraph
  // breaks were lost opens each former paragraph without closing the last ("“A. “B.”"). A
  // speaker anywhere beside the run, before its first sentence or after its last, speaks it all.
  // The run goes on across a paragraph break when a paragraph that ends on a quotation is followed
  // by one that opens with one: the next paragraph continues the speaker's words, the way a story
  // quotes someone at length (ATTRIBUTION.md: a quotation continuing an attributed one is attributed).
  for (let r = 0; r < quotes.length;) {
    const run = [{ index: r, ...sentenceRange(sentences, quotes[r]!) }];
    for (r++; r < quotes.length && /^\s*$/.test(prose.slice(quotes[r - 1]!.end, quotes[r]!.start)); r++) {
      const next = { index: r, ...sentenceRange(sentences, quotes[r]!) };
      if (!continuesRun(model, sentences[run[run.length - 1]!.last], sentences[next.first])) break;
      run.push(next);
    }
    let shared: QuoteSpeaker | null = null;
    for (const x of run) {
      if (x.first >= sentences.length) continue;
      const own = speakerBeside(model, quotes[x.index]!, x.first, x.last, covering, isReport);
      speakers[x.index] = own;
      shared ??= own;
    }
    if (!shared) {
      const earlier = continuesSpeaker(model, quotes[run[0]!.index]!, run[0]!.first, (earlierSpeakers ??= speakersOf(model)));
      shared = earlier === null ? null : { attribution: earlier, via: 'earlier-quote' };
    }
    if (shared) for (const x of run) speakers[x.index] ??= shared.via === 'earlier-quote' ? shared : { attribution: shared.attribution, via: 'run' };
  }
  return speakers;
}

/** Whether a quotation opening `next` continues a run whose last quotation ends in `last`: the same block, or paragraphs one after the other. */
function continuesRun(model: DocumentModel, last: Sentence | undefined, next: Sentence | undefined): boolean {
  if (!last || !next) return false;
  if (next.block === last.block) return true;
  return next.block === last.block + 1 && model.blocks[last.block]?.kind === 'paragraph' && model.blocks[next.block]?.kind === 'paragraph';
}

/** The report whose words overlap a span, one with a source first; -1 when none does. */
function coveringReport(model: DocumentModel, reports: readonly ReportPiece[]): (span: Span) => number {
  const sorted = [...reports].sort((a, b) => a.start - b.start);
  let max = -Infinity;
  const maxEnd = sorted.map((s) => (max = Math.max(max, s.end)));
  return (span) => {
    let found = -1;
    // From the last piece starting before the span ends, back while an earlier piece may still reach into it.
    for (let k = firstIndexWhere(sorted.length, (i) => sorted[i]!.start >= span.end) - 1; k >= 0 && maxEnd[k]! > span.start; k--) {
      const piece = sorted[k]!;
      if (piece.end <= span.start) continue;
      if (model.attributions[piece.attribution]!.source) return piece.attribution;
      if (found < 0) found = piece.attribution;
    }
    return found;
  };
}

function speakerBeside(
  model: DocumentModel,
  quote: Quote,
  first: number,
  last: number,
  covering: (span: Span) => number,
  isReport: (a: Attribution) => boolean,
): QuoteSpeaker | null {
  const { sentences, attributions, nested } = model;
  // Only a report names a speaker: "The plan drew criticism as “…”" does not say who said it.
  const report = covering(quote);
  if (report >= 0) return { attribution: report, via: 'content' };
  const speaks = (s: number) => {
    const sentence = sentences[s]!;
    // A neighbour counts only inside the same paragraph, or across the paragraph break it touches.
    if (Math.abs(sentence.block - sentences[first]!.block) > 1) return undefined;
    // A named speaker whose verb is not one of saying ("continued", "thanked") speaks when what they
    // say is itself a quotation: “…?” Scarborough continued., “…,” the statement read. (Not "The plan
    // drew criticism as “…”": a thing is no speaker.)
    return sentence.attributions.find((i) => {
      const a = attributions[i]!;
      return !nested[i] && a.source && (isReport(a) || (a.direct && (a.sourceKind === 'named' || a.sourceKind === 'pronoun' || a.sourceKind === 'document')));
    });
  };
  for (let s = first; s <= last; s++) {
    const i = speaks(s);
    if (i !== undefined) return { attribution: i, via: 'sentence' };
  }
  for (const [s, via] of [
    [first - 1, 'previous-sentence'],
    [last + 1, 'next-sentence'],
  ] as const) {
    if (s < 0 || s >= sentences.length) continue;
    const i = speaks(s);
    if (i !== undefined) return { attribution: i, via };
  }
  return null;
}

const ARTICLES = /^(?:The|A|An|His|Her|Their|Its|This|That|These|Those|Our|My)$/;

/**
 * “I have lost weight,” he said. … Lewis-Francis still feels the frustration of the final. “That
 * was heartbreaking.” A quotation right after a sentence about someone the story has already
 * quoted, in that sentence's paragraph or the next, goes on in their voice: the sentence is its
 * attribution. The earliest attribution that quoted them, or null.
 */
function continuesSpeaker(model: DocumentModel, quote: Quote, first: number, speakers: EarlierSpeakers): number | null {
  const { sentences, attributions, nested, prose } = model;
  const before = sentences[first - 1];
  if (!before || first >= sentences.length || before.block < sentences[first]!.block - 1 || quote.start < sentences[first]!.start) return null;
  if (before.attributions.some((i) => !nested[i] && attributions[i]!.source)) return null;
  const sentence = prose.slice(before.start, before.end);
  let found = Infinity;
  // The earliest attribution whose quotation ended before this sentence and whose speaker it names.
  const earliest = (quoted: readonly Quoted[]) => {
    for (const q of quoted) if (q.end <= before.start && q.attribution < found) found = q.attribution;
  };
  for (const m of sentence.matchAll(/\p{L}+/gu)) earliest(speakers.plain.get(m[0]) ?? []);
  for (const other of speakers.others) if (other.pattern.test(sentence)) earliest(other.quoted);
  return found === Infinity ? null : found;
}

/** A direct quotation's attribution and where its quoted words end. */
interface Quoted {
  attribution: number;
  end: number;
}

/**
 * The surnames of the document's direct quotations' speakers, gathered once per document: asked
 * per quotation, rebuilding them from every earlier attribution made a long paragraph of
 * quotations quadratic.
 */
interface EarlierSpeakers {
  /** Surnames of letters only: a whole word of the sentence equal to one names the speaker. */
  plain: Map<string, Quoted[]>;
  /** Surnames with an apostrophe or a hyphen, which stands for any character ("O’Brien", "O'Brien"). */
  others: { pattern: RegExp; quoted: Quoted[] }[];
}

function speakersOf(model: DocumentModel): EarlierSpeakers {
  const plain = new Map<string, Quoted[]>();
  const others = new Map<string, { pattern: RegExp; quoted: Quoted[] }>();
  model.attributions.forEach((a, i) => {
    if (model.nested[i] || !a.direct || !a.source || !a.content) return;
    // The speaker's surname: the last capitalised word of the name ("Lewis-Francis", "Price").
    const surname = (a.sourceKind === 'pronoun' ? a.resolvedSource : a.source)?.text
      .match(/\p{Lu}[\p{L}’'-]+/gu)
      ?.filter((w) => !ARTICLES.test(w))
      .pop();
    if (surname === undefined) return;
    const quoted = { attribution: i, end: a.content.end };
    if (/^\p{L}+$/u.test(surname)) {
      const list = plain.get(surname);
      if (list) list.push(quoted);
      else plain.set(surname, [quoted]);
    } else {
      let other = others.get(surname);
      if (!other) others.set(surname, (other = { pattern: new RegExp(`(?<![\\p{L}])${surname.replace(/[’'-]/g, '.')}(?![\\p{L}])`, 'u'), quoted: [] }));
      other.quoted.push(quoted);
    }
  });
  return { plain, others: [...others.values()] };
}
