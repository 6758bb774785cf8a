// inconsistent-name (a name spelled two ways) and name-first-reference (a surname before the full name).
import { ruleTester } from './tester';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

ruleTester('inconsistent-name', {
  valid: [
    { name: 'one spelling throughout', text: p('Rami Abdel Rahman heads the Observatory.', 'Abdel Rahman told AFP the city had fallen.') },
    { name: 'plural family name', text: p('Hillary Clinton spoke in Iowa on Monday.', 'The Clintons left for New York on Tuesday.') },
    { name: 'possessive', text: p('Hillary Clinton spoke in Iowa on Monday.', "Clinton's aides said she was tired.") },
    { name: 'Bush and Busch are two names', text: p('Jeb Bush spoke at the rally.', 'The rally was held at the Busch stadium.') },
    { name: 'one letter apart without a shared first name', text: p('Ben Carson spoke at the rally.', 'The rally was organised by Tom Larson.') },
    { name: 'two people with variant first names and different surnames', text: p('Brian Smith chairs the committee.', 'Bryan Jones, a member of the committee, disagreed.') },
    { name: 'Hassan Rouhani and Hasan Ali', text: p('Hassan Rouhani met the delegation.', 'Hasan Ali led the delegation.') },
    { name: 'a case-only difference at a sentence start', text: p('The group is led by Abu Bakr al-Baghdadi.', 'Al-Baghdadi has not been seen since.') },
    { name: 'al-Qaeda and Al Qaeda (house style, not a misspelling)', text: p('The attack was claimed by al-Qaeda.', 'Al Qaeda has claimed such attacks before.') },
    { name: 'straight and curly apostrophes', text: p("Commissioner James O'Neill spoke first.", 'O’Neill said the device was found at 8 p.m.') },
    { name: 'short names are not compared', text: p('Jack Reed chairs the panel.', 'Harry Reid spoke after him.') },
    { name: 'Reed and Reid alone', text: p('Reed spoke first.', 'Reid spoke after him.') },
    { name: 'acronyms are not names', text: p('The ISIS fighters advanced.', 'The ISSI report was published.') },
    { name: 'months and weekdays', text: p('The talks began in March.', 'They ended in Marchh, according to the draft.') },
    { name: 'a name in a heading is not copy', format: 'markdown', text: p('# Rahal speaks', 'Retired General Ahmad Rahhal said the regime had other priorities.') },
    { name: 'Carson and Carlson, two people', text: p('Ben Carson spoke at the rally.', 'Tucker Carlson interviewed him afterwards.') },
    { name: 'Martin and Morton, two first names', text: p('Martin Smith spoke first.', 'Morton Jones spoke second.') },
    { name: 'different surnames with the same first name', text: p('Maria Okonkwo leads the council.', 'Maria Lopez leads the opposition.') },
    { name: 'words of the language are not compared', text: p('Long queues formed in the morning.', 'Longg queues is a typo for another rule.') },
    { name: 'Johnson and Johnston, without a shared first name', text: p('Gary Johnson is the Libertarian candidate.', 'The debate was moderated by Mark Johnston.') },
    { name: 'the same name in a quotation', text: p('Rami Abdel Rahman heads the Observatory.', '"Abdel Rahman is a careful man," a colleague said.') },
  ],
  invalid: [
    {
      name: 'the brief: Abdel Rahman / Abdulrahman',
      text: p('Rami Abdel Rahman heads the Syrian Observatory for Human Rights.', 'Abdulrahman told AFP that many civilians were trapped.'),
      errors: [{ flagged: 'Abdulrahman', related: 'Abdel Rahman', message: /“Abdulrahman” is spelled “Abdel Rahman” earlier in the story/ }],
      output: p('Rami Abdel Rahman heads the Syrian Observatory for Human Rights.', 'Abdel Rahman told AFP that many civilians were trapped.'),
    },
    {
      name: 'the brief: Rahhal / Rahal',
      text: p('Retired General Ahmad Rahhal said the regime had other priorities.', 'Rahal added that the opposition was the target.'),
      errors: [{ flagged: 'Rahal', related: 'Rahhal' }],
      output: p('Retired General Ahmad Rahhal said the regime had other priorities.', 'Rahhal added that the opposition was the target.'),
    },
    {
      name: 'Abdul Rahman / Abdel Rahman',
      text: p('Rami Abdel Rahman heads the Observatory.', 'Abdul Rahman said the city had fallen.'),
      errors: [{ flagged: 'Abdul Rahman', related: 'Abdel Rahman' }],
      output: p('Rami Abdel Rahman heads the Observatory.', 'Abdel Rahman said the city had fallen.'),
    },
    {
      name: 'Hillary / Hilary',
      text: p('Hillary Clinton spoke in Iowa.', 'Hilary Clinton then flew to New Hampshire.'),
      errors: [{ flagged: 'Hilary Clinton', related: 'Hillary Clinton' }],
      output: p('Hillary Clinton spoke in Iowa.', 'Hillary Clinton then flew to New Hampshire.'),
    },
    {
      name: 'Labott / Labbot (PolNeAR)',
      text: p('The email was sent to CNN reporter Elise Labott.', 'Labbot later apologised for the tweet.'),
      errors: [{ flagged: 'Labbot', related: 'Labott' }],
    },
    {
      name: 'Brazile / Brazille (PolNeAR)',
      text: p('Donna Brazile will lead the party until the election.', 'Brazille said she would unite the party.'),
      errors: [{ flagged: 'Brazille', related: 'Brazile' }],
    },
    {
      name: 'diacritics: Díaz / Diaz',
      text: p('The novelist Junot Díaz spoke at the event.', 'Diaz said he would return next year.'),
      errors: [{ flagged: 'Diaz', related: 'Díaz' }],
      output: p('The novelist Junot Díaz spoke at the event.', 'Díaz said he would return next year.'),
    },
    {
      name: 'diacritics in a place name',
      text: p('The prison at Guantanamo holds 91 detainees.', 'Closing Guantánamo has been a goal since 2009.'),
      errors: [{ flagged: 'Guantánamo', related: 'Guantanamo' }],
    },
    {
      name: 'ph / f',
      text: p('Stephen Rahman, the mayor, opened the session.', 'Stefen Rahman closed it.'),
      errors: [{ flagged: 'Stefen Rahman', related: 'Stephen Rahman' }],
    },
    {
      name: 'ou / u and y / i: Yousef / Yusef',
      text: p('Yousef Ali runs the clinic.', 'Yusef Ali said it had no power.'),
      errors: [{ flagged: 'Yusef Ali', related: 'Yousef Ali' }],
    },
    {
      name: 'q / k',
      text: p('The Qasimi family owns the land.', 'The Kasimi family declined to comment.'),
      errors: [{ flagged: 'Kasimi', related: 'Qasimi' }],
    },
    {
      name: 'spaces and hyphens: Abdel-Jalil / Abdeljalil',
      text: p('Abdul-Jalil Saeed studies Islamic movements.', 'Abduljalil Saeed said the group was adapting.'),
      errors: [{ flagged: 'Abduljalil Saeed', related: 'Abdul-Jalil Saeed' }],
    },
    {
      name: 'every later misspelling is flagged',
      text: p('Ahmad Rahhal is a retired general.', 'Rahal said the regime had other priorities.', 'Rahal added that the opposition was the target.'),
      errors: [{ flagged: 'Rahal', related: 'Rahhal' }, { flagged: 'Rahal', occurrence: 1, related: 'Rahhal' }],
    },
    {
      name: 'the same first name, a surname one letter off',
      text: p('Council leader Maria Okonkwo said the breach was no surprise.', 'Maria Okonkwa has led the council since 2021.'),
      errors: [{ flagged: 'Okonkwa', related: 'Okonkwo', message: /“Maria Okonkwa” is spelled “Maria Okonkwo”/ }],
      output: p('Council leader Maria Okonkwo said the breach was no surprise.', 'Maria Okonkwo has led the council since 2021.'),
    },
    {
      name: 'and its later bare uses',
      text: p('Maria Okonkwo leads the council.', 'Maria Okonkwa said the bill was too high.', 'Okonkwa added that the council would pay.'),
      errors: [{ flagged: 'Okonkwa', related: 'Okonkwo' }, { flagged: 'Okonkwa', occurrence: 1, related: 'Okonkwo' }],
    },
    {
      name: 'swapped letters',
      text: p('Angela Correy is the state attorney.', 'Angela Corery said the gun would be returned.'),
      errors: [{ flagged: 'Corery', related: 'Correy' }],
    },
    {
      name: 'a missing letter with the same first name',
      text: p('Glenn Kessler writes the column.', 'Glenn Kesler said the claim was false.'),
      errors: [{ flagged: 'Glenn Kesler', related: 'Glenn Kessler' }],
    },
    {
      name: 'possessive variant',
      text: p('Rami Abdel Rahman heads the Observatory.', "Abdulrahman's group counts the dead."),
      errors: [{ flagged: 'Abdulrahman', related: 'Abdel Rahman' }],
      output: p('Rami Abdel Rahman heads the Observatory.', "Abdel Rahman's group counts the dead."),
    },
    {
      name: 'Markdown',
      format: 'markdown',
      text: p('# Palmyra', 'Retired General *Ahmad Rahhal* said the regime had other priorities.', 'Rahal added that the opposition was the target.'),
      errors: [{ flagged: 'Rahal', related: 'Rahhal' }],
    },
    {
      name: 'in a quotation too',
      text: p('Rami Abdel Rahman heads the Observatory.', '"Abdulrahman is a careful man," a colleague said.'),
      errors: [{ flagged: 'Abdulrahman', related: 'Abdel Rahman' }],
    },
  ],
});

ruleTester('name-first-reference', {
  valid: [
    { name: 'full name first', text: p('Rami Abdel Rahman heads the Observatory.', 'Abdel Rahman said the city had fallen.') },
    { name: 'a title identifies', text: p('Mr. Rahman said the city had fallen.', 'Rami Rahman heads the Observatory.') },
    { name: 'two people with one surname', text: p('Clinton said the plan would work.', 'Bill Clinton and Hillary Clinton arrived later.') },
    { name: 'a suffix makes another person', text: p('Trump spoke first.', 'Donald Trump Jr. spoke second.', 'Donald Trump spoke last.') },
    { name: 'an attributive use', text: p('The Obama administration announced the plan.', 'Barack Obama signed it on Friday.') },
    { name: 'a one-line headline', text: p('Rahman warns of trapped civilians.', 'Rami Abdel Rahman heads the Observatory.') },
    { name: 'organisations are not people', text: p('The Observatory said the city had fallen.', 'The Syrian Observatory counts the dead.') },
    { name: 'no full name at all', text: p('Rahman said the city had fallen. He spoke by phone.', 'Rahman added that he was safe.') },
  ],
  invalid: [
    {
      name: 'surname before the full name',
      text: p('The city has fallen. Rahman said so on Saturday.', 'Rami Rahman heads the Syrian Observatory for Human Rights.'),
      errors: [{ flagged: 'Rahman', related: 'Rami Rahman', message: /“Rahman” appears before the story gives the full name, “Rami Rahman”/ }],
      output: p('The city has fallen. Rami Rahman said so on Saturday.', 'Rami Rahman heads the Syrian Observatory for Human Rights.'),
    },
    {
      name: 'only the first bare use is flagged',
      text: p('The city has fallen. Okonkwo said so on Saturday.', 'Okonkwo added that help was coming.', 'Maria Okonkwo leads the council.'),
      errors: [{ flagged: 'Okonkwo', related: 'Maria Okonkwo' }],
    },
  ],
});
