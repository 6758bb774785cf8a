// unattributed-quote: a quotation needs a speaker in its sentence or the one beside it, and a
// quotation that continues an attributed one is attributed. The texts are written for this file,
// after the false alarms on British copy in the real-copy evaluation (eval/data/copy).
import { ruleTester } from './tester';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

ruleTester('unattributed-quote', {
  valid: [
    {
      name: 'quotation sentences running on after the attributed one (paragraph breaks lost)',
      text: '"I have cut out the snacks and lost four kilos," said Dana Corrie. "It has taken a lot of discipline over the winter. I am more focused than ever. "My coach can see the difference in every session we run."',
    },
    {
      name: 'a run of closed quotation sentences after the attributed one',
      text: 'Dana Corrie said: "I have cut out the snacks and lost four kilos." "It has taken a lot of discipline over the winter." "My coach can see the difference in every session."',
    },
    {
      name: 'a run whose speaker comes after its first sentences',
      text: 'The club announced the signing on Monday. "We have wanted him for two years. "He brings pace and experience to the back line. "He will start on Saturday," said manager Rob Ellery.',
    },
    {
      name: 'single quotation marks over two sentences before the speaker',
      text: "The council approved the budget on Tuesday. 'We have protected every library in the borough. Nobody will lose a service this year,' said Amanda Price, the council leader.",
    },
    {
      name: 'single quotation marks, British paragraph convention',
      text: "The council approved the budget on Tuesday. Amanda Price said: 'We have protected every library in the borough. 'Nobody will lose a service this year, and the bins will still be collected weekly.'",
    },
    {
      name: 'a quotation after a sentence about the speaker quoted last',
      text: '"I have cut out the snacks and lost four kilos," said Dana Corrie. Despite her win in Oslo, Corrie still regrets missing the final in Paris. "That was heartbreaking, but I had reached the semi-final and that was something."',
    },
    {
      name: 'quotation paragraphs that continue an attributed quotation paragraph',
      text: p(
        'Mayor Dana Whitfield said on Tuesday that she had never promised to cut the tram budget.',
        '"I said I would protect the tram budget, and I have."',
        '"The trams are the future of this city, and every route will stay."',
        '"Nobody will lose a stop while I am mayor."',
      ),
    },
    {
      name: 'apostrophes are not quotation marks',
      text: "Jones' team won in the '90s and didn't lose a home game for two seasons. 'Twas the best team the town had, fans' groups say, and they've said so ever since.",
    },
    {
      name: 'a question quoted before its speaker, then the speaker going on',
      text: '“Is he really so sure the voters will forgive him?” Rowe continued. “Does he think this is the way to win the county?”',
    },
    {
      name: 'a speaker whose verb is not one of saying, with the quotation in the sentence',
      text: 'Hatcher thanked the cast and “a network who gave me a second chance.”',
    },
  ],
  invalid: [
    {
      name: 'a quotation with no speaker anywhere beside it',
      text: p(
        'The council met on Tuesday.',
        'The budget passed by six votes to three after a long debate.',
        '"Nobody will lose a service this year, and the bins will still be collected."',
      ),
      errors: [{ flagged: '"Nobody will lose a service this year, and the bins will still be collected."' }],
    },
    {
      name: 'a single-quoted quotation with no speaker',
      text: p(
        'The council met on Tuesday.',
        'The budget passed by six votes to three after a long debate.',
        "'Nobody will lose a service this year, and the bins will still be collected.'",
      ),
      errors: [{ flagged: "'Nobody will lose a service this year, and the bins will still be collected.'" }],
    },
    {
      name: 'a sentence about someone other than the last speaker does not attribute the quotation',
      text: '"I have cut out the snacks and lost four kilos," said Dana Corrie. The federation has not yet picked its team for the world championships in Tokyo. "That was a heartbreaking day, but we reached the semi-final."',
      errors: [{ flagged: '"That was a heartbreaking day, but we reached the semi-final."' }],
    },
    {
      name: 'a paragraph of narrative between the quotation paragraphs ends the run',
      text: p(
        'Mayor Dana Whitfield said on Tuesday that she had never promised to cut the tram budget.',
        '"I said I would protect the tram budget, and I have."',
        'The council meets again next month to set the fares for the coming year.',
        '"Nobody will lose a stop while the trams keep running."',
      ),
      errors: [{ flagged: '"Nobody will lose a stop while the trams keep running."' }],
    },
  ],
});
