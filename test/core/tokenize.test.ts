// tokenize cuts ASCII text itself and leaves the rest to its pattern (analysis/words.ts): its tokens
// must be the pattern's matches, with a trailing period kept only for abbreviations, whatever the
// characters around them and wherever the range given starts and ends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ABBREVIATIONS } from '../../server/src/analysis/sentences';
import { factsOf, tokenize } from '../../server/src/analysis/words';

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[’'.\-&](?=[\p{L}\p{N}]))*\.?|''|[^\s\p{L}\p{N}]/gu;

function isAbbreviation(t: string): boolean {
  return /^(?:[A-Za-z]\.){2,}$/.test(t) || /^[A-Z]\.$/.test(t) || (/^[A-Z]/.test(t) && ABBREVIATIONS.has(t.slice(0, -1).toLowerCase()));
}

function reference(text: string, start: number, end: number): { start: number; end: number; text: string; lower: string }[] {
  const tokens = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    let t = m[0];
    if (t.length > 1 && t.endsWith('.') && !isAbbreviation(t)) t = t.slice(0, -1);
    const s = start + m.index;
    tokens.push({ start: s, end: s + t.length, text: t, lower: t.toLowerCase() });
    if (t.length !== m[0].length) TOKEN.lastIndex = m.index + t.length;
  }
  return tokens;
}

const PIECES = [
  'a',
  'B',
  '9',
  '.',
  "'",
  "''",
  '’',
  '-',
  '&',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  'é',
  'e\u0301',
  '\u{1D400}',
  '\u{1F600}',
  '\u0345',
  '\x1f',
  '“',
  ',',
  'U.S.',
  'Sen.',
  'Mr.',
  'x.',
  'F.',
  "rock'n'roll",
  'AT&T',
  'said',
  'Abdel-Rahman’s',
];

test('tokenize gives the pattern’s tokens on generated text, over any range of it', () => {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const length = next() % 12;
    for (let k = 0; k < length; k++) text += PIECES[next() % PIECES.length];
    assert.deepEqual(tokenize(text), reference(text, 0, text.length), JSON.stringify(text));
    const start = next() % (text.length + 1);
    const end = start + (next() % (text.length - start + 1));
    assert.deepEqual(tokenize(text, start, end), reference(text, start, end), JSON.stringify([text, start, end]));
  }
});

test('a token’s facts are one per text, wherever the text stands', () => {
  const [a, b] = tokenize('Observatory said. The Observatory’s head, Observatory.').filter((t) => t.text === 'Observatory');
  assert.ok(a && b);
  assert.equal(a.text, b.text);
  assert.equal(factsOf('Observatory'), factsOf(`x${'Observatory'}`.slice(1)));
  assert.equal(factsOf('Observatory').lower, 'observatory');
});
