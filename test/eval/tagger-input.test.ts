import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldCueSpans, taggerInputs } from '../../eval/tagger-input';

test('taggerInputs: one input per sentence, quoted tokens marked', () => {
  const text = '“The plan is dead,” Trump said. It was reported on Friday.';
  const inputs = taggerInputs(text);
  assert.equal(inputs.length, 2);
  const first = inputs[0]!;
  const quoted = first.tokens.filter((_, i) => first.inQuote[i]).map((t) => t.text);
  assert.deepEqual(quoted, ['The', 'plan', 'is', 'dead', ',']);
  assert.ok(!first.inQuote[first.tokens.findIndex((t) => t.text === 'said')]);
  assert.equal(text.slice(inputs[1]!.tokens[0]!.start, inputs[1]!.tokens[0]!.end), 'It');
});

test('goldCueSpans: a discontinuous cue is one span from its first fragment to its last', () => {
  const ann = [
    'T1\tSource 0 5\tTrump',
    'T2\tCue 6 10;15 19\tsaid told',
    'T3\tContent 20 24\tplan',
    'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
    '',
  ].join('\n');
  assert.deepEqual(goldCueSpans(ann), [{ start: 6, end: 19 }]);
});
