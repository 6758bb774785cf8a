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

function markdownProse(text: string): Prose {
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  }) as MdNode;
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

  const visit = (node: MdNode) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
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
        if (isUrlLink(node, text)) return;
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
  visit(tree);
  blankUrls(chars);
  const prose = chars.join('');
  return { text: prose, blocks: classifyBlocks(prose, blocks), html };
}

function isUrlLink(node: MdNode, text: string): boolean {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
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
    const lineText = m[0].replace(/[\r\n]+$/, '');
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
const CREDIT_END = /(?:[.!?]["”]?\s+(?:AFP|AP|Reuters|EPA|Getty Images|AFP\/Getty Images|Associated Press|AP Photo(?:\/[\w. ]+)?)|\((?:AP |Reuters )?Photo[^)]*\))\.?$/;
const BYLINE = /^(?:By|BY|Written by|Reporting by|Editing by|Additional reporting by)\s+\S/;
const DATE_ONLY = /^(?:(?:Updated|Published|Posted)\s*:?\s*)?[A-Z][a-z]+\.? \d{1,2},? \d{4}\b.{0,40}$/;

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
    if (CREDIT_END.test(t)) return { ...b, kind: 'caption' };
    return b;
  });
}
