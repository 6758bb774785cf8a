// loaded-adjective: a characterising word in the reporter's voice, never in a speaker's words.
// Sentences written for the project.
import { ruleTester } from './tester';

ruleTester('loaded-adjective', {
  valid: [
    { name: 'a speaker’s word in a quotation', text: '"It was a disastrous rollout," said Maria Lopez, who runs the exchange.' },
    { name: 'a speaker’s word in reported speech', text: 'The minister said the plan was absurd and would cost too much.' },
    { name: 'part of a name inside a sentence', text: 'He starred in Bizarre Foods for three seasons.' },
  ],
  invalid: [
    {
      name: 'before a noun: removed, with "an" put right',
      text: 'The senators voted for an ominous trade pact on Tuesday.',
      errors: [{ flagged: 'ominous' }],
      output: 'The senators voted for a trade pact on Tuesday.',
    },
    {
      name: 'as a predicate: only attribution is offered, at the end of the sentence',
      text: 'The ad’s focus on taxes is interesting.',
      errors: [{ flagged: 'interesting' }],
      output: 'The ad’s focus on taxes is interesting, according to [source].',
    },
    {
      name: 'the embattled office holder',
      text: 'The embattled mayor will face the council on Monday.',
      errors: [{ flagged: 'embattled' }],
      output: 'The mayor will face the council on Monday.',
    },
  ],
});
