import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, resolveQueries, scoreArticle, tally } from '../../eval/copy-score';

test('buildDocument puts a BBC headline on a line of its own and leaves other texts alone', () => {
  assert.equal(buildDocument('Rates held Interest rates were held at 4.75%.', 'Rates held'), 'Rates held\n\nInterest rates were held at 4.75%.');
  assert.equal(buildDocument('Headline\n\nBody.', undefined), 'Headline\n\nBody.');
  assert.throws(() => buildDocument('Rates held Interest rates', 'Rates cut'), /not the opening/);
});

test('resolveQueries finds the n-th occurrence and refuses text that is not there', () => {
  const doc = 'He said yes. She said no.';
  const [q] = resolveQueries(doc, [{ rule: 'loaded-verb', text: 'said', occurrence: 2, reason: 'r' }]);
  assert.deepEqual([q!.start, q!.end], [17, 21]);
  assert.throws(() => resolveQueries(doc, [{ rule: 'loaded-verb', text: 'claimed', reason: 'r' }]), /not in the document/);
  assert.throws(() => resolveQueries(doc, [{ rule: 'loaded-verb', text: 'said', occurrence: 3, reason: 'r' }]), /occurrence 3/);
});

test('a finding counts when it overlaps a query of the same family; weak-attribution rules are one family', () => {
  const doc = 'Sources say the plant will close, reportedly in May. Sales rose 12%.';
  const queries = resolveQueries(doc, [
    { rule: 'vague-source', text: 'Sources', reason: 'who?' },
    { rule: 'hedged-report', text: 'reportedly', reason: 'a hedge' },
    { rule: 'unattributed-claim', text: 'Sales rose 12%.', reason: 'figure' },
  ]);
  const at = (text: string) => ({ start: doc.indexOf(text), end: doc.indexOf(text) + text.length });
  const score = scoreArticle(
    [
      { rule: 'vague-source', ...at('Sources say'), message: '' },
      { rule: 'passive-attribution', ...at('reportedly'), message: '' }, // another rule of the family: right
      { rule: 'anonymous-source', ...at('Sources'), message: '' }, // a different family: wrong
      { rule: 'quote-not-in-sources', ...at('Sales'), message: '' }, // not judged: left out
    ],
    queries,
  );
  assert.deepEqual(
    score.findings.map((f) => [f.rule, f.correct]),
    [
      ['vague-source', true],
      ['passive-attribution', true],
      ['anonymous-source', false],
    ],
  );
  assert.deepEqual(
    score.queries.map((q) => [q.rule, q.found]),
    [
      ['vague-source', true],
      ['hedged-report', true],
      ['unattributed-claim', false],
    ],
  );
  const t = tally([score]);
  assert.deepEqual(t['all'], { findings: 3, correct: 2, queries: 3, found: 2 });
  assert.deepEqual(t['unattributed-claim'], { findings: 0, correct: 0, queries: 1, found: 0 });
  assert.deepEqual(t['anonymous-source'], { findings: 1, correct: 0, queries: 0, found: 0 });
});

test('touching spans do not overlap', () => {
  const doc = 'Critics said so.';
  const queries = resolveQueries(doc, [{ rule: 'vague-source', text: 'Critics', reason: 'who?' }]);
  const score = scoreArticle([{ rule: 'vague-source', start: 7, end: 12, message: '' }], queries);
  assert.equal(score.findings[0]!.correct, false);
  assert.equal(score.queries[0]!.found, false);
});
