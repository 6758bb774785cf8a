// The custom whosaid/showSources request: every attribution of a document, with ranges.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ShowSourcesRequest, type SourceItem } from '../../server/src/lsp/protocol';
import { FIXTURES, serverWithDocument, rangeOf } from './lsp-client';

const story = readFileSync(path.join(FIXTURES, 'wire-story.md'), 'utf8');
const uri = 'file:///drafts/wire-story.md';

describe('whosaid/showSources', () => {
  const server = serverWithDocument(uri, story);

  it('lists every attribution with source, kind, cue, preview and ranges', async () => {
    const items = await server().connection.sendRequest(ShowSourcesRequest.type, { uri });
    const byCue = (source: string) => items.find((i) => i.source === source);
    assert.ok(items.length >= 5, `got ${items.length}`);

    const lopez = byCue('Maria Lopez, the county’s emergency manager')!;
    assert.equal(lopez.kind, 'named');
    assert.equal(lopez.cue, 'said');
    assert.equal(lopez.direct, true);
    assert.match(lopez.preview, /We opened two shelters overnight/);
    assert.deepEqual(lopez.sourceRange, rangeOf(story, 'Maria Lopez, the county’s emergency manager'));
    assert.ok(lopez.contentRange);

    const vague = byCue('some reports')!;
    assert.equal(vague.kind, 'vague');
    assert.equal(vague.cue, 'according to');
    assert.deepEqual(vague.cueRange, rangeOf(story, 'according to'));

    const activists = byCue('Activists')!;
    assert.equal(activists.kind, 'anonymous');
    assert.equal(activists.preview, 'the council had ignored warnings for years');

    const she = items.find((i: SourceItem) => i.kind === 'pronoun')!;
    assert.equal(she.source, 'She');
    assert.equal(she.resolvedSource, 'Maria Lopez, the county’s emergency manager');
  });

  it('answers an empty list for an unknown document', async () => {
    assert.deepEqual(await server().connection.sendRequest(ShowSourcesRequest.type, { uri: 'file:///nowhere.md' }), []);
  });
});
