// Extracts the prose of a document: a copy of the text of the same length in which everything
// that is not prose (Markdown syntax, code, front matter, HTML, URLs, link destinations) is
// replaced by spaces. Because the copy keeps every prose character at its original UTF-16
// index, every later stage works on it directly and its offsets are already document offsets.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { findDirectives } from './directives';
import type { DocumentFormat, Span } from './types';

/** A unit of prose: a paragraph, a heading, a table cell. Sentences never cross a block. */
export interface Block extends Span {
  kind: BlockKind;
}

/**
 * `heading`, `byline`, `caption` and `meta` (site chrome, datelines on their own line) are not
 * news copy: claims rules stay quiet there.
 */
export type BlockKind = 'paragraph' | 'heading' | 'byline' | 'caption' | 'meta';

export interface Prose {
  /** Same length as the document; non-prose characters are spaces (line breaks kept). */
  text: string;
  blocks: Block[];
  /** Markdown only: HTML nodes (where whosaid directives may live; not inside code). */
  html?: Span[];
}

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  url?: string;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>()"“”]+[^\s<>()"“”.,;:!?]/g;

export function extractProse(text: string, format: DocumentFormat): Prose {
  return format === 'markdown' ? markdownProse(text) : plainTextProse(text);
}

/**
 * Where a Markdown document can be parsed in independent pieces. micromark's time grows with the
 * square of the number of block quotes in one parse (8,000 short quotes: 13 s), so the document
 * is cut at each blank line followed by a line that starts in column 0 with a letter or `>`: such
 * a line closes every open list, quote, paragraph and indented code, so what follows cannot
 * change how what precedes parses. Not inside front matter, fenced code, or an HTML block that
 * may hold blank lines (comments, <script>, <pre>, <style>, <textarea>, <?…?>, <!…>, CDATA);
 * not at all when the document has link reference or footnote definitions (document-wide).
 */
export function markdownPieces(text: string): Span[] {
  if (/^ {0,3}\[[^\]\r\n\u2028\u2029]+\]:/m.test(text)) return [{ start: 0, end: text.length }];
  const pieces: Span[] = [];
  let pieceStart = 0;
  let previousBlank = false;
  let fence: string | null = null;
  let i = 0;
  // Front matter runs to its closing line: no cut inside it.
  const front = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (front) {
    const close = new RegExp(`(?:\r\n|\r|\n)${front[1] === '---' ? '---' : '\\+\\+\\+'}[ \t]*(?:\r\n|\r|\n|$)`).exec(text.slice(front[0].length));
    if (close) i = front[0].length + close.index + close[0].length;
  }
  while (i < text.length) {
    let end = i;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : end < text.length ? 1 : 0);
    const line = text.slice(i, end);
    if (fence !== null) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = null;
      previousBlank = false;
      i = next;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1]!;
      previousBlank = false;
      i = next;
      continue;
    }
    const html = /^ {0,3}(?:<(script|pre|style|textarea)(?=[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/i.exec(line);
    if (html) {
      const closer = html[1] ? new RegExp(`</${html[1]}>`, 'i') : line.includes('<!--') ? /-->/ : line.includes('<![CDATA[') ? /\]\]>/ : line.includes('<?') ? /\?>/ : />/;
      const from = i + html[0].length;
      const m = closer.exec(text.slice(from));
      i = m ? from + m.index + m[0].length : text.length;
      previousBlank = false;
      continue;
    }
    if (previousBlank && i > pieceStart && /^[\p{L}>]/u.test(line)) {
      pieces.push({ start: pieceStart, end: i });
      pieceStart = i;
    }
    previousBlank = line.trim() === '';
    i = next;
  }
  pieces.push({ start: pieceStart, end: text.length });
  return pieces;
}

function markdownProse(text: string): Prose {
  const chars = blankCopy(text);
  const blocks: Block[] = [];
  const html: Span[] = [];
  let inBlockquote = 0;

  const copyText = (start: number, end: number) => {
    for (let i = start; i < end; i++) chars[i] = text[i]!;
    // A text node that runs over several lines of a blockquote includes the `>` markers of the
    // continuation lines in its source range; they are syntax, not prose.
    if (inBlockquote > 0) {
      for (let i = start; i < end; i++) {
        if (text[i] !== '\n') continue;
        let j = i + 1;
        while (j < end && /[ \t>]/.test(text[j]!)) chars[j++] = ' ';
      }
    }
  };

  let shift = 0;
  const visit = (node: MdNode) => {
    const start = (node.position?.start.offset ?? 0) + shift;
    const end = (node.position?.end.offset ?? node.position?.start.offset ?? 0) + shift;
    if (node.type === 'html') html.push({ start, end });
    switch (node.type) {
      case 'code': case 'inlineCode': case 'html': case 'yaml': case 'toml':
      case 'definition': case 'image': case 'imageReference': case 'footnoteReference':
      case 'thematicBreak': case 'break':
        return;
      case 'text':
        copyText(start, end);
        return;
      case 'link':
        // An autolinked URL (its text is the destination) is not prose.
        if (isUrlLink(node, text, shift)) return;
        break;
      case 'paragraph': case 'heading': case 'tableCell':
        blocks.push({ start, end, kind: node.type === 'heading' ? 'heading' : 'paragraph' });
        break;
      case 'blockquote':
        inBlockquote++;
        for (const child of node.children ?? []) visit(child);
        inBlockquote--;
        return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const piece of markdownPieces(text)) {
    shift = piece.start;
    visit(fromMarkdown(text.slice(piece.start, piece.end), {
      extensions: [frontmatter(['yaml', 'toml']), gfm()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
    }) as MdNode);
  }
  blankUrls(chars);
  const prose = chars.join('');
  return { text: prose, blocks: classifyBlocks(prose, blocks), html };
}

function isUrlLink(node: MdNode, text: string, shift: number): boolean {
  const start = (node.position?.start.offset ?? 0) + shift;
  const end = (node.position?.end.offset ?? node.position?.start.offset ?? 0) + shift;
  const raw = text.slice(start, end).replace(/^<|>$/g, '');
  return raw === node.url || /^(?:https?:\/\/|www\.|mailto:)/i.test(raw);
}

function plainTextProse(text: string): Prose {
  const chars = text.split('');
  blankUrls(chars);
  // Directive lines ("whosaid-disable-next-line …") are instructions, not prose.
  for (const d of findDirectives(text, 'text')) for (let i = d.start; i < d.end; i++) chars[i] = ' ';
  const prose = chars.join('');
  const blocks: Block[] = [];
  // Blocks are runs of non-blank lines. News text usually puts one paragraph on each line; a
  // hard-wrapped file (every line short) keeps its paragraph together across line breaks.
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let run: Span[] = [];
  const flush = () => {
    if (run.length === 0) return;
    // Hard-wrapped prose: every line but the last is of a typical wrap width. Short lines in a
    // row are headlines and site chrome ("Select Page", "Media ID: 55363685"), each its own block.
    const wrapped = run.length > 1 && run.every((l, i) => l.end - l.start <= 100 && (i === run.length - 1 || l.end - l.start >= 40));
    if (wrapped) blocks.push({ start: run[0]!.start, end: run[run.length - 1]!.end, kind: 'paragraph' });
    else for (const l of run) blocks.push({ ...l, kind: 'paragraph' });
    run = [];
  };
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(prose)) !== null) {
    const lineText = m[0].replace(/(?:\r\n|\r|\n)$/, '');
    const start = m.index;
    if (/\S/.test(lineText)) {
      const lead = lineText.length - lineText.trimStart().length;
      run.push({ start: start + lead, end: start + lineText.trimEnd().length });
    } else flush();
    if (m[0].length === 0) break;
  }
  flush();
  return { text: prose, blocks: classifyBlocks(prose, blocks) };
}

function blankCopy(text: string): string[] {
  const chars = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    chars[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  return chars;
}

function blankUrls(chars: string[]): void {
  const joined = chars.join('');
  URL_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_PATTERN.exec(joined)) !== null) {
    for (let i = m.index; i < m.index + m[0].length; i++) chars[i] = ' ';
  }
}

// A photo caption ends with its credit after the last sentence: "... on March 27, 2016. AFP".
const CREDIT_END = /(?:[.!?]["”]?\s+(?:AFP|AP|Reuters|EPA|Getty Images|AFP\/Getty Images|Associated Press|AP Photo(?:\/[\w. ]+)?)|\((?:AP |Reuters )?Photo[^)]*\))\.?$/;
const BYLINE = /^(?:By|BY|Written by|Reporting by|Editing by|Additional reporting by)\s+\S/;
// `\s*(?::\s*)?`, not `\s*:?\s*`: the same language without two ways to split a run of spaces.
const DATE_ONLY = /^(?:(?:Updated|Published|Posted)\s*(?::\s*)?)?[A-Z][a-z]+\.? \d{1,2},? \d{4}\b.{0,40}$/;
/**
 * A credit is at the very end of a caption: CREDIT_END is tried on the last characters only.
 * On a whole paragraph its `$` is tried after every "(Photo" in it: quadratic in a long one.
 */
const CREDIT_TAIL = 300;

function classifyBlocks(text: string, blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.kind !== 'paragraph') return b;
    const t = text.slice(b.start, b.end).trim();
    if (BYLINE.test(t)) return { ...b, kind: 'byline' };
    if (DATE_ONLY.test(t)) return { ...b, kind: 'meta' };
    // A line without sentence-final punctuation and only a few words is a headline or site
    // chrome ("Select Page", "Media ID: 55363685"), not a sentence of the story.
    const words = t.split(/\s+/).length;
    if (!/[.!?…"”’')]$/.test(t) && words <= 20) return { ...b, kind: 'heading' };
    if (CREDIT_END.test(t.slice(-CREDIT_TAIL))) return { ...b, kind: 'caption' };
    return b;
  });
}
