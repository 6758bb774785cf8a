// The editor analyses a document again on every change, reusing what it can from the previous
// analysis (prose, per-sentence matches, figures, dates, names). Whatever it reuses, the result
// must be exactly a fresh analysis of the same text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';

const story = [
  'RIVERTON, March 14, 2024 – More than 1,200 homes were flooded on Tuesday, the county council said.',
  '',
  'Emergency crews rescued 14 people from rooftops on Tuesday night. Some experts say the embankment was doomed.',
  '',
  'Council leader Maria Okonkwo said the repair bill could reach $4.5 million. The river reportedly rose two meters overnight.',
  '',
  'Firefighters said on Wednesday they had rescued 12 people from rooftops on Tuesday night.',
  '',
  'On Thursday, March 15, 2024, Maria Okonkwa visited the shelters. “Nobody here has ever seen water like this,” a resident said.',
].join('\n');

for (const format of ['text', 'markdown'] as const) {
  test(`${format}: a reanalysis after edits gives exactly a fresh analysis`, () => {
    const fresh = analyze(story, { format });
    assert.ok(
      fresh.findings.some((f) => f.rule === 'inconsistent-figure'),
      'the fixture exercises the cached figure finder',
    );
    assert.ok(
      fresh.findings.some((f) => f.rule === 'inconsistent-name'),
      'the fixture exercises the cached name finder',
    );
    assert.ok(
      fresh.findings.some((f) => f.rule === 'date-mismatch'),
      'the fixture exercises the cached date finder',
    );
    // Versions an editor would pass through: a typo in one paragraph, then its fix.
    const edits = [story.replace('Emergency', 'Emergncy'), story.replace('embankment', 'embankmnt'), story.replace('rose two', 'rose too'), story];
    let previous = analyze(edits[0]!, { format }).model;
    for (const text of edits.slice(1)) {
      const again = analyze(text, { format, previous });
      previous = again.model;
      if (text === story) {
        assert.deepEqual(again.findings, fresh.findings);
        assert.deepEqual(again.attributions, fresh.attributions);
      }
    }
  });
}
