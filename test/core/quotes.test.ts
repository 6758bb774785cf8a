// Quotation pieces of a paragraph: double and single marks, and apostrophes that are neither.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotePieces } from '../../server/src/analysis/quotes';

const quoted = (text: string) => findQuotePieces(text).map((q) => [text.slice(q.start, q.end), q.closed]);

test('single marks quote like double ones, over several sentences', () => {
  const text = "'We have protected every library. Nobody will lose a service,' said Amanda Price.";
  assert.deepEqual(quoted(text), [["'We have protected every library. Nobody will lose a service,'", true]]);
  assert.deepEqual(quoted('‘It was a mistake,’ she said.'), [['‘It was a mistake,’', true]]);
});

test('apostrophes are not quotation marks', () => {
  assert.deepEqual(quoted("Jones' team won in the '90s and didn't lose at home. 'Twas ever thus, fans' groups say."), []);
  assert.deepEqual(quoted("They played rock 'n' roll till dawn."), []);
});

test('a plural possessive inside a single-quoted quotation does not close it', () => {
  const text = "'The Joneses' car was parked outside all night,' he said.";
  assert.deepEqual(quoted(text), [["'The Joneses' car was parked outside all night,'", true]]);
});

test('a quoted phrase ending in s closes before another quotation opens', () => {
  const text = "She called it 'a gift to the banks' and said 'it will fail'.";
  assert.deepEqual(quoted(text), [
    ["'a gift to the banks'", true],
    ["'it will fail'", true],
  ]);
});

test('a new quoted sentence opened before the last one closed ends an unclosed piece', () => {
  const text = "Price said: 'We have protected every library. 'Nobody will lose a service this year.'";
  assert.deepEqual(quoted(text), [
    ["'We have protected every library.", false],
    ["'Nobody will lose a service this year.'", true],
  ]);
  const double = 'Price said: "We have protected every library. "Nobody will lose a service."';
  assert.deepEqual(quoted(double), [
    ['"We have protected every library. ', false],
    ['"Nobody will lose a service."', true],
  ]);
});

test('double marks inside single ones, and single inside double, are nested', () => {
  assert.deepEqual(quoted(`"He told me, 'Look, we need your help,' and I agreed," she said.`), [
    [`"He told me, 'Look, we need your help,' and I agreed,"`, true],
  ]);
  assert.deepEqual(quoted(`'He called it "a disgrace" on air,' she said.`), [[`'He called it "a disgrace" on air,'`, true]]);
});
