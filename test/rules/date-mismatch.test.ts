// date-mismatch: weekdays against their dates, impossible dates, and "yesterday (Friday)" against
// the dateline. Bare weekdays ("on Saturday") are never flagged.
import { ruleTester } from './tester';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

ruleTester('date-mismatch', {
  valid: [
    { name: 'day-month order with its weekday', text: 'The hearing is on Tuesday 11 March 2025 in Leeds.' },
    { name: 'month-day order with its weekday', text: 'The hearing is on Tuesday, March 11, 2025, in Leeds.' },
    {
      name: 'yearless dates that agree with one another',
      text: p('The strike runs from Friday 14 March to Monday 17 March.', 'Flights on Saturday 15 March will be hit hardest.'),
    },
    {
      name: "a lone year recalled is not the story's year",
      text: p('They last met in a replay on 16 January 1996.', 'The tie is on Friday, 1 March, at Ewood Park.'),
    },
    { name: 'a kick-off time that lost its colon is not a year', text: 'Blackburn v Burnley, Ewood Park, Tuesday, 1 March 2000 GMT.' },
    { name: 'a right weekday', text: 'The talks resumed on Saturday, December 10, 2016, in Geneva.' },
    { name: 'election day', text: 'Voters went to the polls on Tuesday, Nov. 8, 2016.' },
    { name: 'abbreviated month', text: 'The vote was held on Tuesday, March 1, 2016, across 12 states.' },
    { name: 'day before month', text: 'The summit opened on Thursday 16 June 2016 in Brussels.' },
    { name: 'leap day', text: 'The report was filed on Monday, Feb. 29, 2016.' },
    { name: 'a date without a weekday', text: 'The talks resumed on December 10, 2016, in Geneva.' },
    { name: 'a weekday without a date', text: 'The talks resumed on Saturday in Geneva.' },
    {
      name: 'bare weekdays against a dateline are not flagged',
      text: p('BEIRUT, Dec. 14, 2016 (Reuters) – Fighting resumed on Saturday in Aleppo.', 'On Thursday the army said it had taken the citadel.'),
    },
    {
      name: 'a year taken from the dateline',
      text: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'The talks resumed on Saturday, Dec. 10, in Geneva.'),
    },
    {
      name: 'the nearest year across new year',
      text: p('GENEVA, Jan. 3, 2017 (Reuters) – The talks ended.', 'They had opened on Friday, Dec. 30, with a minute of silence.'),
    },
    { name: 'no year anywhere: not checked', text: 'The talks resumed on Friday, December 10, in Geneva.' },
    {
      name: 'two years in the story: not guessed',
      text: p('The talks began on March 3, 2015.', 'They resumed on Saturday, December 10, 2016, in Geneva, and again on Friday, May 5.'),
    },
    { name: 'yesterday is right', text: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'Rebels withdrew yesterday (Tuesday) from the old city.') },
    { name: 'today is right', text: p('Published: December 14, 2016', 'The council meets today, Wednesday, to vote on the budget.') },
    { name: 'tomorrow is right', text: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'Talks resume tomorrow (Thursday) in Geneva.') },
    { name: 'a relative day without a dateline', text: 'Rebels withdrew yesterday (Tuesday) from the old city.' },
    {
      name: "a speaker's own today, in a quotation",
      text: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', '"We withdrew today, Monday, from the old city," a commander said.'),
    },
    { name: 'May as a modal verb', text: 'Rebels may 5 times a day cross the river, a monitor said, on Friday, December 9, 2016.' },
    { name: 'an ISO date', text: 'The file was dated 2016-12-10 and signed on Saturday, December 10, 2016.' },
    {
      name: 'a place dateline',
      text: p('RIVERTON, March 14, 2024 – The embankment gave way.', 'Speaking on Friday, March 15, the council leader apologised.'),
    },
    { name: 'a right weekday in a heading', format: 'markdown', text: p('# Saturday, December 10, 2016', 'The talks resumed in Geneva.') },
    { name: 'an abbreviated weekday', text: 'The talks resumed on Sat., Dec. 10, 2016, in Geneva.' },
    { name: 'weekday in parentheses, right', text: 'The talks resumed on Saturday (Dec. 10, 2016) in Geneva.' },
    { name: 'a weekday far from a date', text: 'The talks resumed on Friday after the attack of December 10, 2016.' },
    { name: 'the last day of a month', text: 'The deadline is Thursday, June 30, 2016.' },
  ],
  invalid: [
    {
      name: 'the brief: Friday, December 10, 2016',
      text: 'The talks resumed on Friday, December 10, 2016, in Geneva.',
      errors: [{ flagged: 'Friday', message: /^Check the weekday and the date: December 10, 2016 was a Saturday, not a Friday\.$/ }],
      output: 'The talks resumed on Saturday, December 10, 2016, in Geneva.',
    },
    {
      name: 'abbreviated month',
      text: 'Voters went to the polls on Wednesday, Nov. 8, 2016.',
      errors: [{ flagged: 'Wednesday', message: /was a Tuesday/ }],
      output: 'Voters went to the polls on Tuesday, Nov. 8, 2016.',
    },
    {
      name: 'day before month',
      text: 'The summit opened on Friday 16 June 2016 in Brussels.',
      errors: [{ flagged: 'Friday' }],
      output: 'The summit opened on Thursday 16 June 2016 in Brussels.',
    },
    {
      name: 'the year from the dateline, said so',
      text: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'The talks resumed on Friday, Dec. 10, in Geneva.'),
      errors: [{ flagged: 'Friday', message: /taking the year 2016 from the dateline/ }],
      output: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'The talks resumed on Saturday, Dec. 10, in Geneva.'),
    },
    {
      name: "the year from the story's other dates, when a weekday with one of them confirms it",
      text: p('The siege began on Thursday, March 3, 2016.', 'The talks resumed on Friday, December 10, in Geneva.'),
      errors: [{ flagged: 'Friday', message: /taking the year 2016 from the other dates in the story/ }],
    },
    {
      name: 'day-month order, and the year from two dates in the story',
      text: p('The hearing opened on 3 March 2025 and closed on 7 March 2025.', 'Judgment was given on Thursday 12 March, the court said.'),
      errors: [
        {
          flagged: 'Thursday',
          message:
            /^Check the weekday and the date: March 12, 2025 was a Wednesday, not a Thursday \(taking the year 2025 from the other dates in the story\)\.$/,
        },
      ],
      output: p('The hearing opened on 3 March 2025 and closed on 7 March 2025.', 'Judgment was given on Wednesday 12 March, the court said.'),
    },
    {
      name: 'yearless dates against one another: the odd one out',
      text: p(
        'The strike will begin on Thursday 14 March and end on Monday 17 March.',
        'Walkouts on Saturday 15 March and Sunday 16 March will hit flights to Spain.',
      ),
      errors: [
        {
          flagged: 'Thursday',
          related: 'Monday 17 March',
          message:
            /^Check the weekday and the date: the story's other dates \(“Monday 17 March”, “Saturday 15 March”, “Sunday 16 March”\) make 14 March a Friday, not a Thursday\.$/,
        },
      ],
      output: p(
        'The strike will begin on Friday 14 March and end on Monday 17 March.',
        'Walkouts on Saturday 15 March and Sunday 16 March will hit flights to Spain.',
      ),
    },
    {
      name: 'the nearest year across new year',
      text: p('GENEVA, Jan. 3, 2017 (Reuters) – The talks ended.', 'They had opened on Thursday, Dec. 30, with a minute of silence.'),
      errors: [{ flagged: 'Thursday', message: /December 30, 2016 was a Friday/ }],
    },
    {
      name: 'a wrong weekday in the dateline line itself',
      text: p('Published: Friday, December 10, 2016', 'The talks resumed in Geneva.'),
      errors: [{ flagged: 'Friday' }],
      output: p('Published: Saturday, December 10, 2016', 'The talks resumed in Geneva.'),
    },
    {
      name: 'abbreviated weekday keeps its form',
      text: 'The talks resumed on Fri., Dec. 10, 2016, in Geneva.',
      errors: [{ flagged: 'Fri' }],
      output: 'The talks resumed on Sat., Dec. 10, 2016, in Geneva.',
    },
    {
      name: 'weekday with the date in parentheses',
      text: 'The talks resumed on Friday (Dec. 10, 2016) in Geneva.',
      errors: [{ flagged: 'Friday' }],
      output: 'The talks resumed on Saturday (Dec. 10, 2016) in Geneva.',
    },
    {
      name: 'ordinal day',
      text: 'The talks resumed on Friday, December 10th, 2016, in Geneva.',
      errors: [{ flagged: 'Friday' }],
    },
    {
      name: 'the Nth of Month',
      text: 'The talks resumed on Friday the 10th of December 2016 in Geneva.',
      errors: [{ flagged: 'Friday' }],
    },
    {
      name: 'a date that does not exist',
      text: 'The deadline was February 30, 2016.',
      errors: [{ flagged: 'February 30, 2016', message: /February has no day 30 in 2016/ }],
      noFix: true,
    },
    {
      name: 'April 31',
      text: 'The deadline is April 31.',
      errors: [{ flagged: 'April 31', message: /April has no day 31/ }],
    },
    {
      name: 'February 29 in a common year',
      text: 'The report was filed on February 29, 2015.',
      errors: [{ flagged: 'February 29, 2015' }],
    },
    {
      name: 'yesterday against the dateline',
      text: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'Rebels withdrew yesterday (Monday) from the old city.'),
      errors: [
        {
          flagged: 'Monday',
          related: 'Dec. 14, 2016',
          message: /^Check the day: the dateline is Wednesday, December 14, 2016, so “yesterday” is Tuesday, December 13, 2016, not a Monday/,
        },
      ],
      output: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'Rebels withdrew yesterday (Tuesday) from the old city.'),
    },
    {
      name: 'today against a Published line',
      text: p('Published: December 14, 2016', 'The council meets today, Thursday, to vote on the budget.'),
      errors: [{ flagged: 'Thursday', message: /“today” is Wednesday/ }],
      output: p('Published: December 14, 2016', 'The council meets today, Wednesday, to vote on the budget.'),
    },
    {
      name: 'tomorrow against the dateline',
      text: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'Talks resume tomorrow (Friday) in Geneva.'),
      errors: [{ flagged: 'Friday', message: /“tomorrow” is Thursday/ }],
    },
    {
      name: 'weekday before the relative day',
      text: p('BEIRUT, Dec. 14, 2016 (Reuters) – The army advanced.', 'Rebels withdrew on Monday (yesterday) from the old city.'),
      errors: [{ flagged: 'Monday' }],
    },
    {
      name: "a wire dateline without a year takes the story's year",
      text: p('BEIRUT, Dec. 14 (Reuters) – The army advanced on Dec. 12, 2016.', 'Rebels withdrew yesterday (Monday) from the old city.'),
      errors: [{ flagged: 'Monday' }],
    },
    {
      name: 'a place dateline',
      text: p('RIVERTON, March 14, 2024 – The embankment gave way.', 'Speaking on Thursday, March 15, the council leader apologised.'),
      errors: [{ flagged: 'Thursday', message: /March 15, 2024 was a Friday, not a Thursday \(taking the year 2024 from the dateline\)/ }],
      output: p('RIVERTON, March 14, 2024 – The embankment gave way.', 'Speaking on Friday, March 15, the council leader apologised.'),
    },
    {
      name: 'Markdown',
      format: 'markdown',
      text: p('# Talks', 'The talks resumed on **Friday, December 10, 2016**, in Geneva.'),
      errors: [{ flagged: 'Friday' }],
      output: p('# Talks', 'The talks resumed on **Saturday, December 10, 2016**, in Geneva.'),
    },
    {
      name: 'two wrong weekdays',
      text: p('The talks opened on Friday, December 10, 2016.', 'They closed on Monday, December 13, 2016.'),
      errors: [{ flagged: 'Friday' }, { flagged: 'Monday' }],
      output: p('The talks opened on Saturday, December 10, 2016.', 'They closed on Tuesday, December 13, 2016.'),
    },
  ],
});
