// Document generators for the property tests: Markdown and plain text that mix every kind of
// quotation mark, nested quotes, emoji and astral characters, right-to-left text, very long
// lines, code blocks, front matter, HTML comments with whosaid directives and URLs, with every
// line ending (\n, \r\n, a lone \r, or a mix). Each generated document comes with the spans that
// are not prose (code, front matter, HTML, URLs), known from how it was built, not from the core.
import fc from 'fast-check';

export type Format = 'markdown' | 'text';

export interface Generated {
  text: string;
  format: Format;
  /** Spans that are not prose: no finding may start or end inside one (except directive findings, in comments). */
  nonProse: { start: number; end: number; what: string }[];
  /** Spans of the HTML comments that hold directives (where invalid-directive findings belong). */
  directives: { start: number; end: number }[];
}

const WORDS = [
  'the',
  'mill',
  'will',
  'close',
  'council',
  'voted',
  'on',
  'Monday',
  'jobs',
  'budget',
  'plan',
  'river',
  'bridge',
  'and',
  'a',
  'new',
  'school',
  'in',
  'town',
];
const TRIGGERS = [
  'Sources say',
  'reportedly',
  'allegedly',
  'it is believed',
  'is thought to be',
  'experts believe',
  'according to some reports',
  'claimed',
  'admitted',
  'insisted',
  'surprisingly',
  'clearly',
  'of course',
  'a senior official said',
  'officials said',
  '300 people died',
  'the largest',
  'because of the flood',
  'Jane Doe said',
  'Rami Abdel Rahman told AFP',
  'he said',
  'she claimed that',
];
const EXOTIC = ['😀', '👩‍👩‍👧', '🇺🇳', '𝒜𝒷𝒸', '𠜎', 'é', 'e\u0301', 'ﬁ', 'قال المتحدث إن الخطة ستنجح', 'אמר הדובר', '\u200f', '\u200b', 'naïve', '—', '…', '\u00a0'];
const QUOTES: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ["''", "''"],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
  ['"', ''],
  ['“', ''],
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
);

/** Words, sometimes wrapped in a quotation (possibly nested, possibly unclosed). */
const phrase: fc.Arbitrary<string> = fc.letrec<{ phrase: string }>((tie) => ({
  phrase: fc.oneof(
    { weight: 5, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
    {
      weight: 2,
      depthSize: 'small',
      arbitrary: fc
        .tuple(fc.constantFrom(...QUOTES), tie('phrase'), fc.constantFrom('', ',', '.', '!'))
        .map(([[open, close], inner, p]) => `${open}${inner}${p}${close}`),
    },
  ),
})).phrase;

const sentence = fc
  .tuple(
    fc.constantFrom('The', 'A', 'Officials', 'Sources', 'Jane Doe', 'He', 'It', '“We'),
    fc.array(phrase, { minLength: 1, maxLength: 5 }),
    fc.constantFrom('.', '!', '?', '…', '."', '.”', ''),
  )
  .map(([first, rest, end]) => `${first} ${rest.join(' ')}${end}`);

/** A paragraph: sentences on one line, sometimes a very long one. */
const paragraph = fc.oneof(
  { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(sentence, fc.integer({ min: 20, max: 200 })).map(([s, n]) => Array.from({ length: n }, () => s).join(' ')) },
);

const SENTINEL = 'Sources say he reportedly claimed “this is unattributed and quoted here,” surprisingly';
type Piece =
  { kind: 'prose'; text: string } | { kind: 'code' | 'html' | 'url' | 'inline-code' | 'front-matter'; text: string } | { kind: 'directive'; text: string };

const RULE_IDS = ['vague-source', 'hedged-report', 'loaded-verb', 'unattributed-quote', 'not-a-rule', 'editorializing'];
const directive = fc
  .tuple(fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable'), fc.subarray(RULE_IDS, { maxLength: 2 }))
  .map(([kind, ids]) => `<!-- whosaid-${kind}${ids.length ? ' ' + ids.join(', ') : ''} -->`);

const markdownBlock: fc.Arbitrary<Piece[]> = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((t): Piece[] => [{ kind: 'prose', text: t }]) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(paragraph, fc.constantFrom('https://example.com/sources-say/reportedly?q=claimed', 'www.example.org/it-is-believed'), paragraph)
      .map(([a, u, b]): Piece[] => [
        { kind: 'prose', text: a + ' ' },
        { kind: 'url', text: u },
        { kind: 'prose', text: ' ' + b },
      ]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(paragraph, paragraph).map(([a, b]): Piece[] => [
      { kind: 'prose', text: a + ' ' },
      { kind: 'inline-code', text: `\`${SENTINEL}\`` },
      { kind: 'prose', text: ' ' + b },
    ]),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('', 'js', 'text')
      .map((lang): Piece[] => [{ kind: 'code', text: `\`\`\`${lang}\n${SENTINEL}\n<!-- whosaid-disable not-a-rule -->\n\`\`\`` }]),
  },
  { weight: 1, arbitrary: fc.constant<Piece[]>([{ kind: 'html', text: `<div>\n${SENTINEL}\n</div>` }]) },
  { weight: 2, arbitrary: directive.map((d): Piece[] => [{ kind: 'directive', text: d }]) },
  {
    weight: 1,
    arbitrary: fc.tuple(paragraph, directive).map(([p, d]): Piece[] => [
      { kind: 'prose', text: p + ' ' },
      { kind: 'directive', text: d },
    ]),
  },
);

const textBlock: fc.Arbitrary<Piece[]> = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((t): Piece[] => [{ kind: 'prose', text: t }]) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(paragraph, fc.constantFrom('https://example.com/sources-say/reportedly', 'www.example.org/it-is-believed'), paragraph)
      .map(([a, u, b]): Piece[] => [
        { kind: 'prose', text: a + ' ' },
        { kind: 'url', text: u },
        { kind: 'prose', text: ' ' + b },
      ]),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('whosaid-disable-next-line vague-source', '# whosaid-disable not-a-rule', 'whosaid-enable')
      .map((d): Piece[] => [{ kind: 'directive', text: d }]),
  },
);

/** How lines end: one style for the whole document, or a mix. */
const eolStyle = fc.constantFrom('\n', '\r\n', '\r', 'mixed');

export function documents(format: Format, maxBlocks = 10): fc.Arbitrary<Generated> {
  const blocks = fc.array(format === 'markdown' ? markdownBlock : textBlock, { minLength: 1, maxLength: maxBlocks });
  const front = format === 'markdown' ? fc.boolean() : fc.constant(false);
  return fc.tuple(blocks, front, eolStyle, fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 64, maxLength: 64 })).map(([bs, withFront, eol, mix]) => {
    let k = 0;
    const nl = () => (eol === 'mixed' ? mix[k++ % mix.length]! : eol);
    const pieces: Piece[][] = withFront ? [[{ kind: 'front-matter', text: `---\ntitle: "${SENTINEL}"\n---` }], ...bs] : bs;
    let text = '';
    const nonProse: Generated['nonProse'] = [];
    const directives: Generated['directives'] = [];
    pieces.forEach((block, b) => {
      if (b > 0) {
        // A blank line between blocks: a lone \r followed by \n would read as one CRLF, not two line
        // ends, and join the blocks (an HTML block would swallow the code fence after it).
        const first = nl();
        text += (first === '\r' ? '\r\n' : first) + nl();
      }
      for (const piece of block) {
        // Line breaks inside a piece take the document's style too.
        const body = piece.text.replace(/\n/g, () => nl());
        const start = text.length;
        text += body;
        if (piece.kind === 'directive') {
          directives.push({ start, end: text.length });
          nonProse.push({ start, end: text.length, what: 'directive' });
        } else if (piece.kind !== 'prose') nonProse.push({ start, end: text.length, what: piece.kind });
      }
    });
    return { text: text + nl(), format, nonProse, directives };
  });
}

/** True when `offset` falls between the halves of a surrogate pair. */
export function splitsSurrogate(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** True when `offset` falls between the \r and \n of a CRLF. */
export function splitsCrlf(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && text[offset - 1] === '\r' && text[offset] === '\n';
}

/** True when the string holds a lone surrogate. */
export function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
