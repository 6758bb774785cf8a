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
import { splitSentences } from './sentences';
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
  /** Markdown only: what updateProse needs to redo one paragraph instead of the document. */
  structure?: MarkdownStructure;
}

export interface MarkdownStructure {
  /** The document's top-level nodes (children of the root), in order. */
  top: (Span & { type: string })[];
  /** Whether the document defines link references or footnotes (which change how '[…]' reads anywhere). */
  definitions: boolean;
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
      const closer = html[1]
        ? new RegExp(`</${html[1]}>`, 'i')
        : line.includes('<!--')
          ? /-->/
          : line.includes('<![CDATA[')
            ? /\]\]>/
            : line.includes('<?')
              ? /\?>/
              : />/;
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

function parseMarkdown(text: string): MdNode {
  return fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  }) as MdNode;
}

/**
 * The prose of a Markdown document, parsed in independent pieces (markdownPieces) — or from the
 * given tree, when the caller has parsed a single piece already (updateProse).
 */
function markdownProse(text: string, tree?: MdNode): Prose {
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
      case 'code':
      case 'inlineCode':
      case 'html':
      case 'yaml':
      case 'toml':
      case 'definition':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'thematicBreak':
      case 'break':
        return;
      case 'text':
        copyText(start, end);
        return;
      case 'link':
        // An autolinked URL (its text is the destination) is not prose.
        if (isUrlLink(node, text, shift)) return;
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
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
  // The top-level nodes (for updateProse) and whether any link or footnote definition exists.
  const top: MarkdownStructure['top'] = [];
  let definitions = false;
  const findDefinitions = (node: MdNode) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') definitions = true;
    else for (const child of node.children ?? []) if (!definitions) findDefinitions(child);
  };
  const pieces = tree ? [{ start: 0, tree }] : markdownPieces(text).map((p) => ({ start: p.start, tree: parseMarkdown(text.slice(p.start, p.end)) }));
  for (const piece of pieces) {
    shift = piece.start;
    visit(piece.tree);
    for (const n of piece.tree.children ?? [])
      top.push({ start: (n.position?.start.offset ?? 0) + shift, end: (n.position?.end.offset ?? 0) + shift, type: n.type });
    findDefinitions(piece.tree);
  }
  blankUrls(chars);
  const prose = chars.join('');
  return { text: prose, blocks: classifyBlocks(prose, blocks), html, structure: { top, definitions } };
}

/**
 * The prose of `text`, made from `before` (the prose of an earlier version of the same Markdown
 * document, `beforeText`) by parsing again only the top-level paragraph or heading the change is
 * in. That is exactly extractProse(text, 'markdown') when the node stands alone: blank lines
 * around it, no indentation, still one paragraph (heading) on its own, and no link or footnote
 * definitions in the document that a '[' in it could refer to. Otherwise null: parse it all.
 * (test/core/prose-update.test.ts compares the two over random edits.)
 */
export function updateProse(beforeText: string, before: Prose, text: string): Prose | null {
  const structure = before.structure;
  if (!structure || before.text.length !== beforeText.length) return null;
  // The changed region: [from, beforeEnd) in the old text became [from, afterEnd) in the new one.
  const limit = Math.min(beforeText.length, text.length);
  let from = 0;
  while (from < limit && beforeText.charCodeAt(from) === text.charCodeAt(from)) from++;
  let tail = 0;
  while (tail < limit - from && beforeText.charCodeAt(beforeText.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  const beforeEnd = beforeText.length - tail;
  const delta = text.length - beforeText.length;
  if (from === beforeText.length && delta === 0) return before;
  const k = structure.top.findIndex((n) => n.start <= from && beforeEnd <= n.end);
  const node = structure.top[k];
  if (!node || (node.type !== 'paragraph' && node.type !== 'heading') || node.start === 0) return null;
  // Alone: a blank line before, no indentation, and (checked below, in the new text) a blank line
  // or the end after. Its text in the new version ends at the old end, moved by the change.
  if (!blankLineBefore(beforeText, node.start)) return null;
  const blockText = text.slice(node.start, node.end + delta);
  if (blockText.length === 0 || /^\s/.test(blockText)) return null;
  if (structure.definitions && /[[\]]/.test(blockText)) return null;
  const tree = parseMarkdown(blockText);
  const only = tree.children?.length === 1 ? tree.children[0]! : undefined;
  const end = only?.position?.end.offset;
  if (!only || only.type !== node.type || only.position?.start.offset !== 0 || end === undefined || !/^[ \t]*$/.test(blockText.slice(end))) return null;
  if (!blankLineAfter(text, node.start + end)) return null;
  const part = markdownProse(blockText, tree);
  if (part.structure!.definitions) return null;
  const shift = <T extends Span>(spans: readonly T[], by: number): T[] => spans.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
  const inside = (x: Span) => x.start >= node.start && x.end <= node.end;
  const after = (x: Span) => x.start >= node.end && !inside(x);
  const beforeNode = (x: Span) => x.end <= node.start && !inside(x);
  return {
    text: before.text.slice(0, node.start) + part.text + before.text.slice(node.end),
    blocks: [...before.blocks.filter(beforeNode), ...shift(part.blocks, node.start), ...shift(before.blocks.filter(after), delta)],
    html: [...(before.html ?? []).filter(beforeNode), ...shift(part.html ?? [], node.start), ...shift((before.html ?? []).filter(after), delta)],
    structure: {
      top: [...structure.top.slice(0, k), { start: node.start, end: node.start + end, type: node.type }, ...shift(structure.top.slice(k + 1), delta)],
      definitions: structure.definitions,
    },
  };
}

/** Whether `offset` starts a line (\n breaks only) that follows a blank one. */
function blankLineBefore(text: string, offset: number): boolean {
  if (text[offset - 1] !== '\n') return false;
  let i = offset - 2;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** Whether the rest of the line at `offset` is blank and so is the next one (or the text ends). */
function blankLineAfter(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i === text.length) return true;
  if (text[i] !== '\n') return false;
  i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i === text.length || text[i] === '\n';
}

function isUrlLink(node: MdNode, text: string, shift: number): boolean {
  const start = (node.position?.start.offset ?? 0) + shift;
  const end = (node.position?.end.offset ?? node.position?.start.offset ?? 0) + shift;
  const raw = text.slice(start, end).replace(/^<|>$/g, '');
  return raw === node.url || /^(?:https?:\/\/|www\.|mailto:)/i.test(raw);
}

function plainTextProse(text: string): Prose {
  // The text with its URLs and directive lines ("whosaid-disable-next-line …", instructions, not
  // prose) blanked out, built from slices (neither ever holds a line break).
  const blanked: Span[] = [];
  URL_PATTERN.lastIndex = 0;
  for (let m = URL_PATTERN.exec(text); m !== null; m = URL_PATTERN.exec(text)) blanked.push({ start: m.index, end: m.index + m[0].length });
  for (const d of findDirectives(text, 'text')) blanked.push(d);
  const prose = blankSpans(text, blanked);
  const blocks: Block[] = [];
  // A paragraph is the text between blank lines: hard-wrapped copy, and copy with one sentence
  // on each line, keep their paragraph together across line breaks (see linesToBlocks).
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let run: Span[] = [];
  const flush = () => {
    for (const b of linesToBlocks(prose, run)) blocks.push({ ...b, kind: 'paragraph' });
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
  return { text: prose, blocks: classifyBlocks(prose, blocks, true) };
}

const SENTENCE_END = /[.!?…:;"”’')\]]$/;

/**
 * The paragraphs of a run of non-blank lines. A run is one paragraph, except:
 * - a line that stands apart from the lines around it: a headline or site chrome line ("Select
 *   Page", "By Jane Doe") whose last word does not end a sentence though the next line's first
 *   word would have fitted on it, or a byline or a date line — its own block;
 * - copy with one paragraph on each line and no blank lines between them (every line ends a
 *   sentence and some line holds several): one block per line.
 */
function linesToBlocks(text: string, run: readonly Span[]): Span[] {
  if (run.length === 0) return [];
  const lines = run.map((l) => text.slice(l.start, l.end));
  const width = Math.max(...lines.map((l) => l.length));
  if (run.length > 1 && lines.every((l) => SENTENCE_END.test(l)) && lines.some((l) => l.length > 100 && splitSentences(l, 0, l.length).length > 1))
    return [...run];
  const apart = lines.map((line, i) => {
    if (BYLINE.test(line) || DATE_ONLY.test(line)) return true;
    if (SENTENCE_END.test(line) || line.split(/\s+/).length > 20) return false;
    const next = lines[i + 1];
    // The last line of a run stands apart when the line before it ended a sentence.
    if (next === undefined) return i > 0 && SENTENCE_END.test(lines[i - 1]!);
    const firstWord = /^\S+/.exec(next)![0];
    return /^[\p{Lu}\p{N}"“‘'(]/u.test(next) && line.length + 1 + firstWord.length <= width;
  });
  const blocks: Span[] = [];
  let from = -1;
  run.forEach((l, i) => {
    if (apart[i]) {
      if (from >= 0) blocks.push({ start: run[from]!.start, end: run[i - 1]!.end });
      blocks.push(l);
      from = -1;
    } else if (from < 0) from = i;
  });
  if (from >= 0) blocks.push({ start: run[from]!.start, end: run[run.length - 1]!.end });
  return blocks;
}

/** `text` with the characters of `spans` (which may overlap) replaced by spaces. */
function blankSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    out += text.slice(at, from) + ' '.repeat(s.end - from);
    at = s.end;
  }
  return out + text.slice(at);
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
const CREDIT_END =
  /(?:[.!?]["”]?\s+(?:AFP|AP|Reuters|EPA|Getty Images|AFP\/Getty Images|Associated Press|AP Photo(?:\/[\w. ]+)?)|\((?:AP |Reuters )?Photo[^)]*\))\.?$/;
// A name follows: "By Thursday morning, 33 people had died" and "By the end of the year …" are story.
const BYLINE =
  /^(?:By|BY|Written by|Reporting by|Editing by|Additional reporting by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Noon|Midnight|Dawn|Nightfall|Mid|Early|Late)\b)(?:\p{Lu}|[^\p{L}\s])/u;
// `\s*(?::\s*)?`, not `\s*:?\s*`: the same language without two ways to split a run of spaces.
const DATE_ONLY = /^(?:(?:Updated|Published|Posted)\s*(?::\s*)?)?[A-Z][a-z]+\.? \d{1,2},? \d{4}\b.{0,40}$/;
/**
 * A credit is at the very end of a caption: CREDIT_END is tried on the last characters only.
 * On a whole paragraph its `$` is tried after every "(Photo" in it: quadratic in a long one.
 */
const CREDIT_TAIL = 300;

/**
 * The first block of plain-text copy is its headline when it is one short line of one sentence
 * ("Super PAC blasts Trump for skipping debate.") above a story of at least two paragraphs, each
 * of the first two longer than it: copy filed with its headline on the first line, as wire and
 * archive text is. The desk does not query a headline.
 */
function isHeadline(text: string, t: string, blocks: readonly Block[]): boolean {
  if (blocks.length < 3) return false;
  // A headline and its deck on the line below, the headline's line ending without a full stop
  // ("Council leader quits; \nDeputy is to stand in until May."): a headline, and a deck of one
  // short sentence (a deck may keep its articles and copula).
  const lines = t.split(/\r?\n/).map((line) => line.trim());
  if (lines.length > 2 || (lines.length === 2 && /[.!?…]["”’')\]]*$/.test(lines[0]!))) return false;
  if (lines.length === 2) {
    const deck = lines[1]!;
    return isHeadline(text, lines[0]!, blocks) && deck.split(/\s+/).length <= 20 && splitSentences(deck, 0, deck.length).length === 1;
  }
  const words = t.split(/\s+/).length;
  if (words > 15 || splitSentences(t, 0, t.length).length > 1) return false;
  // Headline style: in title case, or without the articles and the copula that sentences of copy
  // keep ("Maria Okonkwo leads the council." is a sentence; "Council leader quits" is not).
  const long = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const titleCase = long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * long.length;
  if (!titleCase && /\b(?:a|an|the|is|are|was|were)\b/i.test(t)) return false;
  return [blocks[1]!, blocks[2]!].every((b) => text.slice(b.start, b.end).trim().split(/\s+/).length > words);
}

function classifyBlocks(text: string, blocks: Block[], plain = false): Block[] {
  return blocks.map((b, i) => {
    if (b.kind !== 'paragraph') return b;
    const t = text.slice(b.start, b.end).trim();
    if (BYLINE.test(t)) return { ...b, kind: 'byline' };
    if (DATE_ONLY.test(t)) return { ...b, kind: 'meta' };
    // A line without sentence-final punctuation and only a few words is a headline or site
    // chrome ("Select Page", "Media ID: 55363685"), not a sentence of the story. A closing quote
    // ends a sentence only after its stop ("…,” she said." / "… ‘speculation’" does not).
    const words = t.split(/\s+/).length;
    if (!/(?:[.!?…]["”’')\]]*|[)\]])$/.test(t) && words <= 20) return { ...b, kind: 'heading' };
    if (plain && i === 0 && isHeadline(text, t, blocks)) return { ...b, kind: 'heading' };
    if (CREDIT_END.test(t.slice(-CREDIT_TAIL))) return { ...b, kind: 'caption' };
    return b;
  });
}
