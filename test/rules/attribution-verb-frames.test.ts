// loaded-verb and passive-attribution on the frames the judged copy showed them missing (issue 15):
// verbs of attack, naming, promotion and rebuttal used as attribution verbs (subject = speaker,
// object = the target, then the characterisation), and agentless passives of revealing, knowing,
// warning and forecasting a figure. Every sentence is made up for this file.
import { ruleTester } from './tester';

ruleTester('loaded-verb', {
  valid: [
    { name: 'a verb of attack with a particle is another verb', text: 'The striker blasted in a shot from the edge of the box.' },
    { name: 'details hammered out', text: 'The fixtures were hammered out at a meeting in Leeds on Tuesday.' },
    { name: 'a comparison after the object is no charge', text: 'The keeper blasted the ball as hard as he could.' },
    { name: 'a noun "brands", not the verb', text: 'High Street brands rush to keep customers with a series of incentives.' },
    { name: 'a noun "brand"', text: 'The company sells the drink under a brand such as Fizzo in a dozen countries.' },
    { name: 'the door, not a target', text: 'He slammed the door as he left the room.' },
    { name: 'a rebuttal verb without a report as its object', text: 'The new evidence discredited the theory.' },
    { name: 'clarify with no words reported', text: 'The council wants to clarify the situation before the vote.' },
    { name: '"it was revealed" is passive-attribution’s', text: 'It was revealed that the minister had used a private account.' },
  ],
  invalid: [
    {
      name: 'a verb of naming with its small clause',
      text: 'The opposition leader branded the housing plan a disaster for young families.',
      errors: [{ flagged: 'branded', message: /“called”/ }],
      output: 'The opposition leader called the housing plan a disaster for young families.',
    },
    {
      name: 'a verb of naming with a quoted characterisation',
      text: 'Councillor Ann Hale branded the decision "a betrayal of the town".',
      errors: [{ flagged: 'branded' }],
    },
    {
      name: 'a phrasal verb of attack with the words said after it',
      text: 'The coach hit out at the referee on Saturday, saying the penalty was never a foul.',
      errors: [{ flagged: 'hit out at', message: /“criticized”/ }],
    },
    {
      name: 'a verb of attack with an adjective as its charge',
      text: 'The union slammed the pay offer as insulting to nurses.',
      errors: [{ flagged: 'slammed' }],
    },
    {
      name: 'a verb of promotion with its characterisation',
      text: 'The mayor touted the new tram line as the fastest in the region.',
      errors: [{ flagged: 'touted', message: /“promoted”/ }],
    },
    {
      name: 'a rebuttal verb whose object is a report',
      text: 'The governor is discrediting an earlier report that his aides had met the lobbyist.',
      errors: [{ flagged: 'discrediting', message: /“disputing”/ }],
    },
    {
      name: 'clarify as an attribution verb',
      text: 'The minister later clarified that she meant the northern route, not the coastal one.',
      errors: [{ flagged: 'clarified' }],
    },
  ],
});

ruleTester('passive-attribution', {
  valid: [
    { name: 'known for its beaches: a reputation', text: 'The town was known for its beaches long before the railway came.' },
    { name: 'a forecast of an event, not of a figure', text: 'The firm has a ruling expected to be made next month.' },
    {
      name: 'a figure joined to a speaker’s reported clause',
      text: 'The finance minister added that growth was 4.3% in 2004 and is expected to remain above 3%.',
    },
  ],
  invalid: [
    {
      name: 'it has been revealed, with no one revealing it',
      text: 'The bank lent the state $9bn to buy the oil unit, it has been revealed.',
      errors: [{ flagged: 'it has been revealed' }],
    },
    {
      name: 'it has been known that',
      text: 'It has been known for some time that the mill would close.',
      errors: [{ flagged: 'It has been known' }],
    },
    {
      name: 'a warning with no one giving it',
      text: 'Owners of older phones are being warned to install the update.',
      errors: [{ flagged: 'being warned to install' }],
    },
    {
      name: 'a figure forecast in a reduced passive',
      text: 'The console is selling well, with more than 3 million expected to be sold by March.',
      errors: [{ flagged: 'expected to be sold' }],
    },
  ],
});
