// The claims ledger over the protocol: whosaid/claims (the Claims view) and whosaid/ledger (the
// "Export claims ledger" command), the same rows `whosaid ledger` prints.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClaimsRequest, LedgerRequest } from '../../server/src/lsp/protocol';
import { serverWithDocument, rangeOf } from './lsp-client';

const story = [
  '# Storm closes the port',
  '',
  'Rescuers pulled 14 people from rooftops on Tuesday, the coast guard said.',
  '',
  'The storm destroyed 300 homes in the harbour district.',
  '',
].join('\n');
const uri = 'file:///drafts/storm.md';

describe('whosaid/claims and whosaid/ledger', () => {
  const server = serverWithDocument(uri, story);

  it('lists the checkable claims with their attribution and range', async () => {
    const claims = await server().connection.sendRequest(ClaimsRequest.type, { uri });
    const rescued = claims.find((c) => c.claim === '14 people');
    assert.ok(rescued, JSON.stringify(claims.map((c) => c.claim)));
    assert.equal(rescued.kind, 'figure');
    assert.match(rescued.source ?? '', /coast guard/);
    assert.deepEqual(rescued.range, rangeOf(story, '14 people'));
    const homes = claims.find((c) => c.claim === '300 homes');
    assert.ok(homes, JSON.stringify(claims.map((c) => c.claim)));
    assert.equal(homes.source, null, 'the second figure has no source');
    // The detector's score and the features that made the sentence a claim travel with the item.
    assert.ok(homes.score > 0, String(homes.score));
    assert.ok(
      homes.why.some((w) => /300 homes/.test(w)),
      JSON.stringify(homes.why),
    );
  });

  it('formats the ledger as CSV with a blank "verified by" column', async () => {
    const csv = await server().connection.sendRequest(LedgerRequest.type, { uri, format: 'csv', path: 'drafts/storm.md' });
    const lines = csv.trim().split('\n');
    assert.match(lines[0]!, /verified/i);
    assert.ok(
      lines.some((l) => l.includes('300 homes') && /unattributed/i.test(l)),
      csv,
    );
    assert.ok(
      lines.some((l) => l.includes('drafts/storm.md')),
      csv,
    );
  });

  it('answers empty for an unknown document', async () => {
    assert.deepEqual(await server().connection.sendRequest(ClaimsRequest.type, { uri: 'file:///nowhere.md' }), []);
    assert.equal(await server().connection.sendRequest(LedgerRequest.type, { uri: 'file:///nowhere.md', format: 'md', path: 'x' }), '');
  });
});
