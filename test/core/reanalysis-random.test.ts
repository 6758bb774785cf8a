// The editor analyses a document again on every change, passing the previous model: prose,
// paragraphs' analyses, sentences' pattern matches and other finds are reused where their text is
// unchanged. Over many random edits of the fixture articles (typing, deleting, paragraphs split,
// joined, moved, duplicated and removed), every reanalysis must give exactly what a fresh analysis
// of the same text gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, type AnalysisResult, type DocumentFormat } from '../../server/src/engine';
import { capitalisedAfterLower, versionCacheOf, type DocumentModel } from '../../server/src/analysis/model';
import { extractProse } from '../../server/src/analysis/prose';
import { capitalisedInside, type CapitalisedPiece } from '../../server/src/rules/inconsistent-figure';

const fixtures: [string, DocumentFormat][] = [
  ['council-story.md', 'markdown'],
  ['wire-story.md', 'markdown'],
  ['core/wire-story.txt', 'text'],
  ['cli/council.txt', 'text'],
  ['cli/bridge.txt', 'text'],
  // Figures, ages, prison terms, owners and names spelled two ways: inconsistent-figure's and
  // inconsistent-name's caches (facts kept per sentence, findings moved with unchanged names).
  ['core/figures-story.md', 'markdown'],
  ['factcheck/article.md', 'markdown'],
];

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPED = ['e', 'a', 'T', 'x', ' ', ',', '.', '“', '”', '"', '12', ' said', ' Smith', ' according to', '\n', '\n\n', '%', "'s", ' Labour', ', 31,', ' —'];

/** One random edit of `text`, as a writer (or a paste) would make it. */
function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const paragraphs = text.split('\n\n');
  const p = Math.floor(random() * paragraphs.length);
  switch (Math.floor(random() * 7)) {
    case 0:
    case 1:
      return text.slice(0, at) + TYPED[Math.floor(random() * TYPED.length)] + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 12));
    case 3: // a paragraph duplicated (pasted again further on)
      return [...paragraphs.slice(0, p), paragraphs[p]!, ...paragraphs.slice(p)].join('\n\n');
    case 4: // a paragraph removed
      return paragraphs.length > 1 ? paragraphs.filter((_, k) => k !== p).join('\n\n') : text;
    case 5: // two paragraphs joined, or one split
      return p + 1 < paragraphs.length && random() < 0.5
        ? [...paragraphs.slice(0, p), `${paragraphs[p]} ${paragraphs[p + 1]}`, ...paragraphs.slice(p + 2)].join('\n\n')
        : text.slice(0, at) + '\n\n' + text.slice(at);
    default: {
      // a paragraph moved to the top
      const moved = paragraphs[p]!;
      return [moved, ...paragraphs.filter((_, k) => k !== p)].join('\n\n');
    }
  }
}

/** What a shell reads of an analysis. */
function observed(r: AnalysisResult) {
  const { sentences, quotes, blocks, people } = r.model;
  return {
    findings: r.findings,
    attributions: r.attributions,
    ruleErrors: r.ruleErrors,
    quoteSpeakers: r.quoteSpeakers,
    vagueVerdicts: r.vagueVerdicts,
    sentences,
    quotes,
    blocks,
    people,
  };
}

for (const [file, format] of fixtures) {
  test(`${file}: after each of 60 random edits, the reanalysis equals a fresh analysis`, () => {
    const random = mulberry32(file.length * 7919 + 17);
    let text = readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8');
    let previous = analyze(text, { format }).model;
    let findings = 0;
    for (let i = 0; i < 60; i++) {
      text = edit(text, random);
      const again = analyze(text, { format, previous });
      const fresh = analyze(text, { format });
      assert.deepEqual(observed(again), observed(fresh), `edit ${i + 1} of ${file}`);
      findings += fresh.findings.length;
      previous = again.model;
    }
    assert.ok(findings > 0, 'the edited texts have findings to compare');
  });
}

/** `count` texts of 5–64 pieces drawn from `pieces`, most followed by a space. */
function* randomTexts(random: () => number, pieces: readonly string[], count: number): Generator<string> {
  for (let doc = 0; doc < count; doc++) {
    const parts: string[] = [];
    for (let k = 0, n = 5 + Math.floor(random() * 60); k < n; k++) parts.push(pieces[Math.floor(random() * pieces.length)]!, random() < 0.7 ? ' ' : '');
    yield parts.join('');
  }
}

test('the capitalised words after a lower-case word or a comma, found paragraph by paragraph, are those of one scan of the whole prose', () => {
  const random = mulberry32(20);
  const PIECES = [
    'the',
    'council',
    'Smith',
    'Okonkwo-Reyes',
    ',',
    '.',
    ' ',
    ' ',
    '\n\n',
    '\n',
    '\t',
    '## Flooding in the city\n\n',
    '# Report\n\n',
    '> ',
    '- ',
    '𝑎',
    'Étienne',
    'résumé',
    '“',
    '”',
    '12',
    'said',
  ];
  let pieces = 0;
  for (const text of randomTexts(random, PIECES, 300)) {
    for (const format of ['text', 'markdown'] as const) {
      const { text: prose, blocks } = extractProse(text, format);
      const whole = [...prose.matchAll(/[\p{Ll},]\s+(\p{Lu}[\p{L}-]*)/gu)].map((m) => m[1]!);
      const cache = new Map<string, readonly string[]>();
      assert.deepEqual(new Set(capitalisedAfterLower(prose, blocks, cache)), new Set(whole), JSON.stringify(text));
      // Found again from the cache, the same.
      assert.deepEqual(new Set(capitalisedAfterLower(prose, blocks, cache)), new Set(whole), JSON.stringify(text));
      pieces += cache.size;
    }
  }
  assert.ok(pieces > 1000, `the documents were cut into pieces (${pieces})`);
});

test('the words capitalised inside a sentence, found piece by piece, are those of one scan of the whole prose', () => {
  const random = mulberry32(21);
  const PIECES = [
    'the',
    'council',
    'Labour',
    'Smith',
    'McDonald',
    ',',
    '.',
    ';',
    ')',
    '(',
    ' ',
    ' ',
    '\n\n',
    '\n',
    '\t',
    '## Flooding in the city\n\n',
    '# Report\n\n',
    '> ',
    '- ',
    '| a | B |\n|---|---|\n| c | Dee |\n',
    '𝑎',
    'Étienne',
    '“',
    '”',
    '12',
    'said',
    'Mr.',
    '—',
    ':',
    'A',
  ];
  let pieces = 0;
  for (const text of randomTexts(random, PIECES, 300)) {
    for (const format of ['text', 'markdown'] as const) {
      const { prose, blocks, sentences } = analyze(text, { format }).model;
      const whole = capitalisedInside(prose, sentences);
      const cache = new Map<string, CapitalisedPiece>();
      const byPiece = { blocks, cache: { get: (k: string) => cache.get(k), set: (k: string, v: CapitalisedPiece) => (cache.set(k, v), v) } };
      assert.deepEqual(capitalisedInside(prose, sentences, byPiece), whole, JSON.stringify(text));
      // Found again from the cache, the same.
      assert.deepEqual(capitalisedInside(prose, sentences, byPiece), whole, JSON.stringify(text));
      pieces += cache.size;
    }
  }
  assert.ok(pieces > 1000, `the documents were cut into pieces (${pieces})`);
});

test('a version cache keeps what the latest two versions of a document asked for, and drops the rest', () => {
  const memo: DocumentModel['memo'] = new Map();
  const version = () => ({ memo }) as DocumentModel;
  const first = versionCacheOf<number>(version(), 'test');
  first.set('kept', 1);
  first.set('dropped', 2);
  // The next version asks for one of them: found, and kept for the version after.
  const second = versionCacheOf<number>(version(), 'test');
  assert.equal(second.get('kept'), 1);
  const third = versionCacheOf<number>(version(), 'test');
  assert.equal(third.get('kept'), 1);
  assert.equal(third.get('dropped'), undefined);
  // Within one version, what was stored is found.
  third.set('new', 3);
  assert.equal(versionCacheOf<number>(version(), 'test').get('new'), 3);
});
