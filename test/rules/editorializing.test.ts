// editorializing (and loaded-adjective's new words): the writer's own judgement in the reporter's
// voice, never a speaker's. Sentences written for the project, after the classes missed on the
// judged real copy (eval/data/copy): evaluative frames, the writer turning to the reader, stance
// "no doubt", a comment after a quotation, and the topic of a report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import frames from '../../server/src/rules/editorializing.frames.json';
import words from '../../server/src/rules/editorializing.words.json';
import adjectives from '../../server/src/rules/loaded-adjective.words.json';
import { ruleTester } from './tester';

ruleTester('editorializing', {
  valid: [
    { name: 'a frame in reported speech is the speaker’s', text: 'The mayor said it is strange that the vote was held on a Sunday.' },
    { name: 'a frame in a quotation', text: '“What is significant is that the council listened,” said Joan Ruiz.' },
    { name: 'not clear is a hedge, not a verdict', text: 'It is not clear that the bridge will reopen before winter.' },
    { name: 'someone’s own certainty', text: 'The inspector has no doubt the fire was started deliberately.' },
    { name: 'an act that settles a doubt', text: 'The vote left no doubt that the council would close the library.' },
    { name: '“to be fair” as a goal, not an aside', text: 'The panel will aim to be fair to every applicant.' },
    { name: 'a stance adverb used for manner, not set off', text: 'The mayor, pointedly ignoring the question, left the room.' },
    { name: 'a reader turned to inside a quotation', text: '“Make no mistake, we will rebuild the pier,” said Joan Ruiz.' },
    {
      name: 'after a quotation, a report carried on by “adding that”',
      text: 'According to Joan Ruiz, “The budget is tight,” adding that cuts were presumably coming.',
    },
    { name: 'a topic after a comma may be reported', text: 'The Gazette reported on the audit, saying the clerk had sadly lost the minutes.' },
  ],
  invalid: [
    {
      name: 'a cleft frame opening the sentence: cut, and what follows capitalised',
      text: 'What is significant is that the council has published its accounts.',
      errors: [{ flagged: 'What is significant is that' }],
      output: 'The council has published its accounts.',
    },
    {
      name: 'an it-frame inside the sentence',
      text: 'As the election nears, it is worth remembering that the town voted the other way in 2015.',
      errors: [{ flagged: 'it is worth remembering that' }],
      output: 'As the election nears, the town voted the other way in 2015.',
    },
    { name: 'a frame with a degree word', text: 'It’s also clear that the plan was rushed.', errors: [{ flagged: 'It’s also clear that' }] },
    {
      name: 'a frame ending in “how” is flagged but not cut (it would leave the sentence broken)',
      text: 'It is striking how few residents came to the meeting.',
      errors: [{ flagged: 'It is striking how' }],
      noFix: true,
    },
    {
      name: 'the writer turning to the reader, at the head of the sentence',
      text: 'Make no mistake, the council is broke.',
      errors: [{ flagged: 'Make no mistake' }],
      output: 'The council is broke.',
    },
    { name: 'an aside after “And”', text: 'And to be fair, the council did warn residents.', errors: [{ flagged: 'to be fair' }] },
    { name: 'an aside set off by commas', text: 'The roads, mind you, were closed for a week.', errors: [{ flagged: 'mind you' }] },
    {
      name: 'a stance adverb heading the sentence',
      text: 'Pointedly, no minister came to the opening.',
      errors: [{ flagged: 'Pointedly' }],
      output: 'No minister came to the opening.',
    },
    { name: 'stance “no doubt” after a modal', text: 'The closure will no doubt anger commuters.', errors: [{ flagged: 'no doubt' }] },
    { name: 'a verdict on a performance', text: 'The crowd waited an hour, and the band did not disappoint.', errors: [{ flagged: 'did not disappoint' }] },
    {
      name: 'a comment after the quotation a report gives is the writer’s',
      text: 'According to Joan Ruiz, “The budget is tight,” presumably meaning cuts are coming.',
      errors: [{ flagged: 'presumably' }],
    },
    {
      name: 'the topic of a report is in the writer’s words',
      text: 'The Gazette reported last week about an astonishingly careless clerk who lost the minutes.',
      errors: [{ flagged: 'astonishingly' }],
    },
  ],
});

ruleTester('loaded-adjective', {
  valid: [
    { name: 'a characterisation in reported speech', text: 'The coach said it was a humiliating defeat for the club.' },
    {
      name: 'words after a partial quotation, not set off by a comma, finish the speaker’s sentence',
      text: 'She said “we stood up against the lenders” for disastrous loans to poor families.',
    },
  ],
  invalid: [
    {
      name: 'the topic of a report is in the writer’s words',
      text: 'The Gazette reported last week about a hapless clerk who lost the minutes.',
      errors: [{ flagged: 'hapless' }],
    },
    {
      name: 'an intensifier framing a result',
      text: 'The mayor ended his campaign after a humiliating loss in his own ward.',
      errors: [{ flagged: 'humiliating' }],
      output: 'The mayor ended his campaign after a loss in his own ward.',
    },
    {
      name: 'a result characterised in the reporter’s voice',
      text: 'The side put in a lacklustre, error-strewn display at home.',
      errors: [{ flagged: 'lacklustre' }],
    },
  ],
});

test('every word-list entry and frame has a real example and its source', () => {
  for (const w of [...words, ...adjectives]) assert.ok(w.example.length > 10 && w.source.length > 3, w.phrase);
  for (const f of frames) {
    assert.ok(f.example.length > 10 && f.source.length > 3, f.predicate);
    // The frame's judgement word, found in its own example.
    assert.match(f.example.toLowerCase(), new RegExp(`\\b${f.predicate.replace(/\s+/g, '\\s+')}\\b`), f.predicate);
  }
});

test('a judgement word is queried by one rule: no frame or phrase of editorializing is a loaded-adjective word', () => {
  const loaded = new Set(adjectives.map((a) => a.phrase.toLowerCase()));
  for (const f of frames) assert.ok(!loaded.has(f.predicate.toLowerCase()), `${f.predicate} is loaded-adjective's`);
  for (const w of words) assert.ok(!loaded.has(w.phrase.toLowerCase()), `${w.phrase} is loaded-adjective's`);
});
