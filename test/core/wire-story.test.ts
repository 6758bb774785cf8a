// The engine end to end on a wire-style story written for the project, with the patterns of a
// real report: named, anonymous and vague sources, "told", "quoted … as saying", "according to",
// a pronoun source, an unattributed lede and the writer's own judgement.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';

const text = readFileSync(join(__dirname, '..', 'fixtures', 'core', 'wire-story.txt'), 'utf8');
const result = analyze(text, { format: 'text' });
const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
const sentenceOf = (needle: string) => {
  const at = text.indexOf(needle);
  return result.model.sentences.find((s) => s.start <= at && at < s.end)!;
};

test('finds the named sources with their cues', () => {
  const named = result.attributions.filter((a) => a.sourceKind === 'named').map((a) => `${a.source!.text} / ${a.cue.text}`);
  assert.ok(named.includes('The Syrian Network for Human Rights / said'), named.join('; '));
  assert.ok(named.includes('The Network’s Fadel Abdul Ghany / told'), named.join('; '));
  assert.ok(named.includes('Military analyst Samir Haddad / told'), named.join('; '));
  assert.ok(named.includes('Haddad / said'), named.join('; '));
  assert.ok(
    named.some((n) => n.startsWith('U.S. envoy Mark Dalton / asked')),
    named.join('; '),
  );
});

test('frames the content of each attribution', () => {
  const told = result.attributions.find((a) => a.source?.text === 'The Network’s Fadel Abdul Ghany')!;
  assert.equal(slice(told.content), '“many families are trapped between the lines.”');
  assert.equal(told.direct, true);
  const said = result.attributions.find((a) => a.source?.text === 'Haddad')!;
  assert.equal(slice(said.content), 'the rebels had used the army’s offensive in the south to recapture the town');
});

test('"quoted activists as saying" attributes to the activists, an anonymous source', () => {
  const quoted = result.attributions.find((a) => a.cue.text === 'quoted activists as saying')!;
  assert.equal(quoted.source!.text, 'activists');
  assert.equal(quoted.sourceKind, 'anonymous');
});

test('a pronoun source is resolved to the named source before it', () => {
  const added = result.attributions.find((a) => a.cue.text === 'added')!;
  assert.equal(added.sourceKind, 'pronoun');
  assert.match(added.resolvedSource!.text, /Network/);
});

test('the findings an editor expects, and none on attributed sentences', () => {
  const found = result.findings.map((f) => `${f.rule}: ${slice(f)}`);
  assert.ok(found.includes('vague-source: according to some reports'), found.join('; '));
  assert.ok(found.includes('anonymous-source: activists'), found.join('; '));
  assert.ok(found.includes('editorializing: Surprisingly'), found.join('; '));
  const lede = sentenceOf('More than six months');
  assert.ok(
    result.findings.some((f) => f.rule === 'unattributed-claim' && f.start >= lede.start && f.end <= lede.end),
    found.join('; '),
  );
  for (const f of result.findings.filter((x) => x.rule === 'unattributed-claim')) {
    const s = result.model.sentences.find((x) => x.start <= f.start && f.start < x.end)!;
    assert.equal(s.attributions.length, 0, `unattributed-claim on an attributed sentence: ${text.slice(s.start, s.end)}`);
  }
});

test('headline lines are not copy', () => {
  assert.equal(result.model.blocks[0]!.kind, 'heading');
});
