// The claim detector (server/src/analysis/claims.ts) on small hand-written sentences: what it finds
// check-worthy, which cues it reports and where, and the hover that explains an unattributed claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessClaim, claimFeatures, claimTrigger, useClaimModel } from '../../server/src/analysis/claims';
import { analyze } from '../../server/src/engine';
import { findFigures } from '../../server/src/analysis/figures';
import { describeAt } from '../../server/src/analysis/hover';

const cuesOf = (text: string, feature: string) =>
  claimFeatures(text)
    .cues.filter((c) => c.feature === feature)
    .map((c) => c.text);

test('claims: check-worthy news claims, with the cue that makes each one', () => {
  const cases: [string, string, string][] = [
    ['At least 42 civilians were killed in the airstrikes on the market.', 'figure', 'At least 42 civilians'],
    ['House prices have tripled since 2010.', 'multiple', 'tripled'],
    ['The hospital halved the waiting list.', 'multiple', 'halved'],
    ['Turnout was the lowest on record.', 'record', 'on record'],
    ['The program will cost taxpayers $4.2 billion over the next decade.', 'money', '$4.2 billion'],
    ['Unemployment in the county rose to 11 percent last year.', 'percent', '11 percent'],
    ['Hundreds of families fled the eastern districts of Aleppo overnight.', 'figure', 'Hundreds of families'],
  ];
  for (const [text, feature, words] of cases) {
    const claim = assessClaim(text);
    assert.ok(claim.checkworthy, `${text} (score ${claim.score})`);
    const reason = claim.reasons.find((r) => r.feature === feature);
    assert.ok(reason, `${text}: ${feature} among ${claim.reasons.map((r) => r.feature)}`);
    assert.equal(reason.text, words);
    assert.equal(text.slice(reason.start, reason.end), words, 'offsets into the sentence');
  }
});

test('claims: courtesies, questions, feelings and opinions are not check-worthy', () => {
  for (const text of [
    'Thank you all for coming tonight.',
    'What do you think we should do?',
    'I feel great about our chances.',
    'We need to do better for our children.',
    'The council met on Monday.',
  ]) {
    const claim = assessClaim(text);
    assert.equal(claim.checkworthy, false, `${text} (score ${claim.score})`);
  }
  assert.ok(assessClaim('Three journalists were detained at the border crossing.').score > assessClaim('I think it was a great night.').score);
});

test('claims: time frames, back references and sequences are not figures or superlatives', () => {
  assert.deepEqual(cuesOf('Eight years ago, the mayor lost the same race.', 'figure'), []);
  assert.deepEqual(cuesOf('The bridge was closed for 444 days.', 'figure'), []);
  assert.deepEqual(cuesOf('The two candidates met again in Manchester.', 'figure'), []);
  assert.deepEqual(cuesOf('The hearing is at 10 a.m. in 2017.', 'figure'), []);
  assert.deepEqual(cuesOf('As the mayor turns 70, a look back at her first race.', 'superlative'), []);
  assert.deepEqual(cuesOf('They held a protest and then the test.', 'superlative'), []);
  assert.deepEqual(cuesOf('It was the largest protest in the city.', 'superlative'), ['the largest']);
  assert.deepEqual(cuesOf('The three thousand protesters marched.', 'figure'), ['three thousand protesters']);
  // "more than" before a number is an approximation, not a comparison.
  assert.deepEqual(cuesOf('More than 300 flights were cancelled.', 'comparative'), []);
  assert.deepEqual(cuesOf('Prices are higher than last year.', 'comparative'), ['higher than']);
});

test('claims: the trigger is the strongest claim cue, never a name', () => {
  const claim = assessClaim('Prime Minister Tony Blair said the economy had grown by a quarter since 1997.');
  const trigger = claimTrigger(claim);
  assert.ok(trigger);
  assert.notEqual(trigger.feature, 'entity');
  assert.notEqual(trigger.feature, 'year');
});

test('claims: the model can be swapped, and results follow the model', () => {
  const text = 'Turnout was the lowest on record.';
  const previous = useClaimModel({ threshold: 0, weights: { 'c:record': -5 } });
  try {
    const claim = assessClaim(text);
    assert.equal(claim.score, -5);
    assert.equal(claim.checkworthy, false);
    assert.deepEqual(claim.reasons, [], 'a feature that lowers the score is no reason');
  } finally {
    useClaimModel(previous);
  }
  assert.ok(assessClaim(text).checkworthy);
});

test('claims: the hover over an unattributed claim says why the sentence is a claim', () => {
  const text = 'House prices have tripled since 2010.';
  const result = analyze(text, { format: 'text' });
  const finding = result.findings.find((f) => f.rule === 'unattributed-claim');
  assert.ok(finding, 'the rule fires');
  const hover = describeAt(result, finding.start);
  assert.ok(hover);
  assert.match(hover.markdown, /\*\*Why this is a claim\*\* \(score -?\d+\.\d\d, check-worthy above -?\d+\.\d\d\)/);
  assert.match(hover.markdown, /- multiple: ‘tripled’/);
  // A forecast below the detector's threshold says why it is queried all the same.
  const forecastText = 'The harbour board is likely to keep its charges unchanged.';
  const forecast = analyze(forecastText, { format: 'text' });
  const forecastFinding = forecast.findings.find((f) => f.rule === 'unattributed-claim');
  assert.ok(forecastFinding, 'the forecast is flagged');
  assert.match(describeAt(forecast, forecastFinding.start)?.markdown ?? '', /a forecast in the reporter’s voice needs a source whatever the score/);
  // No claim, no explanation.
  const plain = analyze('The mayor said the city would recover.', { format: 'text' });
  assert.doesNotMatch(describeAt(plain, 5)?.markdown ?? '', /Why this is a claim/);
});

test('claims: digits inside a name are not a count, and a dashed score is not two figures', () => {
  assert.deepEqual(cuesOf('The PS5 outsold its rival in December.', 'figure'), []);
  assert.deepEqual(cuesOf('Airbus A320 deliveries rose sharply.', 'figure'), []);
  assert.deepEqual(cuesOf('The factory delivered 320 aircraft last year.', 'figure'), ['320 aircraft']);
  const text = 'The committee voted 7–4 on Monday night, and the board voted 9-2 on Tuesday.';
  assert.deepEqual(
    findFigures(text, 0, text.length).map((f) => text.slice(f.start, f.end)),
    [],
  );
  const counted = 'The committee heard from 7 residents and 4 officials.';
  assert.deepEqual(
    findFigures(counted, 0, counted.length).map((f) => counted.slice(f.number.start, f.number.end)),
    ['7', '4'],
  );
});

test('figures: a fraction, a stock price or "nine in 10" is not a count, and a change quotes the whole fraction', () => {
  const stock = 'Shares of Acme fell 3/8 to 22 5/8 in heavy trading.';
  assert.deepEqual(findFigures(stock, 0, stock.length), []);
  assert.deepEqual(cuesOf(stock, 'change'), ['fell 3/8']);
  assert.deepEqual(cuesOf('The stock rose 1 1/4 to 31 3/4.', 'change'), ['rose 1 1/4']);
  assert.deepEqual(cuesOf('Profits fell 3 percent.', 'change'), ['fell 3']);
  const proportion = 'Nine in 10 Democratic registered voters say she could win.';
  assert.deepEqual(findFigures(proportion, 0, proportion.length), []);
  const counted = 'Some 389 registered voters took part.';
  assert.deepEqual(
    findFigures(counted, 0, counted.length).map((f) => f.unit),
    ['voter'],
  );
});

test('figures: what a sum is, from the verb that takes it or the subject it is stated of', () => {
  const units = (t: string) => findFigures(t, 0, t.length).map((f) => f.unit);
  assert.deepEqual(units('Halvorsen has agreed to buy the snack maker Crispin Brands for $2.1bn in cash.'), ['usd:deal']);
  assert.deepEqual(units('The council will cut £12.4m from its spending.'), ['gbp:cut']);
  assert.deepEqual(units('The firm was fined £150,000 after the fall.'), ['gbp:fine']);
  assert.deepEqual(units('The government will lend €3.2bn to the operator.'), ['eur:loan']);
  assert.deepEqual(units('The club had beaten two rivals to the £48m signing.'), ['rival', 'gbp:deal']);
  assert.deepEqual(units('Turnout was 34%, the highest since 2012.'), ['percent:turnout']);
  assert.deepEqual(units('Traders said the 38% turnout showed how much they cared.'), ['percent:turnout']);
  assert.deepEqual(units('The quake struck on Friday, killing 41 people and injuring more than 200.'), ['killed', 'wounded']);
});

test("claims: British copy's short-form counts are figures, its short-form sums are money", () => {
  assert.deepEqual(cuesOf('Up to 1.4m workers could take part in a strike in March.', 'figure'), ['1.4m workers']);
  assert.deepEqual(cuesOf('Net income fell to 537m euros during 2004.', 'figure'), []);
  assert.deepEqual(cuesOf('Murray launched a £1.5m bid for the club.', 'figure'), []);
  assert.deepEqual(cuesOf('Murray launched a £1.5m bid for the club.', 'money'), ['£1.5m']);
});

test('claims: a cause in the passive ("has been hit by", "had been affected by"), not a description', () => {
  assert.deepEqual(cuesOf('Its beer sales have been hit by the ban on smoking in pubs.', 'cause'), ['been hit by']);
  assert.deepEqual(cuesOf('Sales had been affected by the sluggish economy.', 'cause'), ['been affected by']);
  assert.deepEqual(cuesOf('Strong subscriptions have helped boost profits at the group.', 'cause'), ['helped boost']);
  assert.deepEqual(cuesOf('The agency feeds people affected by conflict.', 'cause'), []);
});
