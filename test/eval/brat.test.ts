import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotatorFilesByArticle, checkOffsets, chooseAnnotatorFiles, codePointsToUtf16, goldAttributions, parseAnn, parseFragments } from '../../eval/brat';

const TEXT = 'Trump said the plan, he added, "is dead." It was reported.';
const ANN = [
  'T1\tSource 0 5\tTrump',
  'T2\tCue 6 10\tsaid',
  'T3\tContent 11 19;31 41\tthe plan "is dead."', // discontinuous: interrupted by "he added"
  'T4\tAttribution 6 10\tsaid',
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  'T5\tCue 45 57\twas reported',
  'T6\tContent 42 44\tIt',
  'T7\tAttribution-no-source 45 57\twas reported',
  'E2\tAttribution-no-source:T7 Cue:T5 Content:T6',
  '#1\tAnnotatorNotes T5\tpassive',
  'T8\tDiscuss 0 4\tfirst',
  'second line of T8', // a span text with a newline continues on the next line
  '',
].join('\n');

test('parseFragments reads discontinuous offsets', () => {
  assert.deepEqual(parseFragments('11 19;31 41'), [
    { start: 11, end: 19 },
    { start: 31, end: 41 },
  ]);
});

test('parseAnn reads spans, events and multi-line span text', () => {
  const doc = parseAnn(ANN);
  assert.equal(doc.spans.size, 8);
  assert.deepEqual(doc.spans.get('T3')!.fragments, [
    { start: 11, end: 19 },
    { start: 31, end: 41 },
  ]);
  assert.equal(doc.spans.get('T8')!.text, 'first\nsecond line of T8');
  assert.equal(doc.events.length, 2);
  assert.deepEqual(doc.events[0], {
    id: 'E1',
    type: 'Attribution',
    trigger: 'T4',
    args: [
      { role: 'Source', id: 'T1' },
      { role: 'Cue', id: 'T2' },
      { role: 'Content', id: 'T3' },
    ],
  });
});

test('goldAttributions builds one attribution per event', () => {
  const gold = goldAttributions(parseAnn(ANN));
  assert.equal(gold.length, 2);
  assert.equal(gold[0].source!.text, 'Trump');
  assert.equal(gold[0].cue!.text, 'said');
  assert.equal(gold[0].content!.fragments.length, 2);
  assert.equal(gold[1].source, null);
  assert.deepEqual(gold[1].cue!.fragments, [{ start: 45, end: 57 }]);
});

test('goldAttributions folds Content2 into the content fragments, in text order', () => {
  const ann = 'T1\tCue 10 14\tsaid\nT2\tContent 20 25\tlater\nT3\tContent 0 9\tfirst bit\nE1\tAttribution:T1 Cue:T1 Content:T2 Content2:T3\n';
  const [gold] = goldAttributions(parseAnn(ann));
  assert.deepEqual(gold.content!.fragments, [
    { start: 0, end: 9 },
    { start: 20, end: 25 },
  ]);
});

test('chooseAnnotatorFiles takes the alphabetically first annotator hash', () => {
  const { files, multiAnnotator } = chooseAnnotatorFiles(['b_ff01.ann', 'b_0a2c.ann', 'a_1234.ann', 'notes.txt']);
  assert.deepEqual(
    [...files],
    [
      ['a', 'a_1234.ann'],
      ['b', 'b_0a2c.ann'],
    ],
  );
  assert.equal(multiAnnotator, 1);
});

test('annotatorFilesByArticle lists every annotator file of an article, sorted by hash', () => {
  const byArticle = annotatorFilesByArticle(['b_ff01.ann', 'b_0a2c.ann', 'a_1234.ann', 'notes.txt']);
  assert.deepEqual(
    [...byArticle],
    [
      ['a', ['a_1234.ann']],
      ['b', ['b_0a2c.ann', 'b_ff01.ann']],
    ],
  );
});

test('checkOffsets compares each span text with the document', () => {
  const check = checkOffsets(TEXT, parseAnn(ANN).spans.values());
  assert.equal(check.astral, false);
  assert.deepEqual([check.utf16Matches, check.spans], [7, 8]); // T8's text is deliberately not the document's
});

test('checkOffsets accepts UTF-16 offsets', () => {
  const text = '😀 Trump said hi';
  const doc = parseAnn('T1\tSource 3 8\tTrump\n');
  const check = checkOffsets(text, doc.spans.values());
  assert.equal(check.astral, true);
  assert.equal(check.unit, 'utf16');
  assert.equal(check.utf16Matches, 1);
});

test('checkOffsets detects code-point offsets and codePointsToUtf16 converts them', () => {
  const text = '😀 Trump said hi'; // the emoji is one code point but two UTF-16 units
  const doc = parseAnn('T1\tSource 2 7\tTrump\nT2\tCue 8 12\tsaid\n');
  const check = checkOffsets(text, doc.spans.values());
  assert.deepEqual([check.unit, check.codePointMatches, check.utf16Matches], ['codepoint', 2, 0]);
  codePointsToUtf16(text, doc);
  assert.deepEqual(doc.spans.get('T1')!.fragments, [{ start: 3, end: 8 }]);
  assert.equal(text.slice(9, 13), 'said');
  assert.deepEqual(doc.spans.get('T2')!.fragments, [{ start: 9, end: 13 }]);
});
