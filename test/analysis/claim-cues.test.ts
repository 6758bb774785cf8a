// The claim detector's word lists (server/src/analysis/claim-cues.json): every entry has an example
// sentence, and in that sentence the entry itself fires its feature.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimFeatures, FEATURE_LABEL } from '../../server/src/analysis/claims';
import cueWords from '../../server/src/analysis/claim-cues.json';

// Matched as written ("I", "Congress"); every other list ignores case.
const CASE_SENSITIVE = new Set(['organisation', 'first-person-singular']);
const lists = Object.entries(cueWords).filter((e): e is [string, { word: string; example: string; source: string }[]] => Array.isArray(e[1]));

test('claim cues: the lists are the ones the detector reads', () => {
  assert.deepEqual(lists.map(([name]) => name).sort(), [
    'accusation',
    'address',
    'cause',
    'characterisation',
    'conditional',
    'economy',
    'first-person-plural',
    'first-person-singular',
    'harm',
    'hedge',
    'law',
    'modal-should',
    'modal-will',
    'modal-would',
    'opinion',
    'organisation',
    'reported',
    'second-person',
  ]);
});

test('claim cues: every entry has an example in which it fires its feature', () => {
  for (const [name, entries] of lists) {
    assert.ok(entries.length > 0, name);
    for (const { word, example } of entries) {
      assert.ok(word.length > 0 && example.length > 0, `${name}: ${word} has an example`);
      const { features, cues } = claimFeatures(example);
      if (name in FEATURE_LABEL) {
        // A cue with a span: the words it quotes are this entry's (not an earlier entry's).
        const whole = new RegExp(`^(?:${word})$`, CASE_SENSITIVE.has(name) ? '' : 'i');
        assert.ok(
          cues.some((c) => c.feature === name && whole.test(c.text)),
          `${name}: ‘${word}’ fires in “${example}” (cues: ${cues.filter((c) => c.feature === name).map((c) => c.text)})`,
        );
      } else {
        // A sentence-wide flag: the entry is in the sentence and the flag is set.
        assert.ok(new RegExp(`\\b(?:${word})\\b`, CASE_SENSITIVE.has(name) ? '' : 'i').test(example), `${name}: ‘${word}’ in “${example}”`);
        assert.ok(features.includes(`f:${name}`), `${name}: flag set by “${example}”`);
      }
    }
  }
});

test('claim cues: a sentence without the words fires none of the features', () => {
  const { features, cues } = claimFeatures('The band played a new song.');
  for (const [name] of lists) {
    assert.ok(!cues.some((c) => c.feature === name), name);
    assert.ok(!features.includes(`f:${name}`), name);
  }
});
