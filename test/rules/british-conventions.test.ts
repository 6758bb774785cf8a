// British copy: the spellings and habits of a British newsroom read as their American
// equivalents do. The texts are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFigures } from '../../server/src/analysis/figures';
import { ruleTester } from './tester';

ruleTester('anonymous-source', {
  valid: [
    {
      name: 'a reason for anonymity in British spelling',
      text: 'A senior official, who was not authorised to speak to the media, said the talks had stalled.',
    },
    { name: 'a source who asked not to be named', text: 'One dealer, who asked not to be named, said sales had been disappointing.' },
  ],
  invalid: [{ name: 'no reason given', text: 'A senior official said the talks had stalled.', errors: [{ flagged: 'A senior official' }] }],
});

test('money in British and wire style: £420m, £1.2bn, £30k and 50p', () => {
  const figures = (text: string) =>
    findFigures(text, 0, text.length).map((f) => [text.slice(f.number.start, f.end).replace(/\s.*$/, ''), f.kind, f.value, f.unit.split(':')[0]]);
  assert.deepEqual(figures('Profits of around £420m were reported.'), [['420m', 'money', 420e6, 'gbp']]);
  assert.deepEqual(figures('The firm lost £1.2bn in a year.'), [['1.2bn', 'money', 1.2e9, 'gbp']]);
  assert.deepEqual(figures('It paid £30k to settle.'), [['30k', 'money', 30e3, 'gbp']]);
  assert.deepEqual(figures('A pint now costs 50p more.'), [['50p', 'money', 50, 'pence']]);
  assert.deepEqual(figures('The meeting starts at 5pm.'), []);
});

ruleTester('inconsistent-figure', {
  valid: [
    {
      name: '£420m and £420 million are one figure',
      text: 'The bank made profits of £420m last year. Its chairman said the £420 million profit was a record.',
    },
  ],
  invalid: [],
});
