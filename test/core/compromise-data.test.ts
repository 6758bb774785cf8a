// lexicon.json and infinitives.json are compromise's answers computed ahead, so that the CLI and
// the server start without loading compromise. They must be compromise's answers: regenerate them
// with `npm run generate:compromise` when these tests fail (after upgrading compromise, or when a
// reporting verb is added).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compromiseInfinitive, compromiseVersion, lexiconData, tableWords } from '../../scripts/generate-compromise-data';
import lexicon from '../../server/src/analysis/lexicon.json';
import reportingVerbs from '../../server/src/analysis/reporting-verbs.json';
import infinitives from '../../server/src/rules/infinitives.json';

test('lexicon.json is compromise’s lexicon (run npm run generate:compromise)', () => {
  assert.deepEqual(lexicon, lexiconData());
});

test('infinitives.json was made with the installed compromise and agrees with it (run npm run generate:compromise)', () => {
  assert.equal(infinitives.compromise, compromiseVersion());
  const verbs = infinitives.verbs as Record<string, string>;
  const others = infinitives.others.split(' ');
  // Every reporting verb's own entry, and every 40th word of the table.
  const sample = new Set([...reportingVerbs.verbs.map((v) => v.phrase).filter((p) => p in verbs), ...Object.keys(verbs).filter((_, i) => i % 40 === 0), ...others.filter((_, i) => i % 40 === 0)]);
  for (const word of sample) assert.equal(verbs[word] ?? (others.includes(word) ? '' : undefined), compromiseInfinitive(word), word);
});

test('infinitives.json covers the lexicon, the cue model’s words and every form of the reporting verbs (run npm run generate:compromise)', () => {
  const covered = new Set([...Object.keys(infinitives.verbs), ...infinitives.others.split(' ')]);
  const missing = tableWords().filter((w) => !covered.has(w));
  assert.deepEqual(missing, []);
});
