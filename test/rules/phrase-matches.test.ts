// matchesIn runs compilePhrases' patterns without their opening look-behind and tests the
// character before each match itself (rules/helpers.ts): its matches must be the pattern's own,
// at the edges where the look-behind decides (letters, digits, apostrophes, hyphens, surrogate
// pairs, characters that fold to a letter) and on generated text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentModel } from '../../server/src/analysis/model';
import type { RuleContext } from '../../server/src/rules/rule';
import { compilePhrases, matchesIn } from '../../server/src/rules/helpers';

const PHRASES = ['said', 'it is clear that', 'of course', 'reportedly', 'sources say', 'well-known', "it's"];
const pattern = compilePhrases(PHRASES);

function reference(text: string): { start: number; end: number }[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function viaRule(text: string, reanalysis: boolean): { start: number; end: number }[] {
  const ctx = { model: { prose: text } as DocumentModel, reanalysis } as RuleContext;
  return matchesIn(ctx, { start: 0, end: text.length }, pattern);
}

test('matchesIn finds what the compiled pattern finds, at the edges of its look-behind', () => {
  const befores = ['', ' ', 'a', 'Z', '9', "'", '’', '-', '—', '“', '\u0345', 'é', '\u{1D400}', '\u{1F600}', '\uDC00', '\uD800', '\u00A0', '_', '.'];
  for (const before of befores) {
    for (const phrase of ['said', 'Said', 'SAID', 'of  course', 'It’s', 'reportedly', 'well-known', 'ſaid']) {
      for (const after of ['', ' ', 's', '.', '’', '-']) {
        const text = `${before}${phrase}${after} and ${before}${phrase}${after}`;
        assert.deepEqual(viaRule(text, false), reference(text), JSON.stringify(text));
        assert.deepEqual(viaRule(text, true), reference(text), JSON.stringify(text));
      }
    }
  }
});

test('matchesIn finds what the compiled pattern finds on generated text', () => {
  const pieces = [
    'said',
    'it is clear that',
    'of course',
    'sources say',
    'a',
    'x',
    ' ',
    '  ',
    "'",
    '’',
    '-',
    'é',
    '\u{1F600}',
    '\u0345',
    '9',
    ',',
    'reportedly',
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const length = next() % 12;
    for (let k = 0; k < length; k++) text += pieces[next() % pieces.length];
    assert.deepEqual(viaRule(text, false), reference(text), JSON.stringify(text));
  }
});
