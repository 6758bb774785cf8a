// `whosaid/showSources`: every attribution in a document, for the client's source list.
import type { DocumentAnalysis } from './analyses';
import { toRange } from './convert';
import type { SourceItem } from './protocol';

const PREVIEW_LENGTH = 120;

export function sources(analysis: DocumentAnalysis): SourceItem[] {
  const result = analysis.result;
  if (!result) return [];
  const { lines, text } = analysis;
  return result.attributions.map((a, i) => {
    const content = a.content ? text.slice(a.content.start, a.content.end).replace(/\s+/g, ' ').trim() : '';
    return {
      source: a.source?.text ?? null,
      kind: a.sourceKind,
      resolvedSource: a.resolvedSource?.text ?? null,
      cue: a.cue.text,
      direct: a.direct,
      nested: result.model.nested[i] ?? false,
      preview: content.length > PREVIEW_LENGTH ? content.slice(0, PREVIEW_LENGTH - 1).trimEnd() + '…' : content,
      cueRange: toRange(lines, a.cue),
      sourceRange: a.source ? toRange(lines, a.source) : null,
      contentRange: a.content ? toRange(lines, a.content) : null,
    };
  });
}
