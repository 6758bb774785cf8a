// The models' input for a whole article, sentence by sentence, as the engine builds it (prose,
// quotations, sentences, tokens), and the gold cue spans of its annotation: shared by the trainers
// (eval/train-cue-model.ts, eval/train-sentence-model.ts) and the tagger's own score (eval/tagger.ts).
import type { TaggerInput } from '../server/src/analysis/cue-tagger';
import { extractProse, type BlockKind } from '../server/src/analysis/prose';
import type { Span } from '../server/src/analysis/types';
import { findQuotePieces } from '../server/src/analysis/quotes';
import { splitSentences } from '../server/src/analysis/sentences';
import { tokenize } from '../server/src/analysis/words';
import { goldAttributions, parseAnn } from './brat';

/** A sentence as the models see it: its span, its block's kind, its tokens and which are quoted. */
export interface SentenceInput extends TaggerInput {
  sentence: Span;
  blockKind: BlockKind;
}

export function taggerInputs(text: string): SentenceInput[] {
  const { text: prose, blocks } = extractProse(text, 'text');
  const inputs: SentenceInput[] = [];
  for (const block of blocks) {
    const quotes = findQuotePieces(prose.slice(block.start, block.end)).map((q) => ({ start: q.innerStart + block.start, end: q.innerEnd + block.start }));
    for (const sentence of splitSentences(prose, block.start, block.end)) {
      const tokens = tokenize(prose, sentence.start, sentence.end);
      if (tokens.length === 0) continue;
      inputs.push({ sentence, blockKind: block.kind, tokens, inQuote: tokens.map((t) => quotes.some((q) => q.start <= t.start && t.end <= q.end)) });
    }
  }
  return inputs;
}

/** Each gold cue as one span, from its first fragment's start to its last one's end. */
export function goldCueSpans(ann: string): { start: number; end: number }[] {
  return goldAttributions(parseAnn(ann)).flatMap((g) =>
    g.cue ? [{ start: g.cue.fragments[0]!.start, end: g.cue.fragments[g.cue.fragments.length - 1]!.end }] : [],
  );
}
