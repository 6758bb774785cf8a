// Source spans for cues the tagger found: where the source starts and ends in news copy's
// patterns (inverted "said X", appositives, participles, dashes, relatives, coordinations), and
// what is not a source at all (fragments of the clause before, the subject of "appears"); and
// where the content and the cue begin and end. Sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';

/** The content of the attribution whose cue reads `cue`, as text. */
const contentFor = (text: string, cue: string) => {
  const a = analyze(text, { format: 'text' }).attributions.find((x) => x.cue.text === cue);
  assert.ok(a, `no attribution with the cue "${cue}" in: ${text}`);
  return a.content ? text.slice(a.content.start, a.content.end) : null;
};

function sourceOf(text: string, cue: string): string | null | undefined {
  const found = analyze(text, { format: 'text' }).attributions.find((a) => a.cue.text === cue);
  assert.ok(found, `no attribution with the cue "${cue}" in: ${text}`);
  return found.source?.text ?? null;
}

test('inverted verb: a number opens the subject, a closing setting is not part of it', () => {
  assert.equal(sourceOf('“The bridge will reopen in June,” said one county official.', 'said'), 'one county official');
  assert.equal(sourceOf('“We are not done yet,” said Mayor Ana Ruiz in a telephone interview.', 'said'), 'Mayor Ana Ruiz');
  assert.equal(
    sourceOf('“The budget is balanced,” said Council member Tom Reyes on Tuesday, adding that reserves were low.', 'said'),
    'Council member Tom Reyes',
  );
  // A place that describes the source stays with it.
  assert.equal(sourceOf('“We will win,” said a diplomat in Beirut.', 'said'), 'a diplomat in Beirut');
});

test('inverted verb: a relative clause without its comma belongs to the source', () => {
  assert.equal(
    sourceOf('“The levy failed twice,” said Rep. Dana Holt who represents the river towns and chairs the finance panel.', 'said'),
    'Rep. Dana Holt who represents the river towns and chairs the finance panel',
  );
});

test('an appositive ends before a participle that shares its subject', () => {
  const text = '“Nobody called us,” said Lena Ortiz, a spokeswoman for the union, recalling the night of the strike.';
  assert.equal(sourceOf(text, 'said'), 'Lena Ortiz, a spokeswoman for the union,');
  assert.equal(sourceOf(text, 'recalling'), 'Lena Ortiz, a spokeswoman for the union,');
  // With ''…''-style quotation marks the quote closes with an apostrophe.
  assert.equal(sourceOf("''It ran on 'Morning Edition,''' said Tom Vale, a former aide.", 'said'), 'Tom Vale, a former aide');
});

test('a participle between subject and verb is not part of the subject', () => {
  assert.equal(
    sourceOf('Harbor commissioner Leo Grant, speaking to reporters after the vote, said the port would expand.', 'said'),
    'Harbor commissioner Leo Grant',
  );
  assert.equal(sourceOf('Sen. Maria Lopez, D-Ore., appearing on a radio show, said the grants were late.', 'said'), 'Sen. Maria Lopez, D-Ore.');
  assert.equal(sourceOf('Sen. Maria Lopez, D-Ore., told the committee that the grants were late.', 'told'), 'Sen. Maria Lopez, D-Ore.,');
  // A sentence that ends in ", said X." is still inverted when no subject opens it.
  assert.equal(sourceOf('The fees will rise, said Ruth Kim.', 'said'), 'Ruth Kim');
  assert.equal(sourceOf('In the world of budgets, it is rare for a fund to run dry, said Ruth Kim, the auditor.', 'said'), 'Ruth Kim, the auditor');
});

test('an aside between dashes belongs to the subject; a relative clause between dashes does not', () => {
  assert.equal(
    sourceOf('The county’s new auditor — former bank examiner Ruth Kim — said the books did not balance.', 'said'),
    'The county’s new auditor — former bank examiner Ruth Kim —',
  );
  const relative = analyze('The auditor — who was hired in May — said the books did not balance.', { format: 'text' }).attributions.find(
    (a) => a.cue.text === 'said',
  );
  assert.ok(!relative?.source?.text.includes('—'), relative?.source?.text);
});

test('a participle opening the sentence shares the main clause’s subject', () => {
  assert.equal(sourceOf('After criticizing the ledgers, the auditor said the fund was short.', 'criticizing'), 'the auditor');
});

test('the last word of a run-in phrase is the subject: a relative, a possessive, a pronoun', () => {
  assert.equal(sourceOf('The board met with the families who say the water is unsafe.', 'say'), 'who');
  assert.equal(sourceOf('She kept up her criticism of the contract.', 'criticism of'), 'her');
  assert.equal(sourceOf('Officials told The Ledger they expected the dam to hold.', 'expected'), 'they');
  // A whole noun phrase is left alone.
  assert.equal(sourceOf('Residents who live near the plant complained that the air smelled of sulfur.', 'complained'), 'Residents who live near the plant');
  assert.equal(sourceOf('Ms. Ortiz’s aides said the union would not strike.', 'said'), 'Ms. Ortiz’s aides');
});

test('a fragment of the clause before is no source', () => {
  // Without the fix the source was "faced".
  assert.equal(sourceOf('The agency has faced criticism over the delays.', 'criticism over'), null);
  // Nor is the clause whose object the noun cue is.
  assert.equal(sourceOf('The agency faced criticism over the delays.', 'criticism over'), null);
});

test('the subject of "appears" and "seems" is what the writer hedges, not a source', () => {
  assert.equal(sourceOf('The vote appears to favor the mayor.', 'appears'), null);
  assert.equal(sourceOf('The plan seemed doomed from the start.', 'seemed'), null);
  // A verb of saying keeps its subject.
  assert.equal(sourceOf('Voters in the district said the school was overcrowded.', 'said'), 'Voters in the district');
});

test('an object pronoun after the verb is the listener, not an inverted subject', () => {
  assert.equal(sourceOf('“I was never edited,” Mr. Vance, 82, told me.', 'told'), 'Mr. Vance, 82,');
  assert.equal(sourceOf('“The vote is rigged,” Ms. Ortiz, 41, told them.', 'told'), 'Ms. Ortiz, 41,');
  // A subject pronoun can still follow an inverted verb.
  assert.equal(sourceOf('“We will win,” said he, and left the room.', 'said'), 'he');
});

test('a possessive standing for the speaker is a pronoun source, not an anonymous one', () => {
  const { attributions, findings } = analyze(
    'Mayor Tom Ruiz said on Tuesday that the city would cut two bus routes. Nobody has checked his claim that the budget was balanced.',
    { format: 'text' },
  );
  const claim = attributions.find((a) => a.cue.text === 'claim');
  assert.equal(claim?.source?.text, 'his');
  assert.equal(claim?.sourceKind, 'pronoun');
  assert.equal(claim?.resolvedSource?.text, 'Mayor Tom Ruiz');
  assert.deepEqual(
    findings.filter((f) => f.rule === 'anonymous-source' || f.rule === 'loaded-verb'),
    [],
  );
});

test('"asked whether" and "asked if" open the content: the clause word is no listener', () => {
  const contentOf = (text: string) => contentFor(text, 'asked');
  assert.equal(contentOf('Reporters asked whether he would issue a quarantine.'), 'whether he would issue a quarantine');
  // A listener still comes off: "asked the mayor whether …".
  assert.equal(contentOf('Reporters asked the mayor whether he would issue a quarantine.'), 'whether he would issue a quarantine');
  // A request keeps the one asked to act: "asked the mayor to …".
  assert.equal(contentOf('Reporters asked the mayor to issue a quarantine.'), 'the mayor to issue a quarantine');
  assert.equal(contentOf('Reporters asked the mayor about the quarantine on Monday.'), 'about the quarantine on Monday');
});

test('a word after a determiner is a noun, so the phrase goes on: "many in the party"', () => {
  assert.equal(sourceOf('The plan was viewed by many in the party as a betrayal.', 'was viewed'), 'many in the party');
});

test('a quotation closed with a comma before its speaker is the content, whatever follows the cue', () => {
  assert.equal(contentFor('“We are going to win this race,” Ruiz told reporters as she left the hall.', 'told'), '“We are going to win this race,”');
  assert.equal(contentFor('“The port had 40 ships last week,” Grant said, referring to the spring count.', 'said'), '“The port had 40 ships last week,”');
  // Not when the cue is further on: the participle reports its own clause.
  assert.equal(contentFor('“We are not done,” Ruiz told a rally, saying the county would appeal.', 'saying'), 'the county would appeal');
});

test('a source and cue set off by commas inside a clause: the content is the clause on both sides', () => {
  assert.equal(
    contentFor('In her county, Ruiz said, most first-time offenders are sent to treatment.', 'said'),
    'In her county, Ruiz said, most first-time offenders are sent to treatment',
  );
  // A lone conjunction before the aside is the writer's link, not what was said.
  assert.equal(contentFor('But, Ruiz added, she would not raise taxes.', 'added'), 'she would not raise taxes');
  // A cue opening the sentence has no left side.
  assert.equal(contentFor('Ruiz said the port would expand.', 'said'), 'the port would expand');
});

test('a relative clause set inside the reported clause is part of it; one closing the sentence is the writer’s', () => {
  assert.equal(
    contentFor('The mayor said the budget, which the council passed in May, would be cut.', 'said'),
    'the budget, which the council passed in May, would be cut',
  );
  assert.equal(contentFor('The mayor said she would cut the budget, which the council passed in May.', 'said'), 'she would cut the budget');
});

test('auxiliaries, negations and adverbs before the verb belong to the cue', () => {
  const cues = (text: string) => analyze(text, { format: 'text' }).attributions.map((a) => a.cue.text);
  assert.deepEqual(cues('The mayor never said the bridge would reopen.'), ['never said']);
  assert.deepEqual(cues('The mayor also said the bridge would reopen.'), ['also said']);
  assert.deepEqual(cues('According to the county, the bridge will reopen.'), ['According to']);
});

test('a coordinated subject is taken whole when it opens the clause, not across a verb', () => {
  assert.equal(sourceOf('Her advisers and allies say the plan will fail.', 'say'), 'Her advisers and allies');
  assert.equal(sourceOf('Trump won Iowa and Cruz said the plan would fail.', 'said'), 'Cruz');
  assert.equal(
    sourceOf('The Organization for Economic Cooperation and Development says the floor is high.', 'says'),
    'The Organization for Economic Cooperation and Development',
  );
  // Not across a clause: "the body and researchers".
  assert.equal(sourceOf('The cells can turn into any tissue of the body and researchers hope to use them.', 'hope'), 'researchers');
});

test('a source starts on a whole number and a whole share: not "000 people surveyed" or "of the respondents"', () => {
  assert.equal(sourceOf('More than half of 3,000 people surveyed said they had worries about the scheme.', 'said'), 'More than half of 3,000 people surveyed');
  assert.equal(sourceOf('More than half (61%) of the respondents said they would pay more for it.', 'said'), 'More than half (61%) of the respondents');
});

test('a poll share or a ballot is the poll’s finding, not an anonymous source; a share of officials is officials', () => {
  const kind = (text: string) => analyze(text, { format: 'text' }).attributions.find((a) => a.cue.text === 'said')?.sourceKind;
  assert.equal(kind('Around that time, 41 percent said they would vote for the mayor.'), 'document');
  assert.equal(kind('More than half of 3,000 people surveyed said they had worries about the scheme.'), 'document');
  assert.equal(kind('A majority said in the 2016 plebiscite that they wanted a new flag.'), 'document');
  assert.equal(kind('Two of the officials said the plan had failed.'), 'anonymous');
  const findings = analyze('Around that time, 41 percent said they would vote for the mayor.', { format: 'text' }).findings;
  assert.deepEqual(
    findings.filter((f) => f.rule === 'anonymous-source'),
    [],
  );
});

test('a reporting verb that ends the sentence after a comma and a short subject is the speaker’s, though “firm claims” reads as a noun phrase', () => {
  const text = 'The chancellor will need to raise about £10bn a year to balance the books, the firm claims.';
  assert.equal(sourceOf(text, 'claims'), 'the firm');
  assert.equal(contentFor(text, 'claims'), 'The chancellor will need to raise about £10bn a year to balance the books');
  assert.equal(sourceOf('Rail fares will rise by 5% in January, the watchdog warns.', 'warns'), 'the watchdog');
  assert.equal(sourceOf('Smoking bans will save lives, First Minister Ann Reid has insisted.', 'has insisted'), 'First Minister Ann Reid');
  // Not after a relative or clause opener: "which the firm claims" is an object clause, not a report of what came before.
  const relative = analyze('The figure is far below the £10bn which the firm claims.', { format: 'text' });
  assert.equal(relative.attributions.length, 0);
});
