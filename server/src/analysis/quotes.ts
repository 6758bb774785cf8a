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
const SINGLE_OPENERS = new Set(['‘', "'"]);
const SINGLE_CLOSERS = new Set(['’', "'"]);

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
      // British copy quotes with single marks ('Like this,' he said); a single mark is a
      // quotation mark only where one opens and a matching one closes, never an apostrophe.
      if (!doubled && SINGLE_OPENERS.has(c)) {
        const single = singleQuoteAt(text, i);
        if (single) {
          pieces.push(...single.pieces);
          i = single.next - 1;
        }
        continue;
      }
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

// Words that an apostrophe shortens at their start: 'em, 'til, 'n', 'cause, the '90s.
const ELISION = /^(?:em|til|tis|twas|cause|cos|n|bout|round|kay|nuff|ello)(?![\p{L}\p{N}])|^\d/iu;

/** Whether a single mark at `i` can open a quotation: at a word's start, before a word that is not an elision. */
function opensSingleQuote(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text.slice(i + 1, i + 8);
  return (before === undefined || /[\s([{—–-]/.test(before)) && /^[\p{L}\p{N}]/u.test(after) && !ELISION.test(after);
}

/**
 * A single mark at `j` that closes a quotation: after a word or punctuation, before a space,
 * punctuation or the end. `possessive` when it may be a plural possessive instead ("the Joneses'
 * car"): a letter s, then a space and a word.
 */
function singleCloserAt(text: string, j: number): 'closer' | 'possessive' | null {
  if (!SINGLE_CLOSERS.has(text[j]!) || !/[\p{L}\p{N}.,!?…;:)\]—–-]/u.test(text[j - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) return null;
  if (/[sz]/i.test(text[j - 1]!) && /^\s+[\p{L}\p{N}]/u.test(text.slice(j + 1, j + 3))) return 'possessive';
  return 'closer';
}

/**
 * The single-quoted quotation opening at `i`, as pieces, and where scanning resumes; null when the
 * mark is an apostrophe. Double marks inside it are a quotation within the quotation. A new
 * sentence opened with a single mark before the last one closed (British copy with its paragraph
 * breaks lost: 'A. 'B,' she said) ends an unclosed piece, as with double marks; a mark with no
 * closer and no such successor is an apostrophe after all.
 */
function singleQuoteAt(text: string, i: number): { pieces: QuotePiece[]; next: number } | null {
  if (!opensSingleQuote(text, i)) return null;
  const pieces: QuotePiece[] = [];
  let start = i;
  let possessive = -1;
  const closeAt = (j: number) => {
    pieces.push(piece(start, j + 1, true, 1, 1));
    return { pieces, next: j + 1 };
  };
  for (let j = i + 2; j < text.length; j++) {
    const c = text[j]!;
    if (SINGLE_OPENERS.has(c) && opensSingleQuote(text, j)) {
      // A new quoted sentence: 'A. 'B …
      if (/[.!?…]\s+$/.test(text.slice(Math.max(start, j - 4), j)) && /^\p{Lu}/u.test(text[j + 1] ?? '')) {
        pieces.push(piece(start, trimEnd(text, j), false, 1, 0));
        start = j;
        possessive = -1;
        continue;
      }
      // A quoted word inside the quotation ('He called it 'silly',' she said) is not ours to close.
      return possessive >= 0 ? closeAt(possessive) : null;
    }
    const kind = singleCloserAt(text, j);
    if (kind === 'closer') return closeAt(j);
    if (kind === 'possessive' && possessive < 0) possessive = j;
  }
  if (possessive >= 0) return closeAt(possessive);
  // Unclosed: only a quotation that began a sentence of its own and ran on to the block's end.
  if (pieces.length > 0 || (/^(?:|.*[.!?…:,]\s*)$/su.test(text.slice(Math.max(0, i - 3), i)) && /[.!?…]/.test(text.slice(i)))) {
    pieces.push(piece(start, trimEnd(text, text.length), false, 1, 0));
    return { pieces, next: text.length };
  }
  return null;
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
