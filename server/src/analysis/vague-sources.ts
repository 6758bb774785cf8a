// One decision per vague source, made once per document and read by the vague-source rule and by
// every view (JSON, hover, ledger, HTML report): a vague document the story names nearby ("a new
// poll indicates … The Harvard IOP poll found …") is that document; a crowd a named speaker right
// after pins down ("Critics claim … ‘…,’ Eva Lichtenberg said") stays vague with that reason; a
// crowd whose cue is a stance, not a report ("Some Republicans are so vehemently opposed to"), is
// not a source of any statement. Everything else vague is queried.
import { isCrowdCue, isDocumentSource, namesPerson } from './sources';
import type { DocumentModel, Sentence } from './model';
import type { Attribution } from './types';

/** Why a vague source is not queried, or 'query' when it is (null: not a vague story-level source). */
export type VagueVerdict = 'query' | 'named-nearby' | 'not-a-report';

export interface VagueContext {
  model: DocumentModel;
  sentenceIndex(sentence: Sentence): number;
  sentenceAt(offset: number): Sentence | undefined;
  isReport(a: Attribution): boolean;
}

// "Sources say the mill will close. The mayor said …": sources are unnamed by definition, so a
// named speaker after them is someone else, not one of them.
const SEVERAL = /^(?:some|several|many|numerous|various|multiple|other|a\s+few|a\s+number\s+of)\s/i;

export function unnamedByDefinition(source: string): boolean {
  return /\bsources?\b/i.test(source);
}

/**
 * The verdict on each attribution's vague source. A vague document pinned down by a named document
 * nearby is reclassed `document` in the model (so every view shows it as one), and gets no verdict.
 */
export function settleVagueSources(ctx: VagueContext): (VagueVerdict | null)[] {
  const { model } = ctx;
  // Reclassed after all are judged: a document reclassed early must not pin down another.
  const documents: number[] = [];
  const verdicts = model.attributions.map((a, i): VagueVerdict | null => {
    if (a.sourceKind !== 'vague' || !a.source || model.nested[i]) return null;
    // A crowd's concern or fear is its view ("privacy advocates are concerned"), as its saying is.
    if (!(ctx.isReport(a) || isCrowdCue(a.cue.text))) return 'not-a-report';
    const sentence = ctx.sentenceAt(a.cue.start);
    if (!sentence || unnamedByDefinition(a.source.text)) return 'query';
    // "some, particularly the UK's CBI, warned": the crowd names its members inside the source.
    if (MEMBERS_NAMED.test(a.source.text.slice(0, 200))) return 'named-nearby';
    const document = isDocumentSource(a.source.text);
    // "According to some reports, the vote was close. According to the council's annual report,
    // …": a named document after them is one document, not the several the story leaned on.
    if (document && SEVERAL.test(a.source.text)) return 'query';
    if (!identifiedNearby(ctx, sentence, a.source.end, document, /^according\s+to$/i.test(a.cue.text))) return 'query';
    if (!document) return 'named-nearby';
    documents.push(i);
    return null;
  });
  for (const i of documents) model.attributions[i] = { ...model.attributions[i]!, sourceKind: 'document' };
  return verdicts;
}

// "Some party strategists said …. Charlie Black, a longtime Republican strategist, said …": the
// vague group is identified by a named speaker right after, or by "including <Name>". A crowd of
// people is pinned down by a person ("legal experts say … said Cynthia Estlund, a professor of
// labor law"), not by an outlet or body reporting something else ("which the OECD says …"); a
// vague document ("according to a new poll") by a named document ("a Morning Consult Poll found").
const CONTRAST = /^[\s"“‘']*(?:but|however|yet|still|meanwhile|in contrast|by contrast|on the other hand)\b/i;

const MEMBERS = String.raw`(?:including|among them|such as|particularly|notably|especially)\s+(?:the\s+)?(?:\p{Lu}|\p{Ll}+['’]s\b)`;
const MEMBERS_NAMED = new RegExp(String.raw`,\s*` + MEMBERS, 'u');
const MEMBERS_AFTER = new RegExp(String.raw`^[,\s—–-]*` + MEMBERS, 'u');

export function identifiedNearby(ctx: VagueContext, sentence: Sentence, after: number, document: boolean, according = false): boolean {
  const isReport = ctx.isReport;
  if (MEMBERS_AFTER.test(ctx.model.prose.slice(after, Math.min(sentence.end, after + 80)))) return true;
  const { sentences, attributions, nested } = ctx.model;
  const index = ctx.sentenceIndex(sentence);
  // "In a statement announcing the pick, the Association of Flight Attendants called …": the
  // document is the named speaker's own.
  // Not "The Treasury said …, according to some reports.": the reports are the story's source for
  // what the Treasury said, not the Treasury's own document.
  if (document && !according && sentence.attributions.some((i) => !nested[i] && attributions[i]!.sourceKind === 'named' && isReport(attributions[i]!)))
    return true;
  const names = (s: Sentence | undefined, quoted: boolean) =>
    s !== undefined &&
    s.attributions.some((i) => {
      const a = attributions[i]!;
      if (nested[i] || !isReport(a) || !a.source) return false;
      if (document) return a.sourceKind === 'document' || (a.sourceKind === 'named' && isDocumentSource(a.source.text));
      return a.sourceKind === 'named' && namesPerson(a.source.text) && (!quoted || a.direct);
    });
  // The next sentence names one of them (a parenthetical aside in between is skipped), or the
  // next paragraph opens with one of them quoted.
  let k = index + 1;
  while (sentences[k]?.block === sentence.block && ctx.model.prose.slice(sentences[k]!.start, sentences[k]!.start + 1) === '(') k++;
  // In the same paragraph, a named speaker pins the crowd down only as one of them: quoted in their
  // own words, voicing its view. "Critics say the plan will fail. Mayor John Smith said it would
  // work." names someone else, and "But …" or "However, …" opens the other side.
  const next = sentences[k];
  if (next?.block === sentence.block) return !CONTRAST.test(ctx.model.prose.slice(next.start, next.end)) && names(next, !document);
  // The first two sentences of the next paragraph, and beyond them up to its first attribution: a
  // quotation that opens it can run for several sentences before its speaker is named (sentences
  // are in block order: no scan of all).
  for (let n = 0; k < sentences.length && sentences[k]!.block <= sentence.block + 1 && n < 4; k++) {
    const s = sentences[k]!;
    if (s.block !== sentence.block + 1) continue;
    n++;
    if (names(s, !document)) return true;
    if (n >= 2 && s.attributions.some((i) => !nested[i])) return false;
  }
  return false;
}
