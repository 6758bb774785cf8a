// The cue tagger's fast scoring (an index of the model's weights, lookups kept per word) must give
// exactly the scores of the reference, score(cueFeatures(…)): the same tags and the same margins
// to the last bit, so that every figure downstream is unchanged.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  cueFeatures,
  packCueModel,
  tagTokens,
  tagTokensByReference,
  useCueModel,
  valueMismatches,
  weightsFromPacked,
  type CueModel,
  type TaggerInput,
} from '../../server/src/analysis/cue-tagger';
import { findQuotePieces } from '../../server/src/analysis/quotes';
import { splitSentences } from '../../server/src/analysis/sentences';
import { tokenize } from '../../server/src/analysis/words';

function inputsOf(text: string): TaggerInput[] {
  const out: TaggerInput[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const quotes = findQuotePieces(paragraph);
    for (const s of splitSentences(paragraph, 0, paragraph.length)) {
      const tokens = tokenize(paragraph, s.start, s.end);
      out.push({ tokens, inQuote: tokens.map((t) => quotes.some((q) => q.start < t.start && t.end <= q.end)) });
    }
  }
  return out;
}

const fixtures = [
  join(__dirname, '..', 'fixtures', 'core', 'wire-story.txt'),
  join(__dirname, '..', 'fixtures', 'wire-story.md'),
  ...readdirSync(join(__dirname, '..', 'fixtures', 'cli'))
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .map((f) => join(__dirname, '..', 'fixtures', 'cli', f)),
];

test('fast scoring equals score(cueFeatures(…)) on the fixtures, tag for tag and margin for margin', () => {
  let sentences = 0;
  for (const file of fixtures) {
    for (const input of inputsOf(readFileSync(file, 'utf8'))) {
      assert.deepEqual(tagTokens(input), tagTokensByReference(input), input.tokens.map((t) => t.text).join(' '));
      sentences++;
    }
  }
  assert.ok(sentences > 30);
});

test('the fast scorer’s number for every value is the number of the value cueFeatures spells, on every token of the fixtures', () => {
  let tokens = 0;
  for (const file of fixtures) {
    for (const input of inputsOf(readFileSync(file, 'utf8'))) {
      assert.deepEqual(valueMismatches(input), [], input.tokens.map((t) => t.text).join(' '));
      tokens += input.tokens.length;
    }
  }
  assert.ok(tokens > 500);
});

test('fast scoring finds weights whose words hold the separators "|" and "="', () => {
  // A tiny model with features whose values contain the characters the index splits on.
  const model: CueModel = {
    starters: ['said', '|', '='],
    bBias: 0.5,
    weights: {
      bias: [0.1, -0.2, 0.05],
      'w=said': [0, 3, 0],
      'w=|': [0, 1.5, 0],
      'w-1,w=||said': [0, 0.25, 0],
      'w-1,w=a|b|said': [0, 0.125, 0],
      'w,w+1=said||': [0, 0.0625, 0],
      'w,w+1=||=': [0.5, 0, 0],
      'shape,w=|||': [0, 0, 0.75],
      'p=O|w=|': [0.3, 0, 0],
      'p=B|w=said': [0, 0, 2],
      'subj=none|stem=|': [0.01, 0.02, 0.03],
      'that3=false|stem=said': [0, 0.7, 0],
      'q=true|w=said': [0, -0.4, 0],
      'c-1,w=unk|said': [0, 0.33, 0],
      'c-2,c-1=none|none': [0.2, 0.2, 0.2],
      'end=true|w==': [0.9, 0, 0],
      'first=true': [0, 0.01, 0],
    },
  };
  const previous = useCueModel(model);
  try {
    for (const text of ['|| said |', 'a|b said = x', 'He said || = that', '“Yes,” he said.', '| | = = said said']) {
      for (const input of inputsOf(text)) {
        assert.deepEqual(tagTokens(input), tagTokensByReference(input), text);
        assert.deepEqual(valueMismatches(input), [], text);
      }
    }
  } finally {
    useCueModel(previous);
  }
});

test('the packed index the bundle ships gives back the model’s weights exactly', () => {
  const model = JSON.parse(readFileSync(join(__dirname, '..', '..', 'server', 'src', 'analysis', 'cue-model.json'), 'utf8')) as CueModel;
  const packed = packCueModel(model);
  assert.equal(JSON.stringify(weightsFromPacked(packed)), JSON.stringify(model.weights));
  assert.equal(packed.vectors.length, 3 * Object.keys(model.weights).length);
});

test('the sentence features: another verb of saying outside quotes, and the distance to the nearest quotation', () => {
  const [input] = inputsOf('“We will win,” she said, and the crowd cheered.');
  const at = (word: string) => input!.tokens.findIndex((t) => t.lower === word);
  const cheered = cueFeatures(input!, at('cheered'), 'O');
  // "said" stands outside the quotation: another report in the sentence.
  assert.ok(cheered.includes('say=true'), cheered.join(' '));
  assert.ok(cheered.includes('ql,stem=far|cheer'), cheered.join(' '));
  assert.ok(cheered.includes('qr,stem=none|cheer'), cheered.join(' '));
  const said = cueFeatures(input!, at('said'), 'O');
  // "said" itself does not count, and "win" inside the quotation never does.
  assert.ok(said.includes('say=false'), said.join(' '));
  assert.ok(said.includes('ql,stem=2|said'), said.join(' '));
});
