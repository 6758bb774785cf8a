// Reading PolNeAR's brat standoff files: text-bound spans, the events that tie a Cue to its
// Source and Content, the choice of one annotator per article, and the offset-unit check.

export interface Fragment {
  start: number;
  end: number;
}

/** A text-bound annotation ("T" line); discontinuous spans have several fragments. */
export interface BratSpan {
  id: string;
  type: string;
  fragments: Fragment[];
  text: string;
}

/** An event ("E" line): a trigger plus role:id arguments. */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: { role: string; id: string }[];
}

export interface BratDoc {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/** A gold span: fragments sorted by start, and its text as brat stores it. */
export interface GoldSpan {
  fragments: Fragment[];
  text: string;
}

export interface GoldAttribution {
  cue: GoldSpan | null;
  source: GoldSpan | null;
  content: GoldSpan | null;
}

// Any brat line starts with an id such as T12, E3, A1, R2, N1, #1 or * followed by a tab.
const RECORD = /^(?:[TEARNM#]\d*|\*)\t/;
const TEXT_BOUND = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/;

export function parseFragments(offsets: string): Fragment[] {
  return offsets.split(';').map((part) => {
    const [start = NaN, end = NaN] = part.trim().split(/\s+/).map(Number);
    return { start, end };
  });
}

export function parseAnn(ann: string): BratDoc {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  let last: BratSpan | null = null;
  for (const line of ann.replace(/\n+$/, '').split('\n')) {
    if (!RECORD.test(line)) {
      // A span whose text contains a newline is written over several lines; keep the text whole.
      if (last) last.text += '\n' + line;
      continue;
    }
    last = null;
    const t = TEXT_BOUND.exec(line);
    if (t) {
      last = { id: t[1]!, type: t[2]!, fragments: parseFragments(t[3]!), text: t[4]! };
      spans.set(last.id, last);
    } else if (line.startsWith('E')) {
      const [id, body] = line.split('\t');
      const [head, ...rest] = body.trim().split(/\s+/);
      const [type, trigger] = head.split(':');
      const args = rest.map((arg) => {
        const [role, ref] = arg.split(':');
        return { role, id: ref };
      });
      events.push({ id, type, trigger, args });
    }
  }
  return { spans, events };
}

function goldSpan(parts: BratSpan[]): GoldSpan | null {
  if (parts.length === 0) return null;
  const fragments = parts.flatMap((p) => p.fragments).sort((a, b) => a.start - b.start);
  return { fragments, text: parts.map((p) => p.text).join(' ') };
}

/**
 * One gold attribution per event. PolNeAR's events are `Attribution` or `Attribution-no-source`;
 * a second content piece comes as role `Content2`, which we fold into the content's fragments.
 * Cues, sources or contents not referenced by any event are not attributions and are ignored.
 */
export function goldAttributions(doc: BratDoc): GoldAttribution[] {
  return doc.events.map((event) => {
    const byRole = (role: RegExp) =>
      event.args
        .filter((a) => role.test(a.role))
        .map((a) => doc.spans.get(a.id))
        .filter((s): s is BratSpan => s !== undefined);
    return {
      cue: goldSpan(byRole(/^Cue\d*$/)),
      source: goldSpan(byRole(/^Source\d*$/)),
      content: goldSpan(byRole(/^Content\d*$/)),
    };
  });
}

export const ANNOTATOR_RULE = 'articles with several annotators are scored against the file whose annotator hash sorts first (alphabetically)';

/**
 * Each article's .ann files, sorted by annotator hash, articles in sorted order. Files are
 * `<article>_<hash>.ann`; several hashes for one article mean several annotators.
 */
export function annotatorFilesByArticle(fileNames: string[]): Map<string, string[]> {
  const byArticle = new Map<string, { hash: string; file: string }[]>();
  for (const file of fileNames) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(file);
    if (!m) continue;
    const list = byArticle.get(m[1]) ?? [];
    list.push({ hash: m[2], file });
    byArticle.set(m[1], list);
  }
  const sorted = new Map<string, string[]>();
  for (const [article, list] of [...byArticle].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    list.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    sorted.set(
      article,
      list.map((e) => e.file),
    );
  }
  return sorted;
}

/**
 * Map each article to one .ann file: of several annotators' files we always take the
 * alphabetically first hash, so runs are stable.
 */
export function chooseAnnotatorFiles(fileNames: string[]): { files: Map<string, string>; multiAnnotator: number } {
  const files = new Map<string, string>();
  let multiAnnotator = 0;
  for (const [article, list] of annotatorFilesByArticle(fileNames)) {
    if (list.length > 1) multiAnnotator++;
    files.set(article, list[0]!);
  }
  return { files, multiAnnotator };
}

/** Text of a span when its offsets are read as UTF-16 indices or as code-point indices. */
function sliceAs(text: string, codePoints: string[] | null, fragments: Fragment[]): string {
  return fragments.map((f) => (codePoints ? codePoints.slice(f.start, f.end).join('') : text.slice(f.start, f.end))).join(' '); // brat joins the fragments of a discontinuous span with one space
}

export interface OffsetCheck {
  /** True when the text has characters outside the BMP, where the two units differ. */
  astral: boolean;
  utf16Matches: number;
  codePointMatches: number;
  spans: number;
  unit: 'utf16' | 'codepoint';
}

/**
 * Decide whether a document's brat offsets are UTF-16 units or code points by comparing the
 * text stored with each span to the slice of the document under each reading.
 */
export function checkOffsets(text: string, spans: Iterable<BratSpan>): OffsetCheck {
  const codePoints = Array.from(text);
  const astral = codePoints.length !== text.length;
  let utf16Matches = 0;
  let codePointMatches = 0;
  let count = 0;
  for (const span of spans) {
    count++;
    if (sliceAs(text, null, span.fragments) === span.text) utf16Matches++;
    if (astral ? sliceAs(text, codePoints, span.fragments) === span.text : sliceAs(text, null, span.fragments) === span.text) {
      codePointMatches++;
    }
  }
  const unit = codePointMatches > utf16Matches ? 'codepoint' : 'utf16';
  return { astral, utf16Matches, codePointMatches, spans: count, unit };
}

/** Convert code-point offsets to UTF-16 indices (needed only when `checkOffsets` says 'codepoint'). */
export function codePointsToUtf16(text: string, doc: BratDoc): void {
  const index: number[] = [0];
  for (const ch of text) index.push(index[index.length - 1] + ch.length);
  for (const span of doc.spans.values()) {
    span.fragments = span.fragments.map((f) => ({ start: index[f.start], end: index[f.end] }));
  }
}
