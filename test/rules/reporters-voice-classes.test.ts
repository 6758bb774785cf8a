// Issue 15 (round 5): classes of query the copy desk makes on opinion and US political copy that the
// weak-attribution and reporter's-voice rules missed. Each case is written for this file.
import { ruleTester } from './tester';

// A crowd as the agent of a passive of judgement, a bare crowd accusing or considering, a crowd
// forecasting: the source cannot be identified.
ruleTester('vague-source', {
  valid: [
    { name: 'a plan weighed, not a view', text: 'The mayor hopes families and others consider moving to the valley.' },
    { name: 'an agent that is a number', text: 'The final was watched by some 4 million viewers.' },
    { name: 'a quantified agent of an act, not a judgement', text: 'The bridge was crossed by many commuters on foot.' },
  ],
  invalid: [
    {
      name: 'a quantified crowd as the agent of "considered"',
      text: 'The anthem, which is considered a folk tune by many listeners, was written in 1958.',
      errors: [{ flagged: 'by many listeners' }],
    },
    {
      name: 'a quantified crowd as the agent of "known"',
      text: 'The handshake came to be mockingly known by some Conservatives as "the embrace".',
      errors: [{ flagged: 'known by some Conservatives' }],
    },
    { name: 'a bare quantifier accusing', text: 'Some accused the council of hiding the report.', errors: [{ flagged: 'Some accused' }] },
    { name: 'a bare quantifier considering', text: 'Many also consider the bypass a waste of money.', errors: [{ flagged: 'Many also consider' }] },
    { name: 'a crowd that forecast', text: 'Output fell 2%, more than most economists had forecast.', errors: [{ flagged: 'most economists had forecast' }] },
  ],
});

// Criticism with no critic, a judgement passed with no one passing it.
ruleTester('passive-attribution', {
  valid: [
    { name: 'the critic follows in the clause', text: 'The council was criticised for the delay by the ombudsman.' },
    {
      name: 'the critics are named after "from"',
      text: 'The firm closed the plant despite facing criticism for the move from Senators Ana Ruiz and Tom Hale.',
    },
    { name: 'a prospect, not a report', text: 'Ministers can act now and face criticism later.' },
    { name: 'literal fire', text: 'The convoy had not come under fire that day.' },
  ],
  invalid: [
    {
      name: 'criticised for, with no critic',
      text: 'The minister has been criticised for using the phrase.',
      errors: [{ flagged: 'has been criticised for' }],
    },
    { name: 'blamed for, with no one blaming', text: 'Higher fuel prices were blamed for the fall in sales.', errors: [{ flagged: 'were blamed for' }] },
    {
      name: 'criticism received from no one',
      text: 'The governor is already receiving criticism for the remark.',
      errors: [{ flagged: 'receiving criticism' }],
    },
    { name: 'under fire from no one', text: 'The agency has come under fire for its slow response.', errors: [{ flagged: 'come under fire for' }] },
  ],
});

// A plural subject's "appear to be / appear to have": the reporter's guess, as "appears to" is.
ruleTester('hedged-report', {
  valid: [
    { name: 'an infinitive is a wish to look so', text: 'The mayor wanted to appear to be tough on crime.' },
    { name: 'how a thing may look to the reader', text: 'It might initially appear to be odd that the shop stayed open.' },
  ],
  invalid: [
    { name: 'plural "appear to have"', text: 'The donors appear to have ties to the developer.', errors: [{ flagged: 'appear to have' }] },
    { name: 'plural "appear to be"', text: 'Council members appear to be divided over the plan.', errors: [{ flagged: 'appear to be' }] },
  ],
});

// The writer's aside: a bracketed question put to the reader.
ruleTester('editorializing', {
  valid: [
    { name: 'a speaker’s bracketed question is theirs', text: '"Is it fair (is it?) to charge twice?" the mayor asked.' },
    { name: 'a bracketed statement', text: 'The vote (the third this year) failed.' },
  ],
  invalid: [
    {
      name: 'a bracketed question in reported speech is still the writer’s',
      text: 'She said she had not had time to think about it (really?) and would decide in May.',
      errors: [{ flagged: '(really?)' }],
      output: 'She said she had not had time to think about it and would decide in May.',
    },
    {
      name: 'a bracketed question in the writer’s voice',
      text: 'Many residents seem to be hoping (praying?) for a quiet winter.',
      errors: [{ flagged: '(praying?)' }],
    },
  ],
});

// Characterising words in the reporter's voice.
ruleTester('loaded-adjective', {
  valid: [
    { name: 'a speaker’s word', text: '"It was an embarrassing loss," the coach said.' },
    { name: 'a prospect, not a verdict', text: 'The letters could prove embarrassing to the council.' },
  ],
  invalid: [
    { name: 'embarrassing', text: 'The senator quit the race after an embarrassing loss in her home state.', errors: [{ flagged: 'embarrassing' }] },
    { name: 'paltry', text: 'The challenger has a paltry $12,000 in the bank.', errors: [{ flagged: 'paltry' }] },
    { name: 'debacle', text: 'The party lost its lead after the budget debacle.', errors: [{ flagged: 'debacle' }] },
  ],
});

// A speaker named after a verb that opens the sentence ("Continued Stone: “…”"), or after any past
// verb right after the quotation when the name ends the sentence ("“…?” reacted Trump.").
ruleTester('unattributed-quote', {
  valid: [
    {
      name: 'a verb, the speaker and a colon before the quotation',
      text: 'Kerr spoke on the radio on Monday.\n\nContinued Kerr: “So I think it is a very real problem. That would be my target.”',
    },
    {
      name: 'a verb, the speaker and a colon, the quotation in the next paragraph',
      text: 'Kerr spoke on the radio on Monday.\n\nStated Kerr:\n\n“I think the stakes are so high that they would do anything to stay in power.”',
    },
    {
      name: 'a past verb between the quotation and its speaker',
      text: '“The mayor said the bridge is safe. Who checked it, and when? Is he guessing?” reacted Ortiz.',
    },
  ],
  invalid: [
    {
      name: 'a past verb with no name after it',
      text: 'The hearing ended early.\n\n“Who checked it, and when? Is anyone guessing?” reacted the crowd of protesters outside.',
      errors: [{ flagged: '“Who checked it, and when? Is anyone guessing?”' }],
    },
  ],
});
