// The reporting-verb lexicon: every form generated from one entry per verb, read by framing and
// by the weak-attribution rules. The sentences are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { formsOf, formsOfPhrase, formsWhere, REPORTING_VERBS, verbOfForm } from '../../server/src/analysis/reporting-verbs';
import { isCrowdCue } from '../../server/src/analysis/sources';
import type { Attribution } from '../../server/src/analysis/types';
import { isReport } from '../../server/src/rules/reporting';
import { run } from '../rules/tester';

const verb = (phrase: string) => REPORTING_VERBS.find((v) => v.phrase === phrase)!;

test('every entry has an example and a source', () => {
  for (const v of REPORTING_VERBS) assert.ok(v.example.length > 20 && v.source.length > 5, v.phrase);
});

test('inflections, irregular forms and British spellings are generated', () => {
  assert.deepEqual(formsOf(verb('say')), { base: ['say'], third: ['says'], past: ['said'], participle: ['said'], gerund: ['saying'] });
  assert.deepEqual(formsOf(verb('admit')).gerund, ['admitting']);
  assert.deepEqual(formsOf(verb('quip')).past, ['quipped']);
  assert.deepEqual(formsOf(verb('deny')).third, ['denies']);
  assert.deepEqual(formsOf(verb('see')).participle, ['seen']);
  assert.deepEqual(formsOf(verb('criticize')).past, ['criticized', 'criticised']);
  assert.deepEqual(formsOf(verb('rumor')).participle, ['rumored', 'rumoured']);
  assert.deepEqual(formsOf(verb('label')).gerund, ['labeling', 'labelling']);
  assert.deepEqual(formsOf(verb('lash out at')).past, ['lashed out at']);
  assert.deepEqual(verbOfForm('Characterised'), { verb: verb('characterize'), tense: 'past' });
});

test('verbs that introduce a claim or an estimate report, and take a that-clause', () => {
  for (const [sentence, cue] of [
    ['The Treasury forecast that growth would slow to 1% next year.', 'forecast'],
    ['The agency projected that 40,000 homes would be built by 2030.', 'projected'],
    ['Bank staff estimated that the repairs would cost £2m.', 'estimated'],
    ['Dana Corrie predicted that the strike would end by Friday.', 'predicted'],
    ['Qwest reckoned that its offer would face less scrutiny.', 'reckoned'],
    ['Lawyers for the firm contended that the contract was void.', 'contended'],
  ] as const) {
    const { attributions } = analyze(sentence, { format: 'text' });
    const found = attributions.find((a) => a.cue.text.endsWith(cue));
    assert.ok(found, `${cue}: ${JSON.stringify(attributions.map((a) => a.cue.text))}`);
    assert.ok(isReport(found), cue);
  }
  for (const form of ['forecast', 'projected', 'estimated', 'predicted', 'reckoned', 'contended'])
    assert.ok(formsWhere((v) => v.that === true).includes(form), form);
});

test('passive forms are generated: condemned as, widely regarded as, described as, expected to', () => {
  const flagged = (text: string) => run('passive-attribution', text).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(flagged('The scheme has been condemned as a waste of public money.'), ['has been condemned as']);
  assert.deepEqual(flagged('The striker is widely regarded as the best in the league.'), ['is widely regarded as']);
  assert.deepEqual(flagged('The budget was described as a betrayal of the north.'), ['was described as']);
  assert.deepEqual(flagged('Shares are expected to fall sharply when markets open.'), ['are expected to fall']);
  assert.deepEqual(flagged("The single is tipped to be this year's Christmas number one."), ['is tipped to be']);
  assert.deepEqual(flagged('The report was characterised as a whitewash.'), ['was characterised as']);
  // An agent after it: not agentless.
  assert.deepEqual(flagged('The scheme has been condemned as a waste by the National Audit Office.'), []);
});

test('hedges are generated from the verbs that hedge, in British spelling too', () => {
  const flagged = (text: string) => run('hedged-report', text).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(flagged('The minister is rumoured to be considering a cabinet post.'), ['rumoured to']);
  assert.deepEqual(flagged('The couple are said to have married in secret.'), ['are said to']);
  assert.deepEqual(flagged('It appears that the fire began in the kitchen.'), ['It appears that']);
});

test('loaded verbs in every form, with the neutral verb in the same tense', () => {
  const text = 'The firm claims the road was safe. Smith confesses that he lied.';
  assert.deepEqual(
    run('loaded-verb', text).map((f) => [text.slice(f.start, f.end), f.fixes[0]?.edits[0]?.newText]),
    [
      ['claims', 'says'],
      ['confesses', 'says'],
    ],
  );
});

test('a verb of attack with its charge is loaded, whatever follows it', () => {
  const flagged = (text: string) => run('loaded-verb', text).map((f) => [text.slice(f.start, f.end), f.fixes[0]?.edits[0]?.newText]);
  assert.deepEqual(flagged('The pastor slammed the Girl Scouts for promoting the film.'), [['slammed', 'criticized']]);
  assert.deepEqual(flagged('The storm blasted the coast on Monday. He slammed the door and left.'), []);
});

test('a reported clause whose subject has a relative clause between commas', () => {
  const text = 'Critics claim the law, which the EU says is needed to match the US, is little more than a law on ideas.';
  assert.deepEqual(
    run('loaded-verb', text).map((f) => text.slice(f.start, f.end)),
    ['claim'],
  );
  assert.deepEqual(
    run('loaded-verb', 'The group claimed the attack, which killed four people, on its website.').map((f) => f.rule),
    [],
  );
});

test('"there have been accusations that": a noun of report with no one making it', () => {
  const flagged = (text: string) => run('passive-attribution', text).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(flagged('There have been accusations that the process was undemocratic.'), ['There have been accusations']);
  assert.deepEqual(flagged('There has been speculation that the two banks will merge.'), ['There has been speculation']);
  assert.deepEqual(flagged('There are rumours that a new paint shop could be built.'), ['There are rumours']);
  assert.deepEqual(flagged('There have been allegations by the opposition that the vote was rigged.'), []);
  assert.deepEqual(flagged('There were reports of gunfire near the border.'), []);
});

test('a phrasal reporting verb: "pointed out that" reports, and is loaded', () => {
  const text = 'The radio host pointed out that the senator had once backed the bailouts.';
  assert.deepEqual(
    run('loaded-verb', text).map((f) => [text.slice(f.start, f.end), f.fixes[0]?.edits[0]?.newText]),
    [['pointed out', 'said']],
  );
  const quote = 'The radio host pointed out that the senator had once backed "big government, bailouts and executive orders on every issue."';
  assert.deepEqual(run('unattributed-quote', quote), []);
});

test('"acknowledged" is loaded; an infinitive reports nothing said', () => {
  const text = 'The minister acknowledged that more needed to be done.';
  assert.deepEqual(
    run('loaded-verb', text).map((f) => [text.slice(f.start, f.end), f.fixes[0]?.edits[0]?.newText]),
    [['acknowledged', 'said']],
  );
  assert.deepEqual(
    run('loaded-verb', 'He urged the chancellor to admit that taxes would rise.').map((f) => f.rule),
    [],
  );
});

test("a cue is a report by the lexicon's forms alone, not by stripping suffixes", () => {
  const cue = (text: string) => ({ cue: { start: 0, end: text.length, text }, source: null, content: null, sourceKind: null }) as unknown as Attribution;
  // A second past in use ("forecasted") is a form of the verb; "seed" is not a form of "see".
  assert.deepEqual(formsOf(verb('forecast')).past, ['forecast', 'forecasted']);
  assert.equal(isReport(cue('forecasted')), true);
  assert.equal(isReport(cue('criticised')), true);
  assert.equal(isReport(cue('seed')), false);
  assert.equal(isReport(cue('admited')), false);
});

test('the crowd verbs are read in every generated form, irregular pasts included', () => {
  for (const form of ['said', 'says', 'thought', 'worries', 'worried', 'concerned', 'concerning', 'arguing', 'forecasted'])
    assert.equal(isCrowdCue(form), true, form);
  for (const form of ['sayed', 'thinked', 'argueing', 'forecastes']) assert.equal(isCrowdCue(form), false, form);
  assert.deepEqual(formsOfPhrase('concern'), ['concern', 'concerns', 'concerned', 'concerning']);
});
