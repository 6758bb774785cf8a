// Hover over LSP: attributions (source, kind, cue) and findings (the rule's explanation).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, positionOf, rangeOf, serverWithDocument } from './lsp-client';

const story = readFileSync(path.join(FIXTURES, 'wire-story.md'), 'utf8');
const uri = 'file:///drafts/wire-story.md';

interface Hover {
  contents: { kind: string; value: string };
  range?: { start: unknown; end: unknown };
}

describe('hover', () => {
  const server = serverWithDocument(uri, story);

  const hoverAt = (needle: string, delta = 1) =>
    server().request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(story, needle, delta) });

  it('names the source, its kind and the cue of an attributed sentence', async () => {
    const hover = await hoverAt('shelters overnight');
    assert.ok(hover);
    assert.equal(hover.contents.kind, 'markdown');
    // The source carries its appositive, as news attributions (and PolNeAR's annotators) do.
    // A one-row table: source, kind, cue; then a link (for a named source, to how sources are read).
    assert.match(
      hover.contents.value,
      /^\| Source \| Kind \| Cue \|\n\| :-- \| :-- \| :-- \|\n\| Maria Lopez, the county’s emergency manager \| named \| said \|$/m,
    );
    assert.match(hover.contents.value, /\[How WhoSaid reads sources\]\(https:\/\/github\.com\/whosaid\/whosaid\/blob\/main\/docs\/rules\/README\.md\)/);
    assert.ok(hover.range, 'the hover has a range');
  });

  it('explains a finding, with a link to the rule', async () => {
    const hover = await hoverAt('claimed', 2);
    assert.ok(hover);
    assert.match(hover.contents.value, /WhoSaid · loaded-verb/);
    assert.match(hover.contents.value, /\*Why:\*/);
    assert.match(hover.contents.value, /docs\/rules\/loaded-verb\.md/);
    assert.deepEqual(hover.range, rangeOf(story, 'claimed'));
  });

  it('answers null where there is nothing to say, and for unknown documents', async () => {
    assert.equal(await hoverAt('# Flooding', 0), null);
    assert.equal(await server().request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } }), null);
  });
});
