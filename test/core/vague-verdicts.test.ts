// One decision per vague source (analysis/vague-sources.ts), read by vague-source and by the views:
// a vague document the story names next is a document everywhere; a crowd a named speaker quoted
// right after pins down is vague with that reason and not queried; a crowd whose cue is a stance is
// not queried and the JSON says why; a plain crowd is queried. `check` and the ledger/JSON agree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLedger } from '../../server/src/analysis/ledger';
import { analyze } from '../../server/src/engine';
import { disagreements } from '../../eval/views';
import { fileEntry } from '../../server/src/cli/output/json';
import { LineIndex } from '../../server/src/analysis/positions';
import { describeAt } from '../../server/src/analysis/hover';

const STORY = [
  'Voters favour the new bridge, a new poll indicates. The Harbour Institute poll found that 61 percent support it.',
  'Critics claim the bridge will cost too much. "It is a waste of money," said Maria Lopez, a county commissioner.',
  'Some councillors are so vehemently opposed to electing Tom Brandt as the next mayor that they are endorsing his rival.',
  'Experts say the old bridge is unsafe.',
].join('\n\n');

describe('one verdict on each vague source', () => {
  const result = analyze(STORY, { format: 'text' });
  const { attributions } = result.model;
  const at = (source: string) => attributions.findIndex((a) => a.source?.text === source);
  const queried = (i: number) =>
    result.findings.some((f) => f.rule === 'vague-source' && f.start < attributions[i]!.source!.end && attributions[i]!.source!.start < f.end);

  it('classes a vague document named next as a document, and does not query it', () => {
    const i = at('a new poll');
    assert.equal(attributions[i]!.sourceKind, 'document');
    assert.equal(queried(i), false);
  });

  it('gives each vague source one verdict that check follows', () => {
    assert.deepEqual(
      ['Critics', 'Some councillors', 'Experts'].map((s) => [s, result.vagueVerdicts[at(s)], queried(at(s))]),
      [
        ['Critics', 'named-nearby', false],
        ['Some councillors', 'not-a-report', false],
        ['Experts', 'query', true],
      ],
    );
  });

  it('leaves no vague source in the views without a finding or a reason', () => {
    assert.deepEqual(disagreements(result), []);
    const json = fileEntry('story.txt', new LineIndex(STORY), result.findings, result.attributions, result.vagueVerdicts);
    const shown = json.attributions.filter((a) => a.sourceKind === 'vague' && !a.vagueVerdict).map((a) => a.source!.text);
    assert.deepEqual(shown, ['Experts']);
    // The ledger's sources are the model's: none of its rows calls the poll vague.
    assert.match(describeAt(result, STORY.indexOf('Critics'))!.markdown, /\| vague \(pinned down by the named speaker after it\) \|/);
    assert.match(describeAt(result, STORY.indexOf('a new poll'))!.markdown, /\| a new poll \| document \|/);
    for (const row of buildLedger(result)) if (row.attribution?.source === 'a new poll') assert.equal(row.attribution.kind, 'document');
  });
});
