// One classification of each source (named, anonymous, vague, pronoun, document, or no one), read
// by anonymous-source, vague-source, the ledger and the report: what is not a speaker at all, and a
// generic or quantified crowd that says or believes, which is vague whatever noun it uses.
// Sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';

const kinds = (text: string) =>
  analyze(text, { format: 'text' })
    .attributions.filter((a) => a.source)
    .map((a) => `${a.source!.text}: ${a.sourceKind}`);
const flagged = (text: string, rule: string) =>
  analyze(text, { format: 'text' })
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.start, f.end));

test('a fragment the tagger left before a false cue is no one: not an anonymous source', () => {
  for (const text of [
    'A blind student has built software that turns colours into musical notes so that he can read weather maps.',
    'The program then assigns one of 88 piano notes to each pixel.',
    'More and more firms are finding themselves in deep water over data misuse.',
    'Not everyone was claiming success.',
    'The gardener flies up in his jet, with his name on the side, to tell everyone how tough life is.',
  ])
    assert.deepEqual(flagged(text, 'anonymous-source'), [], text);
});

test('a country’s authorities are an institution, not an anonymous source', () => {
  const text = 'The champion has tested positive for a banned drug, according to Belgian authorities.';
  assert.deepEqual(kinds(text), ['Belgian authorities: named']);
  assert.deepEqual(flagged(text, 'anonymous-source'), []);
});

test('a generic or quantified crowd that says, believes or is concerned is a vague source', () => {
  assert.deepEqual(flagged('Privacy advocates are concerned by the invasive nature of the software.', 'vague-source'), ['Privacy advocates are concerned']);
  assert.deepEqual(kinds('Privacy advocates are concerned by the invasive nature of the software.'), ['Privacy advocates: vague']);
  assert.deepEqual(flagged('Some consumer groups have expressed concern that the tags could be used to track shoppers.', 'vague-source'), [
    'Some consumer groups have expressed concern',
  ]);
  assert.deepEqual(kinds('Pundits contend that the race is over.'), ['Pundits: vague']);
  assert.deepEqual(flagged('Pundits contend that the race is over.', 'anonymous-source'), []);
});

test('people on the ground stay anonymous sources, and a name is not a crowd', () => {
  assert.deepEqual(kinds('Residents said that the water had risen overnight.'), ['Residents: anonymous']);
  const text = 'Senator Bernie Sanders spoke in Iowa. Sanders said the plan would fail.';
  assert.ok(kinds(text).includes('Sanders: named'), kinds(text).join('; '));
  assert.deepEqual(flagged(text, 'vague-source'), []);
});

test('vague sources from structure: a crowd expects, claims or has been predicting; a nested "according to some reports" keeps its finding', () => {
  assert.deepEqual(flagged('Economists expect further rate cuts.', 'vague-source'), ['Economists expect']);
  assert.deepEqual(flagged('Critics claim the law, which the council says is needed, is little more than a law on ideas.', 'vague-source'), ['Critics claim']);
  assert.deepEqual(flagged('Output grew just 0.1%, and economists had been predicting as much as 2%.', 'vague-source'), ['economists had been predicting']);
  assert.deepEqual(flagged('The Treasury said the deficit would fall, according to some reports.', 'vague-source'), ['according to some reports']);
  // The consensus estimate of earnings copy is a convention, not a weasel.
  assert.deepEqual(flagged('The chain earned 41 cents a share; analysts expected 35 cents a share.', 'vague-source'), []);
});

test('reports named by their publisher are a document, not "reports"', () => {
  assert.deepEqual(flagged('The ship sank in 1962, according to reports from the Tass news agency.', 'vague-source'), []);
  assert.deepEqual(flagged('The ship sank in 1962, according to reports.', 'vague-source'), ['according to reports']);
});

test('unnamed people inside a named speaker’s account are the speaker’s to describe', () => {
  const text =
    'Her liberal friends have mocked the campaign, calling him “an orange buffoon,” Susan said as she turned around. A senior official said the talks had failed, and Smith said they had not.';
  assert.deepEqual(flagged(text, 'anonymous-source'), ['A senior official']);
});

test('a spokesman for a named person is not that person: an anonymous source', () => {
  const text = 'Deputy Prime Minister John Prescott met the unions. But a spokesman for Mr Prescott warned that the changes would go ahead.';
  assert.ok(kinds(text).includes('a spokesman for Mr Prescott: anonymous'), kinds(text).join('; '));
  assert.deepEqual(flagged(text, 'anonymous-source'), ['a spokesman for Mr Prescott']);
});

test('"our correspondent" is the publication’s own journalist, named when the story named them', () => {
  const text = 'All sides want a deal, said BBC labour affairs correspondent Stephen Cape. Talks would follow, said our correspondent.';
  assert.ok(kinds(text).includes('our correspondent: named'), kinds(text).join('; '));
  assert.deepEqual(flagged(text, 'anonymous-source'), []);
  assert.deepEqual(flagged('Ministers favour the April date, our correspondent said.', 'anonymous-source'), []);
});

test('a commitment or an act is not a report: no anonymous or vague source behind it', () => {
  assert.deepEqual(flagged('Three other executives agreed settlements with the regulator.', 'anonymous-source'), []);
  assert.deepEqual(flagged('Other public sector unions have pledged to follow.', 'vague-source'), []);
  // The same verbs reporting a view still have a source to query, and a view's object is a view.
  assert.deepEqual(flagged('Two officials agreed that the plan would fail.', 'anonymous-source'), ['Two officials']);
  assert.deepEqual(flagged('Economists expect further rate cuts.', 'vague-source'), ['Economists expect']);
});

test('"both newspapers" is a pair the story named, not a crowd; "both officials" stay unnamed', () => {
  const text = 'The Sunday Times and the Sunday Telegraph ran the story. The campaign, both newspapers said, would centre on jobs.';
  assert.deepEqual(flagged(text, 'vague-source'), []);
  assert.deepEqual(flagged(text, 'anonymous-source'), []);
  assert.deepEqual(flagged('Both officials said the talks had failed.', 'anonymous-source'), ['Both officials']);
});
