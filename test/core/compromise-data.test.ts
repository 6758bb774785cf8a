// lexicon.json and infinitives.json are compromise's answers computed ahead, so that the CLI and
// the server start without loading compromise. They must be compromise's answers: regenerate them
// with `npm run generate:compromise` when these tests fail (after upgrading compromise, or when a
// reporting verb is added).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compromiseConjugation, compromiseInfinitive, compromiseVersion, lexiconData, tableWords } from '../../scripts/generate-compromise-data';
import lexicon from '../../server/src/analysis/lexicon.json';
import reportingVerbs from '../../server/src/analysis/reporting-verbs.json';
import houseVerbs from '../../server/src/rules/house-verbs.json';
import { conjugationKey, houseConjugation } from '../../server/src/rules/house-verb';
import infinitives from '../../server/src/rules/infinitives.json';

test('lexicon.json is compromise’s lexicon (run npm run generate:compromise)', () => {
  assert.deepEqual(lexicon, lexiconData());
});

test('infinitives.json was made with the installed compromise and agrees with it (run npm run generate:compromise)', () => {
  assert.equal(infinitives.compromise, compromiseVersion());
  const verbs = infinitives.verbs as Record<string, string>;
  const others = infinitives.others.split(' ');
  // Every reporting verb's own entry, and every 40th word of the table.
  const sample = new Set([
    ...reportingVerbs.verbs.map((v) => v.phrase).filter((p) => p in verbs),
    ...Object.keys(verbs).filter((_, i) => i % 40 === 0),
    ...others.filter((_, i) => i % 40 === 0),
  ]);
  for (const word of sample) assert.equal(verbs[word] ?? (others.includes(word) ? '' : undefined), compromiseInfinitive(word), word);
});

test('infinitives.json covers the lexicon, the cue model’s words and every form of the reporting verbs (run npm run generate:compromise)', () => {
  const covered = new Set([...Object.keys(infinitives.verbs), ...infinitives.others.split(' ')]);
  const missing = tableWords().filter((w) => !covered.has(w));
  assert.deepEqual(missing, []);
});

test('house verbs are conjugated as compromise conjugates them (run npm run generate:compromise)', () => {
  assert.equal(houseVerbs.compromise, compromiseVersion());
  const verbs = Object.keys(infinitives.verbs);
  const others = infinitives.others.split(' ');
  // The usual house verbs, the reporting verbs, every 25th verb form and every 50th other word of the table.
  const sample = new Set([
    'stated',
    'told',
    'noted',
    'added',
    'wrote',
    'explained',
    'reported',
    'says',
    ...reportingVerbs.verbs.map((v) => v.phrase).filter((p) => !p.includes(' ')),
    ...verbs.filter((_, i) => i % 25 === 0),
    ...others.filter((_, i) => i % 50 === 0),
  ]);
  // And some of each kind of entry: a conjugation the regular rules get wrong, a word compromise conjugates from itself, a verb form it finds no verb in.
  const exceptions = Object.values(houseVerbs.exceptions as Record<string, string>).map((words) => words.split(' ')[0]!);
  for (const word of [
    ...exceptions.filter((_, i) => i % 10 === 0),
    ...houseVerbs.regular.split(' ').filter((_, i) => i % 20 === 0),
    ...houseVerbs.none.split(' '),
  ])
    sample.add(word);
  for (const word of sample) assert.equal(conjugationKey(houseConjugation(word)), conjugationKey(compromiseConjugation(word)), word);
});

test('the house verb in every tense', () => {
  assert.deepEqual(houseConjugation('stated'), { PastTense: 'stated', PresentTense: 'states', Gerund: 'stating', Infinitive: 'state' });
  assert.deepEqual(houseConjugation('told'), { PastTense: 'told', PresentTense: 'tells', Gerund: 'telling', Infinitive: 'tell' });
  // A word the table does not have keeps the past tense the setting gives.
  assert.deepEqual(houseConjugation('zorbled'), { PastTense: 'zorbled' });
});
