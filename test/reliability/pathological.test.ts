// Pathological inputs: each is analysed whole, its findings growing in step with it (what each
// added part of the input brings is found, however large the input has grown: nothing is dropped
// past some size, nothing found twice), or refused with a clear message. No time is measured here
// (a timed test fails on a busy machine and passes a slow one): `npm run bench` measures that the
// time grows linearly (the paragraph measure), and docs/reliability.md lists the full-size runs (a
// 5 MB single line, 100,000 quotation marks, a 50,000-word sentence, 1,000 levels of nesting).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { analyze, UnanalyzableInput, type DocumentFormat } from '../../server/src/engine';
import { MAX_MARKDOWN_NESTING, markdownNestingDepth } from '../../server/src/analysis/limits';
import { whosaid } from '../cli/helpers';

const FORMATS: DocumentFormat[] = ['text', 'markdown'];

interface Expect {
  /** Rules whose findings are not expected to grow in step (and why, beside the input). */
  notInStep?: string[];
  /** A word whose last occurrence in the input must be read as (part of) a cue: the input is read to its end. */
  lastCue?: string;
}

/** The findings by rule, each within the text. */
function findingCounts(text: string, format: DocumentFormat, expect: Expect): Record<string, number> {
  const result = analyze(text, { format });
  const out: Record<string, number> = {};
  for (const f of result.findings) {
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.rule} at ${f.start}-${f.end} in ${text.length} characters`);
    if (!expect.notInStep?.includes(f.rule)) out[f.rule] = (out[f.rule] ?? 0) + 1;
  }
  if (expect.lastCue) {
    const last = text.lastIndexOf(expect.lastCue);
    assert.ok(
      result.attributions.some((a) => a.cue.start <= last && last + expect.lastCue!.length <= a.cue.end),
      `the last “${expect.lastCue}”, ${text.length - last} characters from the end, is not read as a cue`,
    );
  }
  return out;
}

/**
 * The input made of n, 2n and 4n units: the second doubling must add exactly twice the findings
 * the first added, rule by rule (a count that is constant, or grows by a fixed amount per unit,
 * passes; findings capped, dropped past some size or found twice do not).
 */
function assertGrowsInStep(name: string, make: (n: number, salt: number) => string, n: number, format: DocumentFormat, expect: Expect): void {
  n = Math.max(1, Math.round(n / 2));
  const [one, two, four] = [n, 2 * n, 4 * n].map((size) => findingCounts(make(size, size), format, expect)) as [
    Record<string, number>,
    Record<string, number>,
    Record<string, number>,
  ];
  for (const rule of new Set([...Object.keys(one), ...Object.keys(two), ...Object.keys(four)])) {
    const [a, b, c] = [one[rule] ?? 0, two[rule] ?? 0, four[rule] ?? 0];
    assert.equal(c - b, 2 * (b - a), `${name} (${format}): ${rule} ${a}, ${b}, ${c} at ${n}, ${2 * n} and ${4 * n} units`);
  }
}

const NEWS = (i: number, salt: number) =>
  `Sources say the mill ${i}-${salt} will close, officials claimed. “It is over for ${i},” he said. Reportedly ${i} jobs will go, Jane Doe said.`;
const QUOTES = ['“', '”', '"', "''", '‘', '’', '«', '»', '„'];

const GROWING: [string, (n: number, salt: number) => string, number, Expect?][] = [
  ['one long line of news copy', (n, salt) => Array.from({ length: n }, (_, i) => NEWS(i, salt)).join(' '), 250],
  [
    'quotation marks of every kind',
    (n, salt) => `${salt} ` + Array.from({ length: n }, (_, i) => QUOTES[i % QUOTES.length] + (i % 5 === 0 ? ` w${i}` : '')).join(' '),
    10_000,
  ],
  [
    'one sentence of many words',
    (n, salt) => `Salt ${salt}: ` + Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'said' : i % 11 === 0 ? 'reportedly' : `word${i % 13}`)).join(' ') + '.',
    8_000,
    // One run-on sentence of up to 16,000 words: a hedge is judged by the cues near it, and in one
    // sentence with no other punctuation those differ from place to place, so the hedges found do
    // not grow by the same number per unit; what must hold is that the sentence is read to its end.
    { notInStep: ['hedged-report'], lastCue: 'said' },
  ],
  ['many paragraphs', (n, salt) => Array.from({ length: n }, (_, i) => NEWS(i, salt)).join('\n\n'), 200],
  ['many block quotes', (n, salt) => Array.from({ length: n }, (_, i) => `> Sources say ${i}-${salt}.`).join('\n\n'), 600],
  [
    'lists nested 100 levels, repeated',
    (n, salt) =>
      Array.from({ length: n }, (_, r) =>
        Array.from({ length: MAX_MARKDOWN_NESTING - 1 }, (_, i) => '  '.repeat(i) + `- Sources say ${r}-${salt}.`).join('\n'),
      ).join('\n\nInterlude.\n\n'),
    3,
  ],
  [
    'block quotes nested 100 levels, repeated',
    (n, salt) => Array.from({ length: n }, (_, r) => '>'.repeat(MAX_MARKDOWN_NESTING - 1) + ` Sources say ${r}-${salt}.`).join('\n\nInterlude.\n\n'),
    100,
  ],
  ['a run of apostrophes after punctuation', (n, salt) => `Salt ${salt}. Wow!` + "'".repeat(n) + 'x', 20_000],
  ['a run of punctuation with no capital after it', (n, salt) => `Salt ${salt}. Wow` + '!'.repeat(n * 2) + 'x', 20_000],
  ['unclosed whosaid comments', (n, salt) => `Salt ${salt}.\n\n` + '<!-- whosaid-disable x '.repeat(n), 4_000],
  ['a long line of blanks after a directive', (n, salt) => `whosaid-disable-line ${salt}` + ' '.repeat(n * 10) + 'x\nSources say so.', 4_000],
];

describe('pathological inputs are analysed whole, their findings growing in step with them', () => {
  for (const [name, make, n, expect] of GROWING) {
    for (const format of FORMATS) {
      if (/nested|block quotes/.test(name) && format === 'text') continue;
      it(`${name} (${format})`, () => assertGrowsInStep(name, make, n, format, expect ?? {}));
    }
  }

  it('100,000 quotation marks and a 50,000-word sentence, at full size, complete', () => {
    for (const format of FORMATS) {
      analyze('“'.repeat(100_000), { format });
      analyze(QUOTES.join(' ').repeat(100_000 / QUOTES.length), { format });
      analyze(Array.from({ length: 50_000 }, (_, i) => (i % 9 === 0 ? 'said' : 'word')).join(' ') + '.', { format });
    }
  });
});

// One huge paragraph (a pasted transcript, a file whose line breaks were lost): every stage must
// take time linear in the paragraph, and nothing may rescan it, or the attributions before it, per
// sentence. The findings of rules that read a sentence and its neighbours are those of the same
// units written one paragraph each (two spaces or a blank line between units: the same offsets),
// and each is found once per unit.
describe('one huge paragraph', () => {
  const letters = (i: number) => {
    let s = '';
    do {
      s += String.fromCharCode(97 + (i % 26));
      i = Math.floor(i / 26);
    } while (i > 0);
    return s;
  };
  // A surname per unit ("Priceab"), people, roles, an outlet, quotations with and without a speaker beside them.
  const UNIT = (i: number) => {
    const name = `Price${letters(i)}`;
    return `Council leader Amanda ${name} told BBC Sport the mill would close on ${1 + (i % 28)} March. “We did everything we could for the ${i} families,” she said. Sources say ${i} jobs will go. Officials reportedly fear the worst. ${name} still feels the loss of the mill. “It was heartbreaking for all of us here.” The union has allegedly been told that ${i + 12} people were killed.`;
  };
  const LOCAL_RULES = ['vague-source', 'anonymous-source', 'hedged-report', 'unattributed-quote', 'passive-attribution', 'loaded-verb', 'editorializing'];
  const local = (text: string) =>
    analyze(text, { format: 'text' })
      .findings.filter((f) => LOCAL_RULES.includes(f.rule))
      .map((f) => `${f.rule} ${f.start}-${f.end} ${f.message}`);

  it('1,000 units (over 350 KB) in one paragraph give the findings of the units one paragraph each', () => {
    const units = Array.from({ length: 1000 }, (_, i) => UNIT(i));
    const paragraph = units.join('  ');
    assert.ok(paragraph.length > 350_000 && !paragraph.includes('\n'));
    const inOne = local(paragraph);
    assert.deepEqual(inOne, local(units.join('\n\n')));
    // Per unit: the vague "Sources say", the anonymous "Officials", two hedges; the unattributed
    // quotation after "Price… still feels" continues that speaker's words.
    const perUnit = local(UNIT(0)).length;
    assert.ok(perUnit >= 3);
    assert.equal(inOne.length, 1000 * perUnit);
    const last = paragraph.length - UNIT(999).length;
    assert.equal(inOne.filter((f) => Number(/ (\d+)-/.exec(f)![1]) >= last).length, perUnit);
  });
});

describe('pathological inputs that are refused', () => {
  it('Markdown nested 1,000 levels deep (block quotes or lists) is refused with the reason, quickly estimated', () => {
    const deep = ['>'.repeat(1000) + ' Sources say so.', Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + '- Sources say so.').join('\n')];
    for (const text of deep) {
      assert.ok(markdownNestingDepth(text) >= 1000);
      assert.throws(
        () => analyze(text, { format: 'markdown' }),
        (e: unknown) => e instanceof UnanalyzableInput && /Markdown nested about 1\d{3} levels deep .* up to 100 levels/.test(e.message),
      );
      // As plain text the same characters are just text.
      analyze(text, { format: 'text' });
    }
  });

  it('ordinary nesting is not refused', () => {
    assert.ok(markdownNestingDepth('- a\n  - b\n    - c\n> > quoted\n1. one\n   2. two\n        code') < 10);
  });

  it('random bytes decoded leniently (NULs, U+FFFD, lone surrogates) are analysed without error', () => {
    const bytes = randomBytes(30_000);
    for (const text of [
      bytes.toString('utf8'),
      bytes.toString('latin1'),
      String.fromCharCode(...new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 40_000))),
    ]) {
      for (const format of FORMATS) {
        const { findings } = analyze(text, { format });
        for (const f of findings) assert.ok(0 <= f.start && f.end <= text.length);
      }
    }
  });
});

describe('the CLI with pathological files', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-patho-')));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses binary, invalid UTF-8, too-large and too-deeply-nested files by name with the reason; an empty file is clean', async () => {
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2048), Buffer.from([0, 0, 0])]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('Caf\xe9 sources say so.\n', 'latin1'));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'deep.md'), '>'.repeat(1000) + ' Sources say so.\n');
    fs.writeFileSync(path.join(dir, 'big.txt'), 'Sources say so. '.repeat(8000));
    const r = await whosaid(['check', '--max-file-size', '100KB', '.'], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /binary\.md: error: binary file \(a NUL byte at offset \d+\)|binary\.md: error: not valid UTF-8/);
    assert.match(r.stderr, /latin1\.md: error: not valid UTF-8 text/);
    assert.match(r.stderr, /deep\.md: error: not checked: Markdown nested about 1000 levels deep/);
    assert.match(r.stderr, /big\.txt: error: file is too large \(12[0-9.]+ KB, over the 100 KB limit; raise it with --max-file-size\)/);
    assert.doesNotMatch(r.stderr, /empty\.md/);
    assert.doesNotMatch(r.stderr, /internal error/);
  });
});

// The editor's path: the document analysed again after each change, from the previous model
// (paragraphs' analyses, sentences' matches and the pieces of prose between paragraphs kept by
// their text). On inputs of these shapes too the result must be a fresh analysis's.
describe('pathological inputs edited in the editor', () => {
  const EDITED: [string, string][] = [
    ['many paragraphs', Array.from({ length: 200 }, (_, i) => NEWS(i, 1)).join('\n\n')],
    ['one long line of news copy', Array.from({ length: 250 }, (_, i) => NEWS(i, 2)).join(' ')],
    // No paragraph ends in a full stop: the prose between them cannot be cut, and is read as one piece.
    [
      'headings and paragraphs ending in lower case',
      Array.from({ length: 150 }, (_, i) => `## the mill ${i} closes\n\nOfficials said the mill ${i} would close, Jane Doe told Reuters`).join('\n\n'),
    ],
    ['many block quotes', Array.from({ length: 300 }, (_, i) => `> Sources say ${i}.`).join('\n\n')],
  ];
  const observed = (text: string, format: DocumentFormat, previous?: ReturnType<typeof analyze>['model']) => {
    const r = analyze(text, { format, ...(previous ? { previous } : {}) });
    return { model: r.model, seen: { findings: r.findings, attributions: r.attributions, sentences: r.model.sentences, quotes: r.model.quotes } };
  };
  for (const [name, start] of EDITED) {
    for (const format of FORMATS) {
      it(`${name} (${format})`, () => {
        let text = start;
        let previous = observed(text, format).model;
        // Typing in the middle, a paragraph split and two joined, and the first paragraph deleted.
        const edits = [
          (t: string) => t.slice(0, t.length >> 1) + 'x' + t.slice(t.length >> 1),
          (t: string) => t.slice(0, t.length >> 2) + '\n\n' + t.slice(t.length >> 2),
          (t: string) => t.replace('\n\n', ' '),
          (t: string) => t.slice(t.indexOf('\n\n') + 2),
        ];
        for (const edit of edits) {
          text = edit(text);
          const again = observed(text, format, previous);
          assert.deepEqual(again.seen, observed(text, format).seen);
          previous = again.model;
        }
      });
    }
  }
});

it('a comma before a reporting verb with no subject before it (",said") is analysed, not an internal error', () => {
  for (const text of [',said', ', , said', 'x,,said', ',said,']) {
    for (const format of ['text', 'markdown'] as const) assert.doesNotThrow(() => analyze(text, { format }), `${format}: ${JSON.stringify(text)}`);
  }
});
