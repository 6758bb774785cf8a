// The document model of people (analysis/people.ts): who the story introduces, by what titles and
// roles, and which later references (surname, title + surname, role) are them. Sentences written
// for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { buildModel } from '../../server/src/analysis/model';
import { buildPeople, resolvePerson } from '../../server/src/analysis/people';

const kindOf = (text: string, source: string) => {
  const a = analyze(text, { format: 'text' }).attributions.find((x) => x.source?.text === source);
  assert.ok(a, `no attribution with the source "${source}" in: ${text}`);
  return a.sourceKind;
};
const rulesAt = (text: string, words: string) => {
  const at = text.indexOf(words);
  return analyze(text, { format: 'text' })
    .findings.filter((f) => f.start <= at && at < f.end)
    .map((f) => f.rule);
};

test('a surname the story introduced is that person, even when it is an ordinary word', () => {
  for (const [first, surname] of [
    ['Amanda', 'Price'],
    ['Neil', 'Young'],
    ['Gordon', 'Brown'],
    ['Sarah', 'Baker'],
    ['Paul', 'Stone'],
  ]) {
    const text = `Council leader ${first} ${surname} said the library would stay open. ${surname} told the meeting that the budget was balanced.`;
    assert.equal(kindOf(text, surname), 'named', text);
    assert.deepEqual(rulesAt(text, `${surname} told`), [], text);
  }
});

test('a title and a surname, and a role the story gave, resolve to the person', () => {
  const text =
    'Home Secretary David Blunkett and Foreign Secretary Jack Straw met on Monday. Oscar-winning actress Susan Sarandon, who backs the campaign, was not there.';
  const people = buildPeople(text);
  assert.deepEqual(
    people.people.map((p) => p.name),
    ['David Blunkett', 'Jack Straw', 'Susan Sarandon'],
  );
  assert.equal(resolvePerson(people, 'Mr Blunkett', text.length)?.name, 'David Blunkett');
  assert.equal(resolvePerson(people, 'the home secretary', text.length)?.name, 'David Blunkett');
  assert.equal(resolvePerson(people, 'the foreign secretary', text.length)?.name, 'Jack Straw');
  assert.equal(resolvePerson(people, 'The actress', text.length)?.name, 'Susan Sarandon');
  // A role an unnamed source can hold is not guessed to be the last person named.
  assert.equal(resolvePerson(people, 'the official', text.length), null);
  assert.equal(resolvePerson(people, 'Mr Henshaw', text.length), null);
});

test('a peer, a knight and a role in a headline resolve to the person introduced below', () => {
  const text =
    'Veteran diplomat backs the treaty\n\nThe treaty has an admirer in veteran diplomat Sir Peter Ashworth. Lord Dubs, who led the campaign, welcomed it. The diplomat said the vote was "a relief". “It was overdue,” Dubs said.';
  assert.equal(kindOf(text, 'The diplomat'), 'named');
  assert.equal(kindOf(text, 'Dubs'), 'named');
  assert.deepEqual(rulesAt(text, 'Veteran diplomat'), []);
});

test('an outlet a source spoke to is a listener, not a person, and pronouns skip it', () => {
  const text = 'Coach Maria Lopez told BBC Sport the side was ready. She said the squad was fit.';
  const model = buildModel(text, 'text');
  assert.deepEqual(
    model.people.outlets.map((o) => text.slice(o.start, o.end)),
    ['BBC Sport'],
  );
  assert.deepEqual(
    model.people.people.map((p) => p.name),
    ['Maria Lopez'],
  );
  const she = model.attributions.find((a) => a.source?.text === 'She');
  assert.equal(she?.resolvedSource?.text, 'Coach Maria Lopez');
});

test('a person named in an appositive to the source is the source; a spokesman for someone is not them', () => {
  const text =
    'Another former lawmaker, Sen. Joe Pettit (I-Conn.), also stated his intention to vote for the levy. A spokesman for Tony Blair, who was in Rome, said the talks were over.';
  assert.equal(kindOf(text, 'Another former lawmaker, Sen. Joe Pettit (I-Conn.),'), 'named');
  assert.equal(kindOf(text, 'A spokesman for Tony Blair, who was in Rome,'), 'anonymous');
});
