import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEMO_CHARS, memoOf, type Memo } from '../../server/src/analysis/model';

// The language server keeps a document's memo from one keystroke to the next; a cache keyed by
// whole paragraphs gains a key per edit of a paragraph.
test('a memo cache keyed by long texts is emptied once its keys pass the character limit', () => {
  const memo: Memo = new Map();
  const paragraph = 'The council voted 7 to 2 on Tuesday to close the library. '.repeat(40);
  let largest = 0;
  for (let edit = 0; edit < 2 * Math.ceil(MEMO_CHARS / paragraph.length); edit++) {
    // One analysis: the memo is asked for its cache, then the edited paragraph is looked up and kept.
    const cache = memoOf<number>(memo, 'latest-year');
    const key = `${paragraph}${edit}`;
    if (!cache.has(key)) cache.set(key, 2024);
    largest = Math.max(
      largest,
      [...cache.keys()].reduce((n, k) => n + k.length, 0),
    );
  }
  assert.ok(largest <= MEMO_CHARS + paragraph.length + 10, `the cache held ${largest} characters`);
  assert.ok(memoOf<number>(memo, 'latest-year').size < Math.ceil(MEMO_CHARS / paragraph.length) + 1);
});

test('a memo cache of short texts keeps its entries', () => {
  const memo: Memo = new Map();
  const cache = memoOf<boolean>(memo, 'is-speaker');
  for (const name of ['Maria Lopez', 'the mayor', 'officials']) cache.set(name, true);
  assert.equal(memoOf<boolean>(memo, 'is-speaker').size, 3);
  assert.equal(memoOf<boolean>(memo, 'is-speaker').get('the mayor'), true);
});
