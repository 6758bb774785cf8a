// inconsistent-name (a name spelled two ways) and name-first-reference (a surname before the full name).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transliterationVariants } from '../../server/src/rules/inconsistent-name';
import words from '../../server/src/rules/inconsistent-name.words.json';
import { ruleTester } from './tester';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

ruleTester('inconsistent-name', {
  valid: [
    {
      name: 'two people one letter apart, each with a first name of their own: Kristen Hutchison and Tom Hutchinson',
      text: p('Kristen Hutchison chairs the board.', 'Tom Hutchinson, a board member, disagreed.'),
    },
    { name: 'two short surnames one letter apart, not swapped: Horan and Horgan', text: p('Marcus Horan came on at half-time.', 'Horgan scored twice.') },
    {
      name: 'a title is not a name: the Board of Aldermen … Alderman Keith Morrow',
      text: p('The Board of Aldermen voted 19-9 on Tuesday to fund the stadium.', 'Alderman Keith Morrow said he had voted against the plan.'),
    },
    { name: 'Jon Smith and John Smith, two people', text: p('Jon Smith chairs the committee.', 'John Smith, its treasurer, disagreed.') },
    {
      name: 'a nationality noun is not a name: the 22-year-old Scot',
      text: p('Allan Scott is confident of a medal.', 'The 22-year-old Scot finished fourth in the hurdles.'),
    },
    {
      name: 'a short word one doubled letter apart with no partner in common: Standard Life / Liffe',
      text: p('Standard Life is the latest shareholder to object.', 'The bid covers the derivatives market Liffe.'),
    },
    {
      name: 'a line-up lists different players: Dawson and Dowson in one squad',
      text: p('Coach Tom Reilly recalled Matt Dawson.', 'Backs: Wilkinson, Dawson, Ellis, Gomarsall.', 'Forwards: Dowson, Haughton, Monye, Roques.'),
    },
    {
      name: 'a line-up surname against a first name: Richie Byrne and Ritchie',
      text: p("Richie Byrne's header gave the visitors hope.", 'Aberdeen: Bullock, Duff, Wilson, Ritchie, Archibald, Kerr.'),
    },
    {
      name: 'a compound hyphenated with a capital: Euro-Sceptic / Eurosceptic',
      text: p('The Eurosceptic wing is growing.', 'A Euro-Sceptic Kilroy-Silk has founded a party.'),
    },
    {
      name: 'names after a list dash keep their first names: Kristen Anderson and David Andersen',
      text: p('-Kristen Anderson dissects the Iowa outcome.', '-David Andersen provides evidence on the general election.'),
    },
    {
      name: 'a short form first used for another body: Yale Law School … Law School … Stanford Law School',
      text: p('She studied at Yale Law School.', 'The Law School said she graduated in 2004.', 'She later taught at Stanford Law School.'),
    },
    {
      name: 'two committees of two chambers',
      text: p('The Senate Intelligence Committee met on Monday.', 'The House Intelligence Committee met on Tuesday.'),
    },
    {
      name: 'a full name given first, then the short form',
      text: p('Scottish Borders Council commissioned the study.', 'Borders Council said the economy had suffered.'),
    },
    { name: 'one spelling throughout', text: p('Rami Abdel Rahman heads the Observatory.', 'Abdel Rahman told AFP the city had fallen.') },
    { name: 'plural family name', text: p('Hillary Clinton spoke in Iowa on Monday.', 'The Clintons left for New York on Tuesday.') },
    { name: 'possessive', text: p('Hillary Clinton spoke in Iowa on Monday.', "Clinton's aides said she was tired.") },
    { name: 'Bush and Busch are two names', text: p('Jeb Bush spoke at the rally.', 'The rally was held at the Busch stadium.') },
    { name: 'one letter apart without a shared first name', text: p('Ben Carson spoke at the rally.', 'The rally was organised by Tom Larson.') },
    {
      name: 'two people with variant first names and different surnames',
      text: p('Brian Smith chairs the committee.', 'Bryan Jones, a member of the committee, disagreed.'),
    },
    { name: 'Hassan Rouhani and Hasan Ali', text: p('Hassan Rouhani met the delegation.', 'Hasan Ali led the delegation.') },
    { name: 'a case-only difference at a sentence start', text: p('The group is led by Abu Bakr al-Baghdadi.', 'Al-Baghdadi has not been seen since.') },
    {
      name: 'al-Qaeda and Al Qaeda (house style, not a misspelling)',
      text: p('The attack was claimed by al-Qaeda.', 'Al Qaeda has claimed such attacks before.'),
    },
    { name: 'straight and curly apostrophes', text: p("Commissioner James O'Neill spoke first.", 'O’Neill said the device was found at 8 p.m.') },
    { name: 'short names are not compared', text: p('Jack Reed chairs the panel.', 'Harry Reid spoke after him.') },
    { name: 'Reed and Reid alone', text: p('Reed spoke first.', 'Reid spoke after him.') },
    { name: 'acronyms are not names', text: p('The ISIS fighters advanced.', 'The ISSI report was published.') },
    { name: 'months and weekdays', text: p('The talks began in March.', 'They ended in Marchh, according to the draft.') },
    {
      name: 'a name in a heading is not copy',
      format: 'markdown',
      text: p('# Rahal speaks', 'Retired General Ahmad Rahhal said the regime had other priorities.'),
    },
    { name: 'Carson and Carlson, two people', text: p('Ben Carson spoke at the rally.', 'Tucker Carlson interviewed him afterwards.') },
    { name: 'Martin and Morton, two first names', text: p('Martin Smith spoke first.', 'Morton Jones spoke second.') },
    {
      name: 'two relatives: different first names, one surname',
      text: p('Daniel Pryce, 41, admitted fraud.', 'His mother, Carol Pryce, 66, was cleared.', "Daniel Pryce's barrister said his client was ashamed."),
    },
    {
      name: 'a brother and sister at one firm',
      text: p('Chief executive Helen Kirkby said the company would open 15 stores.', 'Her brother, finance director Mark Kirkby, said profit would rise.'),
    },
    { name: 'a bare surname the lexicon knows is another person', text: p('Ben Carson spoke first.', 'Larson said the plan was sound.') },
    { name: 'different surnames with the same first name', text: p('Maria Okonkwo leads the council.', 'Maria Lopez leads the opposition.') },
    { name: 'words of the language are not compared', text: p('Long queues formed in the morning.', 'Longg queues is a typo for another rule.') },
    {
      name: 'Johnson and Johnston, without a shared first name',
      text: p('Gary Johnson is the Libertarian candidate.', 'The debate was moderated by Mark Johnston.'),
    },
    { name: 'the same name in a quotation', text: p('Rami Abdel Rahman heads the Observatory.', '"Abdel Rahman is a careful man," a colleague said.') },
  ],
  invalid: [
    {
      name: 'a product name misspelt once: Sativex … Satifex',
      text: p('GW Pharmaceuticals makes Sativex, a cannabis spray.', 'Sativex is sold in Canada.', 'Satifex consists of a cannabis extract.'),
      errors: [{ flagged: 'Satifex', related: 'Sativex', message: /“Satifex” is spelled “Sativex” earlier in the story/ }],
      output: p('GW Pharmaceuticals makes Sativex, a cannabis spray.', 'Sativex is sold in Canada.', 'Sativex consists of a cannabis extract.'),
    },
    {
      name: 'two letters swapped in a surname used alone: Gary Byrne … Bryne',
      text: p('Gary Byrne, a former agent, wrote the book.', 'Bryne went on to say that the detail was a punishment.'),
      errors: [{ flagged: 'Bryne', related: 'Byrne' }],
    },
    {
      name: 'two letters swapped in a first name, the same surname: Abdulhadi Yildirim … Adbulhadi Yildirim',
      text: p('The company was owned by Abdulhadi Yildirim.', 'Records show a firm owned by Adbulhadi Yildirim sold the lot.'),
      errors: [{ flagged: 'Adbulhadi', related: 'Abdulhadi' }],
    },
    {
      name: 'an organisation named by a short form, then its full name: Borders Council … Scottish Borders Council',
      text: p('In 2000, Borders Council said the economy had suffered.', 'The study was commissioned by Scottish Borders Council.'),
      errors: [
        {
          flagged: 'Scottish Borders Council',
          related: 'Borders Council',
          message: /“Scottish Borders Council” is called “Borders Council” earlier in the story; give the full name at the first reference/,
        },
      ],
    },
    {
      name: 'a slip of a player named in full is still one in a line-up: Gabriel Heintze … Heinze',
      text: p('Gabriel Heintze played the striker onside.', 'United: Carroll, Neville, Brown, Ferdinand, Heinze, Ronaldo.'),
      errors: [{ flagged: 'Heinze', related: 'Heintze' }],
    },
    {
      name: 'a short surname one doubled letter apart with the first name in common: Kofi Annan / Kofi Anan',
      text: p('The deal was brokered by Kofi Annan.', 'Kofi Anan said the talks would resume in Geneva.'),
      errors: [{ flagged: 'Kofi Anan', related: 'Kofi Annan' }],
    },
    {
      name: 'a first name in another language with the same surname: Grzegorz / Gregory',
      text: p("The site's owner, Grzegorz Wójcik, said all 35 staff had been accounted for.", 'Gregory Wojcik said the company would rebuild.'),
      errors: [
        {
          flagged: 'Gregory Wojcik',
          related: 'Grzegorz Wójcik',
          message: /“Gregory Wojcik” is written “Grzegorz Wójcik” earlier in the story \(one first name in two forms\)/,
        },
      ],
      output: p("The site's owner, Grzegorz Wójcik, said all 35 staff had been accounted for.", 'Grzegorz Wojcik said the company would rebuild.'),
    },
    {
      name: 'a first name in two spellings: Steven / Stephen',
      text: p("The company's director, Steven Marsh, was given a suspended sentence.", 'Stephen Marsh declined to comment.'),
      errors: [{ flagged: 'Stephen Marsh', related: 'Steven Marsh' }],
      output: p("The company's director, Steven Marsh, was given a suspended sentence.", 'Steven Marsh declined to comment.'),
    },
    {
      name: "a surname alone one letter from the full name's, and no name of its own: Kipchoge / Kipchogue",
      text: p('Eliud Kipchoge, the two-time Olympic champion, will not race this year.', "Kipchogue's absence leaves the men's race open."),
      errors: [{ flagged: 'Kipchogue', related: 'Kipchoge' }],
      output: p('Eliud Kipchoge, the two-time Olympic champion, will not race this year.', "Kipchoge's absence leaves the men's race open."),
    },
    {
      name: 'a role word before the first name: Guard Chidi Okonkwo … Chidi Okonkow',
      text: p('Guard Chidi Okonkwo scored 32 points.', 'Chidi Okonkow joined the Lions in the summer.'),
      errors: [{ flagged: 'Okonkow', related: 'Okonkwo' }],
      output: p('Guard Chidi Okonkwo scored 32 points.', 'Chidi Okonkwo joined the Lions in the summer.'),
    },
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
      errors: [
        { flagged: 'Rahal', related: 'Rahhal' },
        { flagged: 'Rahal', occurrence: 1, related: 'Rahhal' },
      ],
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
      errors: [
        { flagged: 'Okonkwa', related: 'Okonkwo' },
        { flagged: 'Okonkwa', occurrence: 1, related: 'Okonkwo' },
      ],
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
    { name: 'a headline line', text: p('Okonkwo warns of more floods', 'Maria Okonkwo leads the council.') },
    { name: 'in a quotation', text: p('The city has fallen. "Rahman is right," a colleague said.', 'Rami Rahman heads the Observatory.') },
    { name: 'a possessive full name first', text: p("Rami Rahman's group counts the dead.", 'Rahman said the city had fallen.') },
    { name: 'the full name in the same sentence first', text: p('Rami Rahman, who heads the Observatory, spoke. Rahman said the city had fallen.') },
    { name: 'General before the surname', text: p('The city has fallen, Gen. Rahhal said on Saturday.', 'Ahmad Rahhal retired in 2012.') },
    { name: 'Dr. before the surname', text: p('The clinic is full, Dr. Ali said on Saturday.', 'Yousef Ali runs the clinic.') },
    { name: 'Ms. before the surname', text: p('The bill is too high, Ms. Okonkwo said on Saturday.', 'Maria Okonkwo leads the council.') },
    { name: 'the Trump campaign', text: p('The Trump campaign declined to comment on Saturday.', 'Donald Trump spoke in Ohio.') },
    { name: 'the Clinton foundation', text: p('The Clinton foundation declined to comment on Saturday.', 'Hillary Clinton spoke in Ohio.') },
    { name: 'a place, not a person', text: p('Floods hit Riverton on Saturday.', 'The town of New Riverton was spared.') },
    { name: 'an organisation head word', text: p('The Council met on Saturday.', 'The Riverton Council met again on Monday.') },
    { name: 'a Jr. later', text: p('The city has fallen. Smith said so on Saturday.', 'John Smith Jr. heads the Observatory.') },
    { name: 'two first names for one surname', text: p('The city has fallen. Smith said so on Saturday.', 'John Smith and Mary Smith run the Observatory.') },
    { name: 'only full names', text: p('Rami Rahman heads the Observatory.', 'Rami Rahman said the city had fallen.') },
    {
      name: 'a deck line after the headline',
      format: 'markdown',
      text: p('# Floods', 'Okonkwo apologises for the breach.', 'Maria Okonkwo leads the council. She spoke on Saturday.'),
    },
    {
      name: 'a two-word surname alone is not recognised (a limit)',
      text: p('The siege goes on. Abdel Rahman said so by phone on Saturday.', 'Rami Abdel Rahman heads the Observatory.'),
    },
    { name: 'a one-sentence first paragraph reads as a dek', text: p('The city has fallen, Rahman said on Saturday.', 'Rami Rahman heads the Observatory.') },
    { name: 'Markdown heading', format: 'markdown', text: p('# Rahman speaks', 'Rami Rahman heads the Observatory. He spoke on Saturday.') },
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
    {
      name: 'a surname in the second paragraph',
      text: p(
        'The flood came at night. The council met at dawn.',
        'Okonkwo said the council would pay. She spoke for an hour.',
        'Maria Okonkwo has led the council since 2021.',
      ),
      errors: [{ flagged: 'Okonkwo', related: 'Maria Okonkwo' }],
    },
    {
      name: 'a possessive surname first',
      text: p("The flood came at night. Okonkwo's office said so on Saturday.", 'Maria Okonkwo leads the council.'),
      errors: [{ flagged: 'Okonkwo', related: 'Maria Okonkwo' }],
    },
    {
      name: 'after a comma',
      text: p('The siege goes on. The city has fallen, Rahman said on Saturday.', 'Rami Rahman heads the Observatory.'),
      errors: [{ flagged: 'Rahman', related: 'Rami Rahman' }],
    },
    {
      name: 'in the middle of a sentence',
      text: p('The flood came at night. On Saturday the council and Okonkwo met the engineers.', 'Maria Okonkwo leads the council.'),
      errors: [{ flagged: 'Okonkwo', related: 'Maria Okonkwo' }],
    },
    {
      name: 'Markdown',
      format: 'markdown',
      text: p('# Floods', 'The flood came at night. *Okonkwo* said the council would pay.', 'Maria Okonkwo leads the council.'),
      errors: [{ flagged: 'Okonkwo', related: 'Maria Okonkwo' }],
    },
    {
      name: 'a full name of three words',
      text: p('The city has fallen. Saeed said so on Saturday.', 'Abdul-Jalil Saeed studies Islamic movements.'),
      errors: [{ flagged: 'Saeed', related: 'Abdul-Jalil Saeed' }],
    },
    {
      name: 'two people, each flagged once',
      text: p('The city has fallen. Rahman and Saeed said so on Saturday.', 'Rami Rahman heads the Observatory. Abdul-Jalil Saeed studies Islamic movements.'),
      errors: [
        { flagged: 'Rahman', related: 'Rami Rahman' },
        { flagged: 'Saeed', related: 'Abdul-Jalil Saeed' },
      ],
    },
    {
      name: 'the surname again after the full name is fine',
      text: p('The city has fallen. Rahman said so on Saturday.', 'Rami Rahman heads the Observatory.', 'Rahman added that he was safe.'),
      errors: [{ flagged: 'Rahman', related: 'Rami Rahman' }],
    },
    {
      name: 'after an anonymous source',
      text: p('The dam broke, officials said. Okonkwo blamed the budget.', 'Maria Okonkwo leads the council.'),
      errors: [{ flagged: 'Okonkwo', related: 'Maria Okonkwo' }],
    },
    {
      name: 'a first name the lexicon knows',
      text: p('The race is close. Johnson said so on Saturday.', 'Gary Johnson is the Libertarian candidate.'),
      errors: [{ flagged: 'Johnson', related: 'Gary Johnson' }],
    },
    {
      name: 'a surname before a verb of saying',
      text: p('The vote is close. Kessler wrote that the claim was false.', 'Glenn Kessler writes the column.'),
      errors: [{ flagged: 'Kessler', related: 'Glenn Kessler' }],
    },
    {
      name: 'a list of surnames',
      text: p('The debate was tense. Carson, Cruz and Kasich spoke first.', 'Ben Carson left early.'),
      errors: [{ flagged: 'Carson', related: 'Ben Carson' }],
    },
    {
      name: 'a quoted speaker named after the quote',
      text: p('The flood came at night. "We are ready," Okonkwo said on Saturday.', 'Maria Okonkwo leads the council.'),
      errors: [{ flagged: 'Okonkwo', related: 'Maria Okonkwo' }],
    },
  ],
});

// Transliteration variants and possessive slips (issue 18).
ruleTester('inconsistent-name', {
  valid: [
    { name: 'Hassan and Hussein are two names', text: p('Hassan Ali spoke first.', 'Then Hussein Ali, his cousin, spoke.') },
    { name: 'Eric and Erica Garner are two people', text: p('Erica Garner, the daughter of Eric Garner, spoke at the rally.', 'Eric Garner died in 2014.') },
    { name: 'a country and its people', text: p('The Pakistani government protested.', 'Pakistan recalled its ambassador.') },
    { name: "Mr Jones's, spelled right", text: p('Bethan Jones leads the council.', "Ms Jones's deputy voted against.") },
    {
      name: 'a company named with a possessive',
      text: p('Conservative Solutions PAC raised $5 million.', 'Poultry magnate Ronald Cameron was Conservative Solution’s top donor.'),
    },
  ],
  invalid: [
    {
      name: 'Mohammed / Muhammad',
      text: p('Muhammad Aziz, 24, appeared at Leicester Crown Court.', 'Prosecutors said Mohammed Aziz waited outside the club.'),
      errors: [
        {
          flagged: 'Mohammed Aziz',
          related: 'Muhammad Aziz',
          message:
            /^Check the name and spell it one way: “Mohammed Aziz” is spelled “Muhammad Aziz” earlier in the story \(the same name, transliterated two ways\)\.$/,
        },
      ],
      output: p('Muhammad Aziz, 24, appeared at Leicester Crown Court.', 'Prosecutors said Muhammad Aziz waited outside the club.'),
    },
    {
      name: 'Aleksandr / Alexander, ks / x',
      text: p('The court sentenced Aleksandr Petrov to six years.', 'Alexander Petrov will appeal, his lawyer said.'),
      errors: [{ flagged: 'Alexander Petrov', related: 'Aleksandr Petrov' }],
    },
    {
      name: 'Yevgeny / Evgeny',
      text: p('His lawyer, Yevgeny Smirnov, said he would appeal.', '"The verdict was written before the trial," Evgeny Smirnov said.'),
      errors: [{ flagged: 'Evgeny Smirnov', related: 'Yevgeny Smirnov' }],
    },
    {
      name: 'Youssef / Yusuf, ou / u',
      text: p('Newcastle agreed a fee for the striker Youssef Benali.', "Yusuf Benali would be the club's most expensive signing."),
      errors: [{ flagged: 'Yusuf Benali', related: 'Youssef Benali' }],
    },
    {
      name: "the possessive slip: Mr Jone's for Mr Jones's",
      text: p('The council leader, Bethan Jones, proposed the cuts.', "The budget passed after Ms Jone's amendment was accepted."),
      errors: [{ flagged: "Jone's", message: /^Check the possessive: “Jone's” makes the name “Jone”; the story spells it “Jones” \(“Jones's”\)\.$/ }],
      output: p('The council leader, Bethan Jones, proposed the cuts.', "The budget passed after Ms Jones's amendment was accepted."),
    },
    {
      name: "one s too many: Dr Nwosus's for Dr Nwosu's",
      text: p('Dr Adaeze Nwosu chairs the emergency medicine group.', "Dr Nwosus's warning came as the minister spoke."),
      errors: [{ flagged: "Nwosus's" }],
      output: p('Dr Adaeze Nwosu chairs the emergency medicine group.', "Dr Nwosu's warning came as the minister spoke."),
    },
  ],
});

test('transliterationVariants takes every real variant pair in the data as one name, and keeps the distinct pairs apart', () => {
  assert.deepEqual(
    words.variants.filter((v) => !transliterationVariants(v.a, v.b)).map((v) => `${v.a} / ${v.b}`),
    [],
    'variant pairs taken as two names',
  );
  assert.deepEqual(
    words.distinct.filter((v) => transliterationVariants(v.a, v.b)).map((v) => `${v.a} / ${v.b}`),
    [],
    'distinct pairs taken as one name',
  );
  assert.ok(words.variants.length >= 15 && words.variants.every((v) => v.example.length > 5 && v.source.length > 0));
});

test('inconsistent-name: every pair of first-name forms has a real example', () => {
  assert.ok(words.firstNameForms.length >= 10 && words.firstNameForms.every((v) => v.example.includes(v.a) || v.example.includes(v.b)));
});
