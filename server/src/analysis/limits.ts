// Inputs the core refuses rather than analyse slowly. Markdown parsing costs time quadratic in
// the nesting depth of block quotes and lists (a list nested 1,000 levels deep, 1 MB, took
// minutes to parse); no article nests more than a few levels, so deeper documents are refused
// with a message that says why. The shells decide on size limits (the CLI's --max-file-size,
// the language server's document limit); this is about the shape of the text.
import type { DocumentFormat } from './types';

/** The deepest Markdown nesting of block quotes and lists that is analysed. */
export const MAX_MARKDOWN_NESTING = 100;

/** Thrown by `analyze` for an input it refuses; the message says why, for the user. */
export class UnanalyzableInput extends Error {
  override readonly name = 'UnanalyzableInput';
}

/**
 * An upper estimate of the nesting depth of Markdown containers on any line: the `>` and list
 * markers that open the line, plus half the indentation before the first of them (a nested list
 * item is indented by at least two columns per level). Linear in the text.
 */
export function markdownNestingDepth(text: string): number {
  let deepest = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let indent = 0;
    let sawMarker = false;
    for (;;) {
      let width = 0;
      while (i < n && (text[i] === ' ' || text[i] === '\t')) width += text[i++] === '\t' ? 4 : 1;
      if (!sawMarker) indent = width;
      const c = text[i];
      if (c === '>') {
        depth++;
        i++;
      } else if ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(text[i + 1] ?? '')) {
        depth++;
        i++;
      } else if (c !== undefined && c >= '0' && c <= '9') {
        let j = i;
        while (j < n && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
        if ((text[j] === '.' || text[j] === ')') && /[ \t]/.test(text[j + 1] ?? '')) {
          depth++;
          i = j + 1;
        } else break;
      } else break;
      sawMarker = true;
    }
    if (depth > 0) deepest = Math.max(deepest, depth + Math.floor(indent / 2));
    while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    while (i < n && (text[i] === '\n' || text[i] === '\r')) i++;
  }
  return deepest;
}

/** Why the core will not analyse `text`, or null when it will. */
export function refusal(text: string, format: DocumentFormat): string | null {
  if (format !== 'markdown') return null;
  const depth = markdownNestingDepth(text);
  if (depth <= MAX_MARKDOWN_NESTING) return null;
  return `Markdown nested about ${depth} levels deep (block quotes or lists): WhoSaid checks documents nested up to ${MAX_MARKDOWN_NESTING} levels`;
}
