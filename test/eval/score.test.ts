import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  confusion,
  countExact,
  distinctIndices,
  exactKey,
  falseAlarms,
  hull,
  matchByOverlap,
  overlap,
  prf,
  relaxedKey,
  splitSentences,
} from '../../eval/score';

const span = (start: number, end: number) => [{ start, end }];
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

test('prf: P = tp/pred, R = tp/gold, F1 their harmonic mean', () => {
  const { precision, recall, f1 } = prf({ tp: 2, gold: 4, pred: 3 });
  close(precision, 2 / 3);
  close(recall, 1 / 2);
  close(f1, 4 / 7);
  assert.deepEqual(prf({ tp: 0, gold: 0, pred: 0 }), { precision: 0, recall: 0, f1: 0 });
});

test('overlap counts shared characters across fragments', () => {
  assert.equal(overlap(span(0, 10), span(5, 20)), 5);
  assert.equal(overlap(span(0, 5), span(5, 9)), 0); // end-exclusive: touching is not overlapping
  assert.equal(
    overlap(
      [
        { start: 0, end: 5 },
        { start: 10, end: 15 },
      ],
      span(3, 12),
    ),
    4,
  );
  assert.deepEqual(
    hull([
      { start: 0, end: 5 },
      { start: 10, end: 15 },
    ]),
    { start: 0, end: 15 },
  );
});

test('matchByOverlap is one-to-one', () => {
  // Two predictions overlap one gold span: only one counts, the one with the larger overlap.
  assert.deepEqual(matchByOverlap([span(0, 10)], [span(0, 4), span(4, 10)]), [[0, 1]]);
  const gold = [span(0, 10), span(20, 30), span(40, 50)];
  const pred = [span(2, 8), span(25, 26), span(60, 70)];
  const pairs = matchByOverlap(gold, pred);
  assert.deepEqual(pairs, [
    [0, 0],
    [1, 1],
  ]);
  const { precision, recall } = prf({ tp: pairs.length, gold: gold.length, pred: pred.length });
  close(precision, 2 / 3);
  close(recall, 2 / 3);
});

test('matchByOverlap finds a maximum matching where greedy largest-overlap would not', () => {
  // Gold A [0,10) and B [8,12); prediction X [5,9) overlaps A by 4 and B by 1, Y [0,3) overlaps A by 3.
  // Greedy would pair A-X and leave B unmatched; the maximum matching pairs A-Y and B-X.
  assert.deepEqual(matchByOverlap([span(0, 10), span(8, 12)], [span(5, 9), span(0, 3)]), [
    [0, 1],
    [1, 0],
  ]);
});

test('matchByOverlap: a discontinuous gold span is matched only through its fragments', () => {
  const gold = [
    [
      { start: 0, end: 5 },
      { start: 10, end: 15 },
    ],
  ];
  assert.deepEqual(matchByOverlap(gold, [span(6, 9)]), []);
  assert.deepEqual(matchByOverlap(gold, [span(12, 13)]), [[0, 0]]);
});

test('exact keys: identical offsets, discontinuous gold by its hull', () => {
  const gold = [
    span(0, 5),
    [
      { start: 10, end: 12 },
      { start: 14, end: 20 },
    ],
  ];
  const pred = [span(0, 5), span(10, 20), span(0, 6)];
  assert.equal(countExact(gold.map(exactKey), pred.map(exactKey)), 2);
  assert.equal(countExact(['1-2', '1-2'], ['1-2']), 1); // one-to-one
});

test('relaxedKey ignores surrounding whitespace, quote marks and punctuation only', () => {
  const text = 'He said: “We will win.” Then left.';
  const gold = span(9, 23); // “We will win.”
  const pred = span(10, 21); // We will win
  assert.notEqual(exactKey(gold), exactKey(pred));
  assert.equal(relaxedKey(text, gold), relaxedKey(text, pred));
  assert.notEqual(relaxedKey(text, span(13, 21)), relaxedKey(text, pred)); // a missing word still differs
});

test('distinctIndices keeps the first of identical spans', () => {
  assert.deepEqual(distinctIndices([span(0, 2), span(3, 4), span(0, 2)]), [0, 1]);
});

test('confusion counts gold/predicted pairs', () => {
  const m = confusion([
    ['named', 'named'],
    ['pronoun', 'named'],
    ['named', 'named'],
    ['vague', 'none'],
  ]);
  assert.deepEqual(m, { named: { named: 2 }, pronoun: { named: 1 }, vague: { none: 1 } });
});

test('splitSentences splits at terminal punctuation and line breaks, not after titles', () => {
  const text = 'Sen. Smith spoke. “Go!” he said.\nNext line';
  const parts = splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
  assert.deepEqual(parts, ['Sen. Smith spoke.', '“Go!” he said.', 'Next line']);
});

test('falseAlarms: in gold content, or on a sentence holding a gold cue', () => {
  const text = 'Costs rose 5%, he said. Sales fell 3%. Profit is 2%. Taxes went up 4%, the report says.';
  const sentences = splitSentences(text);
  const findings = [
    [0, 14],
    [24, 38],
    [39, 52],
    [53, 70],
  ].map(([start, end]) => ({ start, end }));
  const goldContents = [span(0, 13)]; // "Costs rose 5%"
  const goldCues = [span(82, 86)]; // "says", in the fourth sentence
  const fa = falseAlarms(findings, goldContents, goldCues, sentences);
  assert.deepEqual(fa, { findings: 4, inContent: 1, onCueSentence: 1, falseAlarms: 2, rate: 0.5 });
});
