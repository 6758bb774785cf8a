// The sentence model's fast score (model.ts) must equal sentenceScore(sentenceFeatures(…)), the
// form training uses, to the last bit.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findQuotePieces } from '../../server/src/analysis/quotes';
import { sentenceAttributionScore, sentenceFeatures, sentenceScore } from '../../server/src/analysis/sentence-attribution';
import { splitSentences } from '../../server/src/analysis/sentences';
import { tokenize } from '../../server/src/analysis/words';

test('sentenceAttributionScore equals sentenceScore(sentenceFeatures(…)) on the fixtures', () => {
  let sentences = 0;
  const cli = join(__dirname, '..', 'fixtures', 'cli');
  for (const file of [
    join(__dirname, '..', 'fixtures', 'core', 'wire-story.txt'),
    join(__dirname, '..', 'fixtures', 'wire-story.md'),
    ...readdirSync(cli)
      .filter((f) => /\.(?:txt|md)$/.test(f))
      .map((f) => join(cli, f)),
  ]) {
    for (const paragraph of readFileSync(file, 'utf8').split(/\n+/)) {
      const quotes = findQuotePieces(paragraph);
      for (const s of splitSentences(paragraph, 0, paragraph.length)) {
        const tokens = tokenize(paragraph, s.start, s.end);
        const inQuote = tokens.map((t) => quotes.some((q) => q.start < t.start && t.end <= q.end));
        assert.equal(sentenceAttributionScore(tokens, inQuote), sentenceScore(sentenceFeatures(tokens, inQuote)), paragraph.slice(s.start, s.end));
        sentences++;
      }
    }
  }
  assert.ok(sentences > 20, `${sentences} sentences`);
});
