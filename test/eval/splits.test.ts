// The cross-validation tenths of train: every article in exactly one, the default holdout being tenth 0,
// and the train-fit side of a tenth being the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldArgument, isHoldout, splitSource } from '../../eval/splits';

const articles = Array.from({ length: 200 }, (_, i) => `nyt_2016-01-${String(i).padStart(3, '0')}_story`);

test('each article is in exactly one tenth, and holdout is tenth 0', () => {
  for (const a of articles) {
    assert.equal([...Array(10).keys()].filter((k) => isHoldout(a, k)).length, 1, a);
    assert.equal(isHoldout(a), isHoldout(a, 0));
    assert.equal(splitSource('holdout').includes(a), isHoldout(a, 0));
  }
});

test('holdout:K and train-fit:K split train between them', () => {
  for (const k of [0, 3, 9]) {
    const held = splitSource(`holdout:${k}`);
    const fit = splitSource(`train-fit:${k}`);
    assert.equal(held.folder, 'train');
    for (const a of articles) assert.notEqual(held.includes(a), fit.includes(a), a);
    assert.ok(articles.some((a) => held.includes(a)));
  }
});

test('--fold takes 0..9, 0 when absent', () => {
  assert.equal(foldArgument([]), 0);
  assert.equal(foldArgument(['--fit-only', '--fold', '4']), 4);
  assert.throws(() => foldArgument(['--fold', '10']));
  assert.throws(() => foldArgument(['--fold']));
});
