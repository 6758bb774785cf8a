// Embedded social-media posts in plain-text copy: PolNeAR's `<tweet author="@…">…</tweet>` (or
// `…<tweet/>`), which archive text keeps where the page embedded a post. A post is its author's
// words, quoted whole: a hedge, a loaded verb or a quotation inside it is the author's, not the
// reporter's ("<tweet author="@thedailybeast">Trump reportedly has … — The Daily Beast
// (@thedailybeast) June 29, 2016</tweet>").
import type { Span } from './types';

// The opening tag, and its closing tag or the `<tweet/>` that ends a post (an unclosed one runs to
// the end of its paragraph, at most a post's length).
const OPEN = /<tweet\b[^<>]{0,300}>/g;
const CLOSE = /<\/tweet>|<tweet\/>/g;
const POST_LENGTH = 2000;

/** The spans of the embedded posts in `text`, tags included, in order. */
export function embeddedPosts(text: string): Span[] {
  if (!text.includes('<tweet')) return [];
  const posts: Span[] = [];
  OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPEN.exec(text)) !== null) {
    CLOSE.lastIndex = m.index + m[0].length;
    const close = CLOSE.exec(text);
    const paragraphEnd = text.indexOf('\n\n', m.index);
    const limit = Math.min(m.index + POST_LENGTH, paragraphEnd < 0 ? text.length : paragraphEnd);
    const end = close && close.index < limit ? close.index + close[0].length : limit;
    posts.push({ start: m.index, end });
    OPEN.lastIndex = end;
  }
  return posts;
}
