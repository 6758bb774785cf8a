// Direct quotations. News style lets one quotation run over several paragraphs: each
// paragraph opens with a quotation mark and only the last one closes it, so a quotation left
// open at the end of a paragraph continues when the next paragraph opens with a quotation mark.
import type { Block } from './prose';
import type { Span } from './types';

export interface Quote extends Span {
  /** Start and end of the quoted words, inside the quotation marks. */
  innerStart: number;
  innerEnd: number;
  /** False when the paragraph ended before a closing mark was found. */
  closed: boolean;
}

/** A quotation piece inside a single block, before paragraphs are joined. */
export interface QuotePiece extends Quote {}

const OPENERS = new Set(['“', '"', '«', '„']);
const CLOSERS = new Set(['”', '"', '»', '“']);

/** Quotation pieces of one block (`text` is the block's prose; offsets relative to it). */
export function findQuotePieces(text: string): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let open = -1;
  let openWidth = 1;
  for (let i = 0; i < text.length; i++) {
    // Two apostrophes stand for a straight double quote in some wire copy (''Like this,'' he said).
    const doubled = text[i] === "'" && text[i + 1] === "'";
    const c = doubled ? '"' : text[i]!;
    const width = doubled ? 2 : 1;
    if (open < 0) {
      if (!OPENERS.has(c)) continue;
      if (c === '"' && !opensStraightQuote(text, i, width)) {
        i += width - 1;
        continue;
      }
      open = i;
      openWidth = width;
      i += width - 1;
    } else if (CLOSERS.has(c) && i > open + openWidth && (c !== '“' || closesWithOpener(text, i))) {
      if (c === '"' && /[\p{L}\p{N}]/u.test(text[i + width] ?? '') && /\s/.test(text[i - 1] ?? '')) {
        // `"` between a space and a letter opens a new quotation: the previous one was never closed.
        pieces.push(piece(open, i, false, openWidth, 0));
        open = i;
        openWidth = width;
        i += width - 1;
        continue;
      }
      pieces.push(piece(open, i + width, true, openWidth, width));
      open = -1;
      i += width - 1;
    }
  }
  if (open >= 0) pieces.push(piece(open, trimEnd(text, text.length), false, openWidth, 0));
  return pieces;
}

function piece(start: number, end: number, closed: boolean, openWidth: number, closeWidth: number): QuotePiece {
  return { start, end, innerStart: start + openWidth, innerEnd: end - closeWidth, closed };
}

function opensStraightQuote(text: string, i: number, width: number): boolean {
  const before = text[i - 1];
  const after = text[i + width];
  return (before === undefined || /[\s([{—–-]/.test(before)) && after !== undefined && !/\s/.test(after);
}

// Some typewriters close with “ too; accept it only where it is plainly a closing mark.
function closesWithOpener(text: string, i: number): boolean {
  return /[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Joins the pieces of all blocks into document quotations: an unclosed piece that ends its
 * block continues into the next block when that block begins with a quotation mark.
 */
export function joinQuotes(blocks: readonly Block[], piecesByBlock: readonly QuotePiece[][], prose: string): Quote[] {
  const quotes: Quote[] = [];
  // The quotation still open at the end of the previous block, if any.
  let open: Quote | undefined;
  for (let b = 0; b < blocks.length; b++) {
    const pieces = piecesByBlock[b] ?? [];
    pieces.forEach((piece, p) => {
      if (open && p === 0 && startsBlock(prose, blocks[b]!, piece)) {
        open = { ...open, end: piece.end, innerEnd: piece.innerEnd, closed: piece.closed };
      } else {
        if (open) quotes.push(open);
        open = { ...piece };
      }
      if (open.closed) {
        quotes.push(open);
        open = undefined;
      }
    });
    const nextOpensWithQuote = (piecesByBlock[b + 1]?.length ?? 0) > 0;
    if (open && !nextOpensWithQuote) {
      quotes.push(open);
      open = undefined;
    }
  }
  if (open) quotes.push(open);
  return quotes;
}

function startsBlock(prose: string, block: Block, piece: QuotePiece): boolean {
  return prose.slice(block.start, piece.start).trim() === '';
}
