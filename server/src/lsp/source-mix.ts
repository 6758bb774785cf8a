// `whosaid/sourceMix`: the open story's sources, each once, with the shares of named, anonymous,
// vague and document sources, for the Source Mix view. From the core (analysis/source-mix.ts),
// over the one analysis the server keeps per document.
import { buildSourceMix } from '../analysis/source-mix';
import type { DocumentAnalysis } from './analyses';
import { toRange } from './convert';
import type { SourceMixResult } from './protocol';

export function sourceMix(analysis: DocumentAnalysis): SourceMixResult | null {
  if (!analysis.result) return null;
  const mix = buildSourceMix(analysis.result);
  return {
    sources: mix.sources.map((s) => ({ ...s, mentions: s.mentions.map((m) => toRange(analysis.lines, m)) })),
    kinds: mix.kinds,
    attributions: mix.attributions,
    unresolved: mix.unresolved,
    unsourced: mix.unsourced,
  };
}
