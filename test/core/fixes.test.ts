import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tidyFix } from '../../server/src/analysis/fixes';

const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

test('tidyFix capitalises a sentence-opening replacement whole, never half of an astral letter', () => {
  // "𠜎" is one letter in two UTF-16 code units: capitalising it must not split or double the pair.
  const text = 'The flood came. Sources say the dam held.';
  const start = text.indexOf('Sources');
  const fix = tidyFix(
    text,
    [
      { start: 0, end: 15 },
      { start: 16, end: text.length },
    ],
    { title: 't', edits: [{ start, end: start + 7, newText: '𠜎 Rami Rahman' }] },
  );
  assert.equal(fix.edits[0]!.newText, '𠜎 Rami Rahman');
  assert.ok(!lone.test(fix.edits[0]!.newText));
  const lower = tidyFix(
    text,
    [
      { start: 0, end: 15 },
      { start: 16, end: text.length },
    ],
    { title: 't', edits: [{ start, end: start + 7, newText: 'police' }] },
  );
  assert.equal(lower.edits[0]!.newText, 'Police');
});

test('tidyFix: removing the opening words capitalises the next word, astral or not', () => {
  const text = 'Clearly 𝒶bc held. Clearly the dam held.';
  const sentences = [
    { start: 0, end: 18 },
    { start: 19, end: text.length },
  ];
  const first = tidyFix(text, sentences, { title: 't', edits: [{ start: 0, end: 8, newText: '' }] });
  assert.ok(!lone.test(first.edits[0]!.newText), JSON.stringify(first.edits[0]));
  const second = tidyFix(text, sentences, { title: 't', edits: [{ start: 19, end: 27, newText: '' }] });
  assert.equal(text.slice(0, second.edits[0]!.start) + second.edits[0]!.newText + text.slice(second.edits[0]!.end), 'Clearly 𝒶bc held. The dam held.');
});
