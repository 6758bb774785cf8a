// The source mix over the protocol: whosaid/sourceMix (the Source Mix view) answers from the
// server's one analysis of the open document, and follows the document as the writer types.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceMixRequest } from '../../server/src/lsp/protocol';
import { serverWithDocument, positionOf, rangeOf } from './lsp-client';

const story = [
  '# Harbour reopens after the storm',
  '',
  'The harbour reopened on Tuesday morning, port director Lina Okafor said.',
  '',
  'According to some reports, two fishing boats sank at their moorings.',
  '',
  '"The wall held," Okafor said.',
  '',
].join('\n');
const uri = 'file:///drafts/harbour.md';

describe('whosaid/sourceMix', () => {
  const server = serverWithDocument(uri, story);

  it('lists each source once, with its attributions, direct quotes, kind shares and where it is named', async () => {
    const mix = await server().connection.sendRequest(SourceMixRequest.type, { uri });
    assert.ok(mix);
    assert.deepEqual(
      mix.sources.map((s) => [s.name, s.kind, s.attributions, s.directQuotes]),
      [
        ['Lina Okafor', 'named', 2, 1],
        ['some reports', 'vague', 1, 0],
      ],
    );
    // The full source, then the surname in the quotation's attribution (line 7).
    const surname = positionOf(story, '," Okafor said', 3);
    assert.deepEqual(mix.sources[0]!.mentions, [
      rangeOf(story, 'port director Lina Okafor'),
      { start: surname, end: { line: surname.line, character: surname.character + 'Okafor'.length } },
    ]);
    assert.equal(surname.line, 6);
    assert.equal(mix.attributions, 3);
    assert.equal(mix.kinds.named.sources, 1);
    assert.equal(Math.round(mix.kinds.named.share * 100), 67);
    assert.equal(Math.round(mix.kinds.vague.share * 100), 33);
    assert.equal(mix.kinds.anonymous.attributions, 0);
  });

  it('follows the document as the writer types: a new source appears, a pronoun counts for its person', async () => {
    const end = positionOf(story, '"The wall held," Okafor said.', '"The wall held," Okafor said.'.length);
    const typed = ' "It was a long night," she said. A senior official said the port would stay open.';
    const version = server().change(uri, [{ range: { start: end, end }, newText: typed }]);
    await server().diagnosticsFor(uri, version);
    const mix = await server().connection.sendRequest(SourceMixRequest.type, { uri });
    assert.ok(mix);
    assert.deepEqual(
      mix.sources.map((s) => [s.name, s.kind, s.attributions, s.directQuotes, s.viaPronoun]),
      [
        ['Lina Okafor', 'named', 3, 2, 1],
        ['some reports', 'vague', 1, 0, 0],
        ['A senior official', 'anonymous', 1, 0, 0],
      ],
    );
    assert.equal(mix.attributions, 5);
    assert.equal(mix.kinds.anonymous.sources, 1);
  });

  it('answers null for an unknown document', async () => {
    assert.equal(await server().connection.sendRequest(SourceMixRequest.type, { uri: 'file:///nowhere.md' }), null);
  });
});
