// The source mix (analysis/source-mix.ts): each source once, a person by name, surname, role or
// pronoun; the shares of named, anonymous, vague and document sources; direct quotes per source.
// Stories written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSourceMix, type SourceMix } from '../../server/src/analysis/source-mix';
import { analyze } from '../../server/src/engine';

const mixOf = (text: string, format: 'text' | 'markdown' = 'text'): SourceMix => buildSourceMix(analyze(text, { format }));
const row = (mix: SourceMix, name: string) => {
  const found = mix.sources.find((s) => s.name === name);
  assert.ok(found, `no source "${name}" in ${JSON.stringify(mix.sources.map((s) => s.name))}`);
  return found;
};

test('a person named in full, then by surname and by a pronoun, is one source with their quotes counted', () => {
  const text = [
    'Council leader Amanda Price said the library would stay open.',
    '"We will not close it," Price told the meeting.',
    '"It is the heart of the town," she said.',
  ].join(' ');
  const mix = mixOf(text);
  assert.deepEqual(
    mix.sources.map((s) => s.name),
    ['Amanda Price'],
  );
  const price = row(mix, 'Amanda Price');
  assert.equal(price.kind, 'named');
  assert.equal(price.attributions, 3);
  assert.equal(price.directQuotes, 2, 'the two quotations, not the reported speech');
  assert.equal(price.viaPronoun, 1);
  // Each mention is where the attribution names her, in document order: the full name, the surname, the pronoun.
  assert.deepEqual(
    price.mentions.map((m) => text.slice(m.start, m.end)),
    ['Council leader Amanda Price', 'Price', 'she'],
  );
  assert.equal(mix.kinds.named.share, 1);
  assert.equal(mix.attributions, 3);
});

test('a title and surname, a role the story gave, and a name inside a longer source are the same person', () => {
  const text = [
    'The harbour reopened on Tuesday, port director Lina Okafor said.',
    'Ms Okafor said the sea wall had held.',
    'Mayor Ana Ruiz said the town was grateful.',
    'The mayor added that repairs would start in May.',
  ].join(' ');
  const mix = mixOf(text);
  assert.deepEqual(
    mix.sources.map((s) => [s.name, s.attributions]),
    [
      ['Lina Okafor', 2],
      ['Ana Ruiz', 2],
    ],
  );
});

test('a name before an appositive is the source, and a title and surname before one is the person', () => {
  const text = [
    'Patrick Vane, a lawyer for the Sierra Club, said the permit was unlawful.',
    'Peter Morgan, a lawyer for the Sierra Club, said the case was strong.',
    '"We will appeal," Mr. Vane, who has fought the mine for years, said.',
    'Morgan said the hearing was set for May.',
  ].join(' ');
  const mix = mixOf(text);
  assert.deepEqual(
    mix.sources.map((s) => [s.name, s.attributions]),
    [
      ['Patrick Vane', 2],
      ['Peter Morgan', 2],
    ],
  );
});

test('two people who share no name stay two sources, and a spokesman for someone is not them', () => {
  const text = ['Mayor Ana Ruiz said the vote was fair.', 'Councillor Tom Brandt said it was rushed.', 'A spokesman for Ruiz said she was pleased.'].join(' ');
  const mix = mixOf(text);
  assert.deepEqual(
    mix.sources.map((s) => [s.name, s.kind, s.attributions]),
    [
      ['Ana Ruiz', 'named', 1],
      ['Tom Brandt', 'named', 1],
      ['A spokesman for Ruiz', 'anonymous', 1],
    ],
  );
});

test('anonymous, vague and document sources are grouped by their words, whatever their article', () => {
  const text = [
    'A senior official said the budget was short.',
    'The senior official added that cuts were coming.',
    'Some reports said the mayor would resign.',
    'According to some reports, the vote was close.',
    'According to the council’s annual report, the library cost £2m.',
    'Mayor Ana Ruiz said the vote was fair.',
  ].join(' ');
  const mix = mixOf(text);
  assert.deepEqual(
    mix.sources.map((s) => [s.name, s.kind, s.attributions]),
    [
      ['A senior official', 'anonymous', 2],
      ['Some reports', 'vague', 2],
      ['the council’s annual report', 'document', 1],
      ['Ana Ruiz', 'named', 1],
    ],
  );
  assert.deepEqual(Object.fromEntries(Object.entries(mix.kinds).map(([k, c]) => [k, [c.sources, c.attributions, Math.round(c.share * 100)]])), {
    named: [1, 1, 17],
    anonymous: [1, 2, 33],
    vague: [1, 2, 33],
    document: [1, 1, 17],
  });
});

test('an organisation, then "the agency", is one source; most attributions come first', () => {
  const text = [
    'Mayor Ana Ruiz said the river was rising.',
    'The Environment Agency said the river was high.',
    'The agency said it would open the flood gates.',
  ].join(' ');
  const mix = mixOf(text);
  assert.deepEqual(
    mix.sources.map((s) => [s.name, s.attributions]),
    [
      ['The Environment Agency', 2],
      ['Ana Ruiz', 1],
    ],
  );
});

test('a cue with no source and an empty story are not counted', () => {
  const unsourced = mixOf('The first plan was reportedly rejected in May. Mayor Ana Ruiz said so.');
  assert.equal(unsourced.attributions, 1);
  assert.equal(unsourced.unsourced, 1);
  const empty = mixOf('');
  assert.deepEqual(empty.sources, []);
  assert.equal(empty.attributions, 0);
  assert.equal(empty.kinds.named.share, 0);
});

test('Markdown: the mix is the prose’s, with offsets into the document', () => {
  const text = '# Storm\n\nRescuers worked all night, **coast guard chief** Maria Lopez said.\n\n> "We saved everyone," Lopez said.\n';
  const mix = mixOf(text, 'markdown');
  const lopez = row(mix, 'Maria Lopez');
  assert.equal(lopez.attributions, 2);
  assert.equal(lopez.directQuotes, 1);
  assert.equal(text.slice(lopez.mentions[1]!.start, lopez.mentions[1]!.end), 'Lopez');
});
