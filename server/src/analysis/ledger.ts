// The claims ledger: every checkable claim of a story — figures, dates, named events, direct
// quotations, and every sentence the claim detector finds check-worthy (records, causes, fractions,
// accusations …) — with its sentence, its line, who it is attributed to, the detector's score and
// the features that made it a claim, and a blank "verified by" column: the sheet a copy desk fills in. Pure: an analysis result in, rows out; the CLI
// (`whosaid ledger`) and the editor's "Claims" view and export command format the same rows.
import { assessClaim, claimTrigger, describeReason } from './claims';
import { findDates, findWeekdays } from './dates';
import { findFigures } from './figures';
import type { AnalysisResult } from './index';
import type { Sentence } from './model';
import { LineIndex } from './positions';
import type { SourceKind, Span } from './types';

/** `claim`: a check-worthy sentence with no figure, date or event of its own (a record, a cause, an accusation …). */
export type ClaimKind = 'figure' | 'date' | 'event' | 'quote' | 'claim';

export interface LedgerAttribution {
  /** Who, as written ("Rami Abdel Rahman", "the Observatory"); a pronoun's resolved name; empty for a report whose source was not found (a quotation's speaker, see `speakerOf`). */
  source: string;
  kind: SourceKind | null;
  /** The attribution verb or phrase ("said", "according to"). */
  cue: string;
  /**
   * Where it was found: the claim is inside its content, in its sentence, or continues the sentence
   * before. A quotation's speaker is the one unattributed-quote finds (analysis/quote-speakers.ts):
   * also in the sentence after it ('next-sentence'), beside a quotation it runs on from ('run'), or
   * someone quoted earlier whom the sentence before it is about ('earlier-quote').
   */
  via: 'content' | 'sentence' | 'previous-sentence' | 'next-sentence' | 'run' | 'earlier-quote';
}

export interface LedgerRow extends Span {
  /** 1-based, in document order. */
  id: number;
  kind: ClaimKind;
  /** The claim as written, whitespace collapsed. */
  claim: string;
  /** 1-based line and column (UTF-16 code units) of the claim's start. */
  line: number;
  column: number;
  /** The sentence it is in, whitespace collapsed, and where. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Null when nothing in or around the sentence attributes it. */
  attribution: LedgerAttribution | null;
  /** The claim detector's score of the sentence (above its threshold: check-worthy), two decimals. */
  score: number;
  /** What made the sentence a claim, strongest first ("record: ‘on record’"); empty when it is not check-worthy. */
  why: string[];
  /** Always empty: for the desk to fill in. */
  verifiedBy: string;
}

// "the Paris attacks", "the Iowa caucuses", "Super Tuesday", "the Geneva talks", "World War II".
const EVENT =
  /(?<![\p{L}\p{N}])(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:[Aa]ttacks?|[Ss]ummit|[Cc]onference|[Cc]onvention|[Cc]aucus(?:es)?|[Pp]rimary|[Pp]rimaries|[Dd]ebate|[Ee]lection|[Ww]ar(?:\s+I{1,2})?|[Aa]greement|[Aa]ccords?|[Tt]reaty|[Mm]assacre|[Bb]ombings?|[Oo]lympics|[Gg]ames|[Cc]up|[Uu]prising|[Rr]evolution|[Cc]risis|[Tt]alks|[Rr]eferendum|[Pp]rotests?|[Ss]hooting|[Ss]iege|[Oo]ffensive|[Hh]earing|[Tt]rial|[Ff]orum)|Super\s+Tuesday|Brexit|9\/11)(?![\p{L}])/gu;
const DATE_CUE = /\b(?:on|last|since|by|until|next|this|from|before|after|late|early)\s+$/i;

/** The ledger rows of one analysed document. */
export function buildLedger(result: AnalysisResult): LedgerRow[] {
  const { model } = result;
  const lines = new LineIndex(model.text);
  const found: { kind: ClaimKind; span: Span; sentence: Sentence; index: number; quote?: number }[] = [];
  const copy = (s: Sentence) => model.blocks[s.block]?.kind === 'paragraph';
  const claims: typeof found = [];

  model.sentences.forEach((sentence, index) => {
    if (!copy(sentence)) return;
    const add = (kind: ClaimKind, span: Span) => {
      if (found.some((f) => f.span.start < span.end && span.start < f.span.end && f.kind !== 'quote' && kind !== 'quote')) return;
      found.push({ kind, span, sentence, index });
    };
    for (const f of findFigures(model.prose, sentence.start, sentence.end)) add('figure', f);
    const dates = findDates(model.prose, sentence.start, sentence.end);
    for (const d of dates) add('date', d);
    for (const w of findWeekdays(model.prose, sentence.start, sentence.end, dates)) {
      const before = model.prose.slice(Math.max(sentence.start, w.start - 12), w.start);
      if (w.relative || DATE_CUE.test(before)) add('date', w);
    }
    const text = model.prose.slice(sentence.start, sentence.end);
    // A check-worthy sentence with nothing above to list is listed by what makes it a claim.
    const claim = assessClaim(text, model.memo);
    EVENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EVENT.exec(text)) !== null) {
      const at = sentence.start + m.index + m[0].indexOf(m[1]!);
      add('event', { start: at, end: at + m[1]!.length });
    }
    if (claim.checkworthy) {
      const trigger = claimTrigger(claim);
      claims.push({ kind: 'claim', span: trigger ? { start: sentence.start + trigger.start, end: sentence.start + trigger.end } : sentence, sentence, index });
    }
  });
  // Direct quotations of four words or more, once each, in the sentence they start in.
  model.quotes.forEach((q, quote) => {
    const words = model.prose
      .slice(q.innerStart, q.innerEnd)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words < 4) return;
    const index = model.sentences.findIndex((s) => s.end > q.start);
    const sentence = model.sentences[index];
    if (!sentence || !copy(sentence)) return;
    found.push({ kind: 'quote', span: { start: q.start, end: q.end }, sentence, index, quote });
  });
  const listed = new Set(found.map((f) => f.sentence));
  for (const c of claims) if (!listed.has(c.sentence)) found.push(c);
  found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return found.map((f, i) => {
    const at = lines.positionAt(f.span.start);
    const claim = assessClaim(model.prose.slice(f.sentence.start, f.sentence.end), model.memo);
    return {
      id: i + 1,
      kind: f.kind,
      start: f.span.start,
      end: f.span.end,
      claim: collapse(model.text.slice(f.span.start, f.span.end)),
      line: at.line + 1,
      column: at.character + 1,
      sentence: collapse(model.text.slice(f.sentence.start, f.sentence.end)),
      sentenceStart: f.sentence.start,
      sentenceEnd: f.sentence.end,
      attribution: f.quote !== undefined ? speakerOf(result, f.quote) : attributionOf(result, f.span, f.index),
      score: Math.round(claim.score * 100) / 100,
      why: claim.checkworthy ? claim.reasons.map(describeReason) : [],
      verifiedBy: '',
    };
  });
}

/** A quotation's speaker as unattributed-quote sees it: null exactly when that rule asks who said it. */
function speakerOf(result: AnalysisResult, quote: number): LedgerAttribution | null {
  const speaker = result.quoteSpeakers[quote];
  if (!speaker) return null;
  const a = result.model.attributions[speaker.attribution]!;
  const who = a.resolvedSource ?? a.source;
  if (who) return { source: collapse(who.text), kind: a.resolvedSource ? 'named' : a.sourceKind, cue: collapse(a.cue.text), via: speaker.via };
  // A report whose source was not found covers the quotation ("It was said at the time that the
  // deal was “…”"), so the rule does not ask; the ledger says so, with the report's cue, rather than
  // credit the words to a source of a sentence nearby.
  return { source: '', kind: null, cue: collapse(a.cue.text), via: speaker.via };
}

function attributionOf(result: AnalysisResult, span: Span, index: number): LedgerAttribution | null {
  const { model } = result;
  const usable = (i: number) => !model.nested[i] && model.attributions[i]!.source !== null;
  const describe = (i: number, via: LedgerAttribution['via']): LedgerAttribution => {
    const a = model.attributions[i]!;
    const who = a.resolvedSource ?? a.source!;
    return { source: collapse(who.text), kind: a.resolvedSource ? 'named' : a.sourceKind, cue: collapse(a.cue.text), via };
  };
  // Inside the content of an attribution ("… said that 12 people were killed").
  const containing = model.attributions.findIndex((a, i) => usable(i) && a.content !== null && a.content.start <= span.start && span.end <= a.content.end);
  if (containing >= 0) return describe(containing, 'content');
  const sentence = model.sentences[index]!;
  const inSentence = sentence.attributions.find(usable);
  if (inSentence !== undefined) return describe(inSentence, 'sentence');
  // A sentence that continues the attributed account of the one before it, in the same paragraph.
  const previous = model.sentences[index - 1];
  if (previous && previous.block === sentence.block) {
    const before = previous.attributions.find(usable);
    if (before !== undefined) return describe(before, 'previous-sentence');
  }
  return null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The source as every ledger view shows it: the name, or for a report whose source was not found, its cue. */
export function sourceLabel(a: Pick<LedgerAttribution, 'source' | 'cue'>): string {
  return a.source || `no source found (“${a.cue}”)`;
}

export type LedgerFormat = 'csv' | 'json' | 'md';

export interface LedgerFile {
  /** The file's name as the shell shows it. */
  path: string;
  rows: readonly LedgerRow[];
}

export const LEDGER_COLUMNS = ['file', 'id', 'line', 'column', 'kind', 'claim', 'sentence', 'source', 'source kind', 'score', 'why', 'verified by'] as const;

/** The ledger of one or more files as CSV (RFC 4180), JSON or a Markdown table per file. */
export function formatLedger(files: readonly LedgerFile[], format: LedgerFormat): string {
  if (format === 'json') {
    return JSON.stringify({ version: 1, files: files.map((f) => ({ path: f.path, claims: f.rows.map(jsonRow) })) }, null, 2) + '\n';
  }
  if (format === 'csv') {
    const out = [LEDGER_COLUMNS.join(',')];
    for (const f of files) for (const r of f.rows) out.push(cells(f.path, r).map(csvCell).join(','));
    return out.join('\r\n') + '\r\n';
  }
  const out: string[] = [];
  for (const f of files) {
    if (out.length > 0) out.push('');
    out.push(`## ${f.path}`, '');
    if (f.rows.length === 0) {
      out.push('No checkable claims found.');
      continue;
    }
    out.push('| # | Line | Kind | Claim | Sentence | Source | Score | Why | Verified by |', '| ---: | ---: | --- | --- | --- | --- | ---: | --- | --- |');
    for (const r of f.rows) {
      const source = r.attribution ? `${sourceLabel(r.attribution)} (${r.attribution.kind ?? 'unknown'})` : '*unattributed*';
      out.push(
        `| ${r.id} | ${r.line} | ${r.kind} | ${mdCell(r.claim)} | ${mdCell(r.sentence)} | ${mdCell(source)} | ${r.score.toFixed(2)} | ${mdCell(r.why.join('; '))} |  |`,
      );
    }
  }
  return out.join('\n') + '\n';
}

function jsonRow(r: LedgerRow) {
  return {
    id: r.id,
    kind: r.kind,
    claim: r.claim,
    line: r.line,
    column: r.column,
    start: r.start,
    end: r.end,
    sentence: r.sentence,
    attribution: r.attribution,
    score: r.score,
    why: r.why,
    verifiedBy: r.verifiedBy,
  };
}

function cells(path: string, r: LedgerRow): string[] {
  const source = r.attribution ? sourceLabel(r.attribution) : 'unattributed';
  return [
    path,
    String(r.id),
    String(r.line),
    String(r.column),
    r.kind,
    r.claim,
    r.sentence,
    source,
    r.attribution ? (r.attribution.kind ?? 'unknown') : '',
    r.score.toFixed(2),
    r.why.join('; '),
    r.verifiedBy,
  ];
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it with an apostrophe.
  const safe = /^[=+\-@]/.test(value) && !/^-\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}
