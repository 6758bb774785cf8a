// vague-source, hedged-report and passive-attribution: the behaviours tuned on the hand-labelled
// weasel set (eval/data/weasel-sentences.md). Each case is written for this file; the labelled
// sentences it generalises from are named in the rules' comments and docs pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySource, namesPerson } from '../../server/src/analysis/sources';
import { ruleTester } from './tester';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

ruleTester('vague-source', {
  valid: [
    {
      name: 'a stock phrase whose crowd is named in the next sentence',
      text: 'Housing experts say the new zoning rules will slow construction. "Nobody builds where the rules change every year," said Dana Whitfield, who teaches urban planning at Ohio State.',
    },
    {
      name: 'a vague group pinned down by a quotation that runs two sentences before its speaker',
      text: p(
        'Some veteran organizers think the strike will hold.',
        '"The workers have waited a decade. They are not going back now. Not for this offer," said Marta Quinlan, who led the 2014 walkout.',
      ),
    },
    {
      name: 'a parenthetical aside between the group and its named member',
      text: 'Some council members doubt the budget will pass. (The mayor vetoed a similar plan in March.) "There are not six votes for it," said Councilman Edgar Pruitt.',
    },
    {
      name: 'a vague poll named as a poll in the next paragraph',
      text: p(
        'The governor leads his challenger by four points, according to a new poll.',
        'A Harbor Research poll of 900 likely voters found that his lead had narrowed since June.',
      ),
    },
    {
      name: 'a statement that is the named speaker’s own',
      text: 'In a statement announcing the merger, the Riverside Nurses Union called the deal "a win for patients."',
    },
    { name: 'a source described by the words the finder cut off', text: 'The senator has been "furious about the leak," said a source close to her office.' },
    { name: 'a request, not a claim', text: 'Several newspapers have asked for copies of the contract.' },
    { name: 'a quantifier before a noun, not a speaker', text: 'The shop stocks many thought-provoking titles.' },
    { name: '"thought to" as remembering', text: 'Of the hikers stranded on the ridge, few thought to bring a map.' },
    { name: '"by some" before a number', text: 'The final episode was seen by some 2 million viewers.' },
    { name: 'a party as a whole is an identifiable collective', text: 'Republicans say the transit levy will fail in the state senate.' },
    { name: 'a crowd the story has already set out', text: 'Most of the candidates said they would sign the pledge before the forum.' },
    { name: 'a superlative, not a quantifier', text: 'The bill will die in the House, which even the most hopeful Democrats doubt will change hands.' },
    {
      name: 'a specialist crowd described by a name',
      text: 'Harlow strategists think the suburbs will decide the race, which polls show is close for Harlow.',
    },
    {
      name: 'a crowd named right after it',
      text: 'Some farm advocates said the subsidy came too late. "We lost a season waiting for it," said Ines Carvalho, who runs the county growers\' association.',
    },
    {
      name: 'a plural head with a singular verb belongs to another subject',
      text: 'A study released on Monday by three university economists suggests that the port lost 400 jobs.',
    },
    { name: "analysts' expectations in earnings copy", text: 'The bakery chain earned 41 cents a share, above the 35 cents that analysts expected.' },
  ],
  invalid: [
    {
      name: 'an outlet reporting something else does not identify the experts',
      text: 'The tariffs will raise prices for farm equipment, trade experts say. The Ledger reported on Monday that two dealers had already closed.',
      errors: [{ flagged: 'trade experts say' }],
    },
    {
      name: 'a named speaker who says something else does not pin the crowd down',
      text: 'Critics say the toll will drive trade away. Mayor Joan Ruiz said the toll would pay for the bridge.',
      errors: [{ flagged: 'Critics say' }],
    },
    {
      name: 'a named speaker on the other side ("But …") does not pin the crowd down',
      text: 'Some residents said the new depot was too noisy. "But the depot brings 200 jobs," said Joan Ruiz, the mayor.',
      errors: [{ flagged: 'Some residents said' }],
    },
    {
      name: 'sources are not identified by a named speaker after them',
      text: 'Sources say the mill will close in March. The mayor said the owners had promised to keep it open.',
      errors: [{ flagged: 'Sources say' }],
    },
    {
      name: 'an interposed "according to one report" with no report named',
      text: 'The contractor receives, according to one report, $40 million a year from the county.',
      errors: [{ flagged: 'according to one report' }],
    },
    {
      name: 'an unnamed firm',
      text: 'Rents in the district rose 9 percent last year, according to one research firm.',
      errors: [{ flagged: 'according to one research firm' }],
    },
    {
      name: 'a bare quantifier as the speaker',
      text: 'Many thought after the recall that the party would change its leadership.',
      errors: [{ flagged: 'Many thought', message: /: “Many” does not tell/ }],
      output: '[Source] thought after the recall that the party would change its leadership.',
    },
    {
      name: 'what many people believed',
      text: 'She survived what many people believed was the end of her career.',
      errors: [{ flagged: 'many people believed' }],
    },
    {
      name: 'others wonder',
      text: 'The museum will reopen in May. Others wonder whether the repairs will last the winter.',
      errors: [{ flagged: 'Others wonder' }],
    },
    {
      name: 'a quantified crowd as the speaker',
      text: 'Some county Democrats argued that the levy would cost the party its majority.',
      errors: [{ flagged: 'Some county Democrats argued' }],
    },
    {
      name: 'a quantified crowd in a relative clause',
      text: 'The plant closed in 2009, which many residents believe doomed the town.',
      errors: [{ flagged: 'many residents believe' }],
    },
    {
      name: 'a quantified crowd with "even" and "questioned"',
      text: 'Even some allies questioned why the council waited a year to act.',
      errors: [{ flagged: 'some allies questioned', message: /: “some allies” does not tell/ }],
      output: 'Even [source] questioned why the council waited a year to act.',
    },
    {
      name: 'two crowds are not pinned down by one named person',
      text: 'Many economists and some lawmakers say the levy worked. State Sen. Irma Doyle said it paid for two new schools.',
      errors: [{ flagged: 'Many economists and some lawmakers say' }],
    },
    {
      name: 'a bare specialist crowd with its modifiers',
      text: 'Maritime law experts suggest the ruling could be appealed.',
      errors: [{ flagged: 'Maritime law experts suggest' }],
    },
    {
      name: 'a party as the modifier leaves the crowd vague',
      text: 'The vote is on Tuesday, and Democratic strategists warn that turnout will be low.',
      errors: [{ flagged: 'Democratic strategists warn' }],
    },
    {
      name: 'critics point to',
      text: 'The utility denies any link to the outages, but critics point to its own maintenance logs.',
      errors: [{ flagged: 'critics point to' }],
    },
    {
      name: 'a specialist crowd in a relative clause',
      text: 'The ruling alarmed tax experts, who worry that it invites a flood of appeals.',
      errors: [{ flagged: 'tax experts, who worry' }],
    },
    {
      name: 'a passive whose agent is a bare quantifier',
      text: 'The council vote was seen as a rebuke by some in the party; in fact, it changed little.',
      errors: [{ flagged: 'by some', message: /: “some” does not tell/ }],
      output: 'The council vote was seen as a rebuke by [source] in the party; in fact, it changed little.',
    },
  ],
});

ruleTester('hedged-report', {
  valid: [
    {
      name: 'the charge is the allegation’s source',
      text: 'The treasurer was charged with fraud on Friday for allegedly diverting $2 million from the pension fund.',
    },
    { name: 'a settlement is the allegation’s source', text: 'The regulator forced the bank to settle for allegedly overcharging 30,000 customers.' },
    { name: 'an attributive hedge, like "the alleged gunman"', text: 'The group promotes the supposedly imminent collapse of the dollar.' },
    { name: 'a lawsuit that alleges', text: 'The lawsuit filed by two former tenants alleges a string of violations supposedly committed by the landlord.' },
    { name: 'the scope of an investigation', text: 'The district is investigating whether to discipline any other teachers who may have been involved.' },
    {
      name: 'a report two sentences back in the same paragraph',
      text: 'As the Courier reported, the coach was also accused of breaking league rules. His assistant walked onto the field during the timeout. When asked to leave, he reportedly refused.',
    },
    {
      name: 'the next sentence’s source is the hedged sentence’s subject',
      text: 'The Harlow campaign will reportedly hold a rally on Monday. According to the Harlow campaign, "the rally will be held at the fairgrounds."',
    },
  ],
  invalid: [
    {
      name: 'a named report about something else in the next sentence',
      text: 'In Lagos, the governor reportedly has lived in luxury for years. In Accra, as Ama Boateng wrote in her memoir, the ministers kept villas by the sea.',
      errors: [{ flagged: 'reportedly' }],
    },
    {
      name: 'a stance next to it is not a source',
      text: 'The mayor criticized the utility for raising rates. The utility’s chief executive is a Democrat, but has reportedly been critical of the mayor for months.',
      errors: [{ flagged: 'reportedly' }],
    },
    {
      name: '"this" as a subject is not a determiner',
      text: 'The two sides met twice in March. This reportedly led to a deal on Friday.',
      errors: [{ flagged: 'reportedly' }],
    },
  ],
});

ruleTester('passive-attribution', {
  valid: [
    {
      name: 'a quoted characterisation with its maker after it',
      text: 'Reports of a snap election have been described as "idle speculation" by Downing Street.',
    },
    {
      name: 'a verb joined by "and" to a speaker\'s reported clause',
      text: 'The finance minister added that inflation fell to 4.3% last year and is expected to remain below 6%.',
    },
    { name: 'widely seen as audience size', text: 'The final debate was one of the most widely seen broadcasts of the year.' },
    { name: 'the believers are the subject', text: 'He survived what his own staff believed to be a fatal mistake.' },
    { name: 'a scheduled public event', text: 'The governor is expected to speak at the convention on Thursday.' },
    { name: '"reported to" a listener', text: 'The theft was discovered on Sunday, and the loss was reported to police on Monday.' },
  ],
  invalid: [
    {
      name: 'widely seen as a characterisation, flagged once',
      text: 'The district is widely seen as the key to the state.',
      errors: [{ flagged: 'is widely seen as' }],
    },
    {
      name: 'a raised subject that is also a reduced "widely believed", flagged once',
      text: "He took the post, a job he's widely believed to want.",
      errors: [{ flagged: "'s widely believed to want" }],
    },
    {
      name: 'an outcome predicted with a verb the lexicon knows as a noun',
      text: 'The mayor is expected to win the runoff easily.',
      errors: [{ flagged: 'is expected to win' }],
    },
    {
      name: 'a figure predicted at a scheduled event',
      text: 'More than 40,000 fans are expected to attend the parade on Saturday.',
      errors: [{ flagged: 'are expected to attend' }],
    },
    {
      name: 'the content of a scheduled announcement',
      text: 'The board is expected to announce on Friday that it will close two clinics.',
      errors: [{ flagged: 'is expected to announce' }],
    },
    {
      name: 'a date nobody has fixed',
      text: 'The senator had been expected to visit the plant as early as next week.',
      errors: [{ flagged: 'had been expected to visit' }],
    },
    {
      name: 'a relative clause with a copula is still agentless, flagged once',
      text: 'The ballots, which are thought to be lost, were printed in May.',
      errors: [{ flagged: 'are thought to be' }],
    },
  ],
});

test('classifySource: a source the finder cut at its qualifier is described, not vague', () => {
  assert.equal(classifySource('a source close').kind, 'anonymous');
  assert.equal(classifySource('sources familiar').kind, 'anonymous');
  assert.equal(classifySource('a source').kind, 'vague');
});

test('classifySource: an unnamed organisation with an indefinite article is vague', () => {
  assert.equal(classifySource('one research firm').kind, 'vague');
  assert.equal(classifySource('a consulting group').kind, 'vague');
  assert.equal(classifySource('a firm in Boston').kind, 'named');
  assert.equal(classifySource('the firm').kind, 'named');
});

test('namesPerson: people, not outlets or bodies', () => {
  assert.equal(namesPerson('Dana Whitfield, who teaches urban planning'), true);
  assert.equal(namesPerson('Sen. Okafor'), true);
  assert.equal(namesPerson('the mayor'), true);
  assert.equal(namesPerson('The Ledger'), false);
  assert.equal(namesPerson('which the Organization for Economic Cooperation and Development'), false);
  assert.equal(namesPerson('CNN'), false);
  assert.equal(namesPerson('the county health department'), false);
});

test('classifySource: a coordinated source with a named person or a pronoun in it is theirs', () => {
  assert.equal(classifySource('Sanders and his aides').kind, 'named');
  assert.equal(classifySource('She and her defenders').kind, 'pronoun');
  // A vague part leaves the whole vague.
  assert.equal(classifySource('The Clinton campaign and some cybersecurity experts').kind, 'vague');
  // A capital at the start of the sentence names no one.
  assert.equal(classifySource('Current and former officials').kind, 'anonymous');
  assert.equal(classifySource('Liberal and conservative economists').kind, 'vague');
});
