// inconsistent-figure: the same quantity stated two ways. Paragraphs are separated by blank lines
// (two figures in one paragraph are a comparison, never flagged).
import { ruleTester } from './tester';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

ruleTester('inconsistent-figure', {
  valid: [
    // Issue 18, fifth round (stories 93–112): forms reporters write.
    {
      name: 'a length in miles and the same in kilometres',
      text: p('A 12-mile (19km) stretch of the A9 will close for six weeks.', 'The minister said the 19km stretch was among the most dangerous on the road.'),
    },
    {
      name: 'two races of one noun, and a third length',
      text: p('She won the 10km race in Leeds on Sunday.', 'Last month she ran the 42km race in London.', 'In May she will run a 5km race in York.'),
    },
    {
      name: 'a majority the votes make',
      text: p('Helen Pryce won 54,208 votes to Dan Norris’s 53,940 after a recount.', 'Pryce, a former councillor, won with a majority of 268.'),
    },
    {
      name: 'a majority in another year',
      text: p('Helen Pryce won 54,208 votes to Dan Norris’s 53,940 after a recount.', 'In 2021 Norris won the seat with a majority of 1,200.'),
    },
    {
      name: 'seats that make fewer than the council has (elected by thirds)',
      text: p('Labour won 9 seats, the Conservatives 6 and independents 2, the council said.', 'A party needs 25 seats for a majority on the 48-seat council.'),
    },
    {
      name: 'a result and the same result taken up',
      text: p('Manchester Thunder won the grand final on Sunday, beating London Pulse 61-58.', 'Thunder’s 61-58 victory means they have won five titles.'),
    },
    {
      name: 'another side’s result in another match',
      text: p(
        'Barcelona fell to a 2-0 defeat at home to Atletico Madrid on Sunday.',
        'The defeat, coupled with Real Madrid’s 4-0 win over Espanyol on Saturday, reduces their lead.',
      ),
    },
    {
      name: 'a year of birth that fits the age',
      text: p('Margaret Ellis has died aged 78, her family said on 14 January 2026.', 'Born in 1947 in King’s Lynn, she joined the record office in 1966.'),
    },
    {
      name: 'a year of birth in a story that ages two people',
      text: p(
        'Margaret Ellis, 83, and her sister Joan, 79, opened the archive on 14 January 2026.',
        'Born in 1947 in King’s Lynn, Joan joined the record office in 1966.',
      ),
    },
    {
      name: 'a length that the dates make',
      text: p('The eruption began on 3 March and ended on 19 March, the office said.', 'The 16-day eruption cost the state about 2 billion kronur.'),
    },
    {
      name: 'a place said of another competitor',
      text: p(
        'Ffion Pritchard finished third in the road race on Saturday.',
        'Lotte Kopecky of Belgium was fourth.',
        'Kopecky’s fourth-place finish ended her run of titles.',
      ),
    },
    {
      name: 'a place in last year’s race',
      text: p('Ffion Pritchard finished third in the road race on Saturday.', 'Pritchard’s 41st-place finish last year had been a disappointment.'),
    },
    {
      name: 'the day a toll was given against a toll in another month',
      text: p(
        'The French interior minister said early Friday that 80 people were killed in Nice.',
        'In March, attackers killed 32 people in suicide bombings at the Brussels airport.',
      ),
    },
    // Issue 18, fourth round: what a figure measures.
    { name: 'a rate against a capacity', text: p('The clinic saw 140 patients a day in May.', 'The clinic was built for 90 patients a day.') },
    {
      name: 'parts that make their total',
      text: p('The flood damaged 120 homes in Alton, 85 in Binsted and 40 in Holt.', 'The council said the 245 homes damaged were mostly uninsured.'),
    },
    { name: 'an age the story gave', text: p('Sarah Cole, 34, of Leeds, denied the charge.', 'The 34-year-old was remanded in custody.') },
    { name: 'an age introduced with "a"', text: p('Sarah Cole, 34, of Leeds, denied the charge.', 'A 43-year-old man was also arrested.') },
    {
      name: 'an earlier prison term',
      text: p('Peter Lane was jailed for nine years at Bristol Crown Court.', 'He had previously served four years in prison for robbery.'),
    },
    {
      name: 'a count in a place the story names only then',
      text: p('More than 9,000 runners finished the Bath half marathon on Sunday.', 'In Exeter, where a new race was held, 4,000 runners finished.'),
    },
    {
      name: 'sums raised over different periods',
      text: p(
        'Ms Hale has raised $2.3 million since January, her campaign said.',
        'She raised about $100,000 in the 72 hours after the debate.',
        'Her rival has raised $900,000.',
      ),
    },
    {
      name: 'a quarter of a million is not a share',
      text: p('Nearly a quarter of a million people visited the show.', 'The 30% of visitors who came by train got a discount.'),
    },
    {
      name: 'a stated lower bound is not contradicted by a larger figure',
      text: p('More than 4,000 fighters entered Palmyra on Saturday.', 'The 4,500 fighters entered Palmyra from the east.'),
    },
    { name: 'up to, within', text: p('Up to 50 protesters gathered outside the council.', 'The 40 protesters outside the council dispersed at noon.') },
    { name: 'about: within 15 percent', text: p('About 4,000 fighters entered Palmyra.', 'The 4,400 fighters entered Palmyra overnight.') },
    { name: 'nearly: just under', text: p('Nearly 300 soldiers guarded the bridge at night.', 'The 290 soldiers guarding the bridge were relieved.') },
    { name: 'a range covers the figure', text: p('Between 12 and 14 people were killed in the attack.', 'The attack killed 13 people.') },
    { name: 'the same value in words and digits', text: p('Twelve people were killed in the attack.', 'The attack killed 12 people.') },
    {
      name: 'rounded millions',
      text: p('The flood displaced 3.2 million people across the delta.', 'The 3,215,000 people displaced across the delta need shelter.'),
    },
    { name: 'same sentence: a comparison', text: 'Twelve people were killed on the first day and 14 people were killed on the second.' },
    { name: 'same paragraph: side by side', text: 'The first raid killed 12 people. The second raid killed 14 people.' },
    {
      name: 'a change is reported',
      text: p('Twelve people were killed in the attack, officials said.', 'The death toll rose to 14 people killed, officials said.'),
    },
    { name: 'different years', text: p('In 2014, 300 soldiers guarded the bridge.', 'In 2016, 500 soldiers guarded the bridge.') },
    { name: 'a year on one side only', text: p('Now 500 soldiers guard the bridge every night.', 'In 2014, 300 soldiers guarded the bridge every night.') },
    { name: 'different days', text: p('Twelve people were killed on Monday in Aleppo.', 'Fourteen people were killed on Tuesday in Aleppo.') },
    { name: 'different places', text: p('Twelve people were killed in Aleppo.', 'Fourteen people were killed in Idlib.') },
    { name: 'different owners', text: p('Cruz has 370 supporters in the hall.', 'Rubio has 163 supporters in the hall.') },
    { name: 'a pronoun owner', text: p('She has three children and lives in Ohio.', 'Smith has four children and lives in Ohio.') },
    { name: 'an increment', text: p('Twelve soldiers guarded the bridge at night.', 'Five more soldiers guarded the bridge at night.') },
    { name: 'another', text: p('Twelve soldiers guarded the bridge at night.', 'Another 20 soldiers guarded the bridge at night.') },
    { name: 'a part', text: p('Twelve soldiers guarded the bridge at night.', 'Three of the soldiers guarded the bridge at night.') },
    { name: 'different modifiers: two groups', text: p('About 4,000 ISIS fighters entered Palmyra.', 'Some 8,000 Kurdish fighters entered Palmyra.') },
    { name: 'killed and wounded are different counts', text: p('Twelve people were killed in the attack.', 'The attack wounded 40 people.') },
    {
      name: 'soldiers and civilians are different counts',
      text: p('Twelve soldiers were killed in the attack.', 'Fourteen civilians were killed in the attack.'),
    },
    { name: 'percentages are for many groups', text: p('Twelve percent of voters backed Smith.', 'Fifteen percent of voters backed Smith.') },
    {
      name: 'two deals by two buyers',
      text: p('Apple agreed to buy Beats for $3bn, the company said.', 'Google agreed to buy Nest for $3.2bn, the company said.'),
    },
    {
      name: "two relatives' results are a year apart",
      text: p(
        'Kirkby & Lowe reported a pre-tax profit of £48m for the year to March, up from £45m a year earlier.',
        'Mark Kirkby said the firm expected a profit of between £50m and £55m next year.',
      ),
    },
    {
      name: "a poll's choices between people",
      text: p(
        'In a closer match-up, 48 percent chose Clinton while 45 percent chose Cruz.',
        'When it came to Rubio, 48 percent chose him while 45 percent chose Clinton.',
      ),
    },
    {
      name: 'tax rates with and without a qualifier',
      text: p('Mr Smith would pay a 30 percent effective tax rate under the plan.', 'Gains of two to three years would be subject to a 36 percent rate.'),
    },
    {
      name: 'sums of different things',
      text: p('The club agreed a fee of £45m for the striker, the clubs said.', "The club's wage bill rose to £48m, its accounts show."),
    },
    { name: 'money without whose', text: p('The bridge cost $3 million to build.', 'The tunnel cost $5 million to build.') },
    { name: 'delegates are per candidate', text: p('Clinton won 40 delegates in Ohio.', 'Clinton won 60 delegates in Ohio.') },
    { name: 'measures of time are not compared', text: p('He served 20 years in the army.', 'He served 30 years in the navy.') },
    { name: 'a rate per day', text: p('About 200 refugees a day crossed the border.', 'In all, 5,000 refugees crossed the border.') },
    { name: 'each', text: p('Two Americans were killed at each location.', 'The four Americans killed in the attack were diplomats.') },
    {
      name: 'a subhead inside the story is not compared',
      format: 'markdown',
      text: p('Twelve people were killed in the attack on the market.', '## 14 killed in second attack', 'Rescuers searched the rubble.'),
    },
    { name: 'years are not counts', text: p('The bridge opened in 1998 after years of work.', 'The bridge closed in 2016 after years of work.') },
    { name: 'hyphenated compounds are not counts', text: p('A 12-year-old boy was among the dead.', 'A 14-year-old boy was among the dead.') },
    { name: 'ordinals are not counts', text: p('The 12th battalion guarded the bridge at night.', 'The 14th battalion guarded the bridge at night.') },
    {
      name: 'two counts in one sentence are a list',
      text: p('Aleppo lost 40 schools and Idlib lost 30 schools.', 'The war has destroyed 50 schools in Aleppo and Idlib.'),
    },
    { name: 'a plan is not a count', text: p('The army has 3,500 troops in Iraq now.', 'Graham has called for 20,000 troops in Iraq.') },
    {
      name: 'more than: a rounded floor, not a toll given two ways',
      text: p('More than 12 people were killed in the attack.', 'The attack killed 15 people.'),
    },
    {
      name: 'a floor far below a later count is another quantity',
      text: p('The deal was signed by 175 countries in Paris.', 'It takes effect once at least 55 countries ratify it.'),
    },
    {
      name: 'a part and its total: 12 closing of 340',
      text: p('The company would close 12 of its 340 stores, Raman said.', 'The 340 stores employ 9,000 people.'),
    },
    {
      name: 'a whole taken up again: "Of the 221,000 homes, …"',
      text: p('About 221,000 homes were completed last year, the figures show.', 'Of the 221,000 homes, 30,000 were affordable homes for rent.'),
    },
    { name: 'a date is not a count of March', text: p('The council will vote on 11 March on the budget.', 'By 14 March the council must publish the budget.') },
    {
      name: 'two sources far apart are counting different things',
      text: p('State said 22 emails were withheld.', 'Reviewers said more than 1,300 emails were checked.'),
    },
    {
      name: 'a particular thing counted twice but far apart',
      text: p('Three applicants sat the first test.', 'The firm says 30 applicants sat the test last year.'),
    },
    // Issue 18, third round: like with like by what happens, whose all it is, and the whole.
    {
      name: 'about N and a count that rounds to it',
      text: p('About 2,500 homes were without power, National Grid said.', 'The 2,460 homes that lost power were mostly in the north, National Grid said.'),
    },
    {
      name: 'part of a holding: "close 23 of its 140 branches" … "its 140 branches employ 1,600 staff"',
      text: p('The society will close 23 of its 140 branches.', "The society's 140 branches employ 1,600 staff."),
    },
    {
      name: 'the holding is not the part: "close 23 of its 140 branches" … "its 30 branches in Scotland"',
      text: p('The society will close 23 of its 140 branches.', 'It will keep 20 branches open in Scotland.'),
    },
    {
      name: "two owners' seats",
      text: p('Labour won 34 seats on the 60-seat council.', "The Conservatives' 15 seats make them the opposition."),
    },
    {
      name: 'parts within their whole',
      text: 'Of the 1,430 children who applied, 1,210 were offered their first choice and 220 were offered another school.',
    },
    {
      name: 'public bodies are not the dead',
      text: p('The attack killed 12 people.', 'In all, 168 public bodies would go under the plan.'),
    },
    {
      name: 'a plan and what happened: "plans to cut 1,200 jobs" … "cut 900 jobs last year"',
      text: p('Calder plans to cut 1,200 jobs over the next two years, it said.', 'Calder cut 900 jobs last year.'),
    },
    {
      name: 'a range with currency: "between $5,000 and $15,000"',
      text: p(
        'Trump reported between $5,000 and $15,000 in interest income from Nabisco.',
        'He earned between $2,500 and $5,000 in interest income from Carrier.',
      ),
    },
  ],
  invalid: [
    // Issue 18, fifth round (stories 93–112).
    {
      name: 'a length in miles against another in kilometres',
      text: p('A 12-mile (19km) stretch of the A9 will close for six weeks.', 'The minister said the 25km stretch was among the most dangerous on the road.'),
      errors: [{ flagged: '25km stretch', related: '12-mile (19km) stretch' }],
      noFix: true,
    },
    {
      name: 'a sum named by a bare noun, the new value of a change, said again',
      text: p(
        'Northline Rail reported revenue of £1.2bn for the year to March, up from £980m a year earlier.',
        'Ms Marr told reporters on Thursday that revenue of £1,350m showed how much the railway had recovered.',
      ),
      errors: [{ flagged: '£1,350m', related: '£1.2bn for the year' }],
      noFix: true,
    },
    {
      name: 'a floor, then fewer, past a phrase of place, a day apart',
      text: p(
        'More than 200 pupils at a secondary school in Swindon were sent home, the school said on Thursday.',
        'The agency said the 180 pupils sent home on Wednesday should stay at home for two days.',
      ),
      errors: [{ flagged: '180 pupils', related: 'More than 200 pupils' }],
      noFix: true,
    },
    {
      name: 'a majority the votes do not make',
      text: p('Helen Pryce won 54,208 votes to Dan Norris’s 53,940 after a recount.', 'Pryce, a former councillor, won with a majority of 312.'),
      errors: [{ flagged: 'a majority of 312', related: '54,208 votes to Dan Norris’s 53,940' }],
      noFix: true,
    },
    {
      name: 'seats that add up to more than the council has',
      text: p(
        'Labour won 19 seats, the Conservatives 17, Reform UK 9 and independents 5, the council said.',
        'A party needs 25 seats for a majority on the 48-seat council.',
      ),
      errors: [{ flagged: '48-seat council', related: 'won 19 seats, the Conservatives 17, Reform UK 9 and independents 5' }],
      noFix: true,
    },
    {
      name: 'a result taken up as a side’s with another score',
      text: p('Manchester Thunder won the grand final on Sunday, beating London Pulse 61-58.', 'Thunder’s 61-55 victory means they have won five titles.'),
      errors: [{ flagged: '61-55 victory', related: '61-58' }],
      noFix: true,
    },
    {
      name: 'a year of birth that does not fit the age',
      text: p('Margaret Ellis has died aged 83, her family said on 14 January 2026.', 'Born in 1947 in King’s Lynn, she joined the record office in 1966.'),
      errors: [{ flagged: '1947', related: '83' }],
      noFix: true,
    },
    {
      name: 'a length the dates do not make',
      text: p('The eruption began on 3 March and ended on 19 March, the office said.', 'The 12-day eruption cost the state about 2 billion kronur.'),
      errors: [{ flagged: '12-day eruption', related: 'The eruption began on 3 March and ended on 19 March' }],
      noFix: true,
    },
    {
      name: 'one competitor’s place said two ways',
      text: p('Ffion Pritchard finished third in the road race on Saturday.', 'The coach said Pritchard’s fourth-place finish showed what the team could do.'),
      errors: [{ flagged: 'fourth-place finish', related: 'finished third' }],
      noFix: true,
    },
    // Issue 18, fourth round: what a figure measures, not which phrase it is in.
    {
      name: 'number words against digits typed in another order',
      text: p('The trust will cut three hundred and forty beds, it said on Monday.', 'Nurses said the loss of 430 beds would put patients at risk.'),
      errors: [{ flagged: '430 beds', related: 'three hundred and forty beds' }],
    },
    {
      name: 'billions against millions of pounds',
      text: p('The insurer reported a pre-tax loss of £2.4bn for the year.', 'Its chairman said the loss of 2,600 million pounds was a one-off.'),
      errors: [{ flagged: '2,600 million pounds', related: '£2.4bn' }],
      noFix: true,
    },
    {
      name: 'one plan told on two days',
      text: p('The board will shut a dozen depots, it said on Monday.', 'Drivers protested on Wednesday against the plan to shut the 15 depots.'),
      errors: [{ flagged: '15 depots', related: 'a dozen depots' }],
    },
    {
      name: 'a score of',
      text: p('A score of climbers were rescued from the ridge on Saturday.', 'Mountain rescue said the 26 climbers taken off the ridge were unhurt.'),
      errors: [{ flagged: '26 climbers', related: 'A score of climbers' }],
    },
    {
      name: 'a fraction against a percentage',
      text: p('A third of tenants said they had waited more than a year for repairs.', 'The 45% of tenants who waited more than a year will be compensated.'),
      errors: [{ flagged: '45% of tenants', related: 'A third of tenants' }],
    },
    {
      name: 'a rate of the same happening',
      text: p('The food bank gave out an average of 310 parcels a week in March.', 'Volunteers said the food bank gave out 410 parcels a week in March.'),
      errors: [{ flagged: '410 parcels', related: '310 parcels' }],
    },
    {
      name: 'the size of a change, of the same subject and period',
      text: p('Applications rose by 14 percent in the year to June, the university said.', 'In the year to June, applications rose 41 percent.'),
      errors: [{ flagged: '41 percent', related: '14 percent in the year' }],
    },
    {
      name: 'workers who lose their jobs against layoffs',
      text: p('More than 600 staff will lose their jobs when the depot closes.', 'The 450 redundancies will be made in the spring.'),
      errors: [{ flagged: '450 redundancies', related: 'More than 600 staff' }],
      noFix: true,
    },
    {
      name: 'a crowd against fans',
      text: p('The final was watched by a crowd of 41,000.', '"Forty-seven thousand fans were singing," the manager said.'),
      errors: [{ flagged: 'Forty-seven thousand fans', related: '41,000' }],
    },
    {
      name: "the headline's toll against the body's",
      format: 'markdown',
      text: p('# Storm kills 9 in Devon', 'Eleven people were killed when the storm struck the coast, police said.'),
      errors: [{ flagged: 'Eleven people', related: '9' }],
    },
    {
      name: 'parts listed, then a total they do not make',
      text: p('The flood damaged 120 homes in Alton, 85 in Binsted and 40 in Holt.', 'The council said the 230 homes damaged were mostly uninsured.'),
      errors: [{ flagged: '230 homes', related: '120 homes in Alton, 85 in Binsted and 40', message: /the parts given earlier add up to 245/ }],
      noFix: true,
    },
    {
      name: 'an age no one in the story has',
      text: p('Sarah Cole, 34, of Leeds, denied the charge.', 'The 43-year-old was remanded in custody.'),
      errors: [{ flagged: 'The 43-year-old', related: '34', message: /^Check the age/ }],
      noFix: true,
    },
    {
      name: 'one prison term stated two ways',
      text: p('Peter Lane was jailed for seven years at Bristol Crown Court.', 'Lane will serve half of his nine-year sentence in custody.'),
      errors: [{ flagged: 'nine-year sentence', related: 'jailed for seven years' }],
      noFix: true,
    },
    {
      name: 'a sum named by its verb, from two sources',
      text: p('Prosecutor Ann Blake said Hart had stolen £84,000 from the club.', 'Defending, Tom Ruiz said his client had stolen £48,000.'),
      errors: [{ flagged: '£48,000', related: '£84,000', message: /^Say that the sources disagree/ }],
      noFix: true,
    },
    {
      name: "whose money: the public's share",
      text: p('The county will put $40 million in public money toward the arena.', "Critics said the public's $45 million share was too much."),
      errors: [{ flagged: '$45 million share', related: '$40 million in public money' }],
    },
    // Issue 18, third round: like with like by what happens, whose all it is, and the whole.
    {
      name: 'a crowd counted as a group: "about 1,200 people marched" … "the 2,000-strong crowd"',
      text: p(
        'About 1,200 people marched through Bristol on Saturday.',
        'Speaking to the 2,000-strong crowd outside City Hall, Ms Quigley said: "They will not take this from us."',
      ),
      errors: [{ flagged: '2,000-strong crowd', related: 'About 1,200 people' }],
      noFix: true,
    },
    {
      name: 'a crowd estimated by two sources: information, naming both',
      text: p("Organisers from the Farmers' Union of Wales said 10,000 people had joined the rally.", 'South Wales Police estimated the crowd at 4,000.'),
      errors: [
        {
          flagged: '4,000',
          related: '10,000 people',
          message:
            /^Say that the sources disagree, or check which is right: South Wales Police gives “4,000”, Organisers from the Farmers' Union of Wales gave “10,000 people” earlier/,
        },
      ],
      noFix: true,
    },
    {
      name: 'two sources side by side on one crowd',
      text: 'Sarah Thornton, who organised the march, said about 3,000 people had taken part. Police said 1,500 people had marched.',
      errors: [{ flagged: '1,500 people', related: 'about 3,000 people', message: /Police gives “1,500 people”, Sarah Thornton gave “about 3,000 people”/ }],
      noFix: true,
    },
    {
      name: 'jobs cut, in two words: "cut 650 jobs" … "1,100 jobs would go"',
      text: p(
        'Ardent Steel is to cut 650 jobs at its Port Talbot works, the company said on Monday.',
        'The Community union said 1,100 jobs would go at the works.',
      ),
      errors: [{ flagged: '1,100 jobs', related: '650 jobs', message: /^Say that the sources disagree/ }],
      noFix: true,
    },
    {
      name: 'job losses are jobs cut, and a plan stated twice is one plan',
      text: p(
        'The insurer Calder Mutual plans to cut 1,200 jobs over the next two years, it said on Thursday.',
        'The 1,500 job losses would fall mainly on its call centres, chief executive Fiona Strachan told staff.',
      ),
      errors: [{ flagged: '1,500 job losses', related: '1,200 jobs' }],
    },
    {
      name: 'the total after "N of its M" against all the owner has',
      text: p('Harlow & Mercer will close 23 of its 140 branches by the end of the year.', "The society's 120 branches employ 1,600 staff."),
      errors: [{ flagged: '120 branches', related: '140 branches' }],
    },
    {
      name: 'a workforce and the workers at the plant, from two sources',
      text: p(
        "The plant's 850-strong workforce will be offered jobs at its Luton site, Velora said.",
        'Unite officer Dave Nolan said the 1,150 workers at the plant had been kept in the dark.',
      ),
      errors: [{ flagged: '1,150 workers', related: '850-strong workforce', message: /^Say that the sources disagree/ }],
      noFix: true,
    },
    {
      name: 'one owner\'s seats: "Labour won 34 seats" … "Labour\'s 31 seats"',
      text: p(
        'Labour kept control of the council on Thursday, winning 34 seats.',
        'Council leader Amira Begum said voters trusted Labour.',
        "Labour's 31 seats give it a majority of two, and the party will choose its cabinet on 21 May.",
      ),
      errors: [{ flagged: '31 seats', related: '34 seats' }],
    },
    {
      name: 'the bodies of N people are the dead: a floor, then a count',
      text: p(
        'At least 16 people were killed when a landslide buried homes, the Kenya Red Cross said.',
        'Interior minister Kipchumba Murkomen, who visited the site on Tuesday, said the bodies of 19 people had been recovered.',
      ),
      errors: [{ flagged: '19 people', related: 'At least 16 people', message: /^State the count one way, or say that it rose/ }],
      noFix: true,
    },
    {
      name: 'about N against a count that does not round to it: a query',
      text: p(
        'About 2,500 homes were without electricity on Sunday night, National Grid said.',
        'The 2,380 homes that lost power were mostly in the north, National Grid said.',
      ),
      errors: [{ flagged: '2,380 homes', related: 'About 2,500 homes', message: /does not round to 2,500/ }],
      noFix: true,
    },
    {
      name: 'a count in words against one in digits, taken up again',
      text: p('Seventeen pupils were taken to hospital after the coach overturned.', 'Headteacher Karen Moyle said the 19 pupils in hospital were "shaken".'),
      errors: [{ flagged: '19 pupils', related: 'Seventeen pupils' }],
      output: p(
        'Seventeen pupils were taken to hospital after the coach overturned.',
        'Headteacher Karen Moyle said the seventeen pupils in hospital were "shaken".',
      ),
    },
    {
      name: 'parts that add up to more than their whole',
      text: 'Of the 1,430 children who applied, 1,210 were offered their first choice and 260 were offered a school they had not asked for.',
      errors: [{ flagged: '260', related: '1,430', message: /^Check the figures: the parts add up to 1,470, more than the 1,430 children in all\.$/ }],
      noFix: true,
    },
    {
      name: 'the brief: close 12 of its 340 stores … 14 stores would close',
      text: p('Raman told analysts that the company would close 12 of its 340 stores.', 'She said 14 stores would close by the end of the year.'),
      errors: [
        {
          flagged: '14 stores',
          related: '12',
          message: /^Check which is right and state it one way: “14 stores” contradicts “12 of its 340 stores” earlier in the story \(12 against 14\)\.$/,
        },
      ],
      output: p('Raman told analysts that the company would close 12 of its 340 stores.', 'She said 12 stores would close by the end of the year.'),
    },
    {
      name: 'two named sources disagree: information, naming both',
      text: p('Police said 12 people were killed in the bombing.', 'The bombing killed 14 people, the mayor said.'),
      errors: [
        {
          flagged: '14 people',
          related: '12 people',
          message: /^Say that the sources disagree, or check which is right: the mayor gives “14 people”, Police gave “12 people” earlier \(12 against 14\)\.$/,
        },
      ],
      noFix: true,
    },
    {
      name: 'at least N, then M: a toll stated two ways is queried',
      text: p(
        'At least 30 people died when the river burst its banks, officials said.',
        'By Thursday morning, the names of the 33 people who died had been released.',
      ),
      errors: [
        {
          flagged: '33 people',
          related: 'At least 30 people',
          message: /^State the count one way, or say that it rose: “33 people” here, “At least 30 people” earlier in the story\.$/,
        },
      ],
      noFix: true,
    },
    {
      name: 'a sum named the same way: "a shortfall of £2.8m" … "the shortfall of £3.1m"',
      text: p(
        'The finance chief, Mark Oduya, said the council faced a shortfall of £2.8m next year.',
        'Mr Oduya told the meeting that the shortfall of £3.1m would be closed with reserves.',
      ),
      errors: [{ flagged: '£3.1m', related: '£2.8m' }],
    },
    {
      name: 'percentages said of the same thing in the same words',
      text: p(
        'A new drug cut the risk of a second heart attack by 28 percent in a trial.',
        'Haddad said the drug had cut the risk of a second heart attack by 40 percent.',
      ),
      errors: [{ flagged: '40 percent', related: '28 percent' }],
    },
    {
      name: 'the brief: 12 killed … 14 killed',
      text: p('Twelve people were killed in the attack on the market.', 'The attack on the market killed 14 people.'),
      errors: [{ flagged: '14 people', related: 'Twelve people', message: /“14 people” contradicts “Twelve people” earlier in the story \(12 against 14\)/ }],
      output: p('Twelve people were killed in the attack on the market.', 'The attack on the market killed twelve people.'),
    },
    {
      name: 'dead and killed are one count',
      text: p('The bombing left 12 dead in the square.', 'In the square, the bombing killed 14 people.'),
      errors: [{ flagged: '14 people', related: '12 dead' }],
      output: p('The bombing left 12 dead in the square.', 'In the square, the bombing killed 12 people.'),
    },
    {
      name: 'twelve dead … 14 killed, number words',
      text: p('The blast left twelve dead.', 'The blast left 14 killed and dozens hurt.'),
      errors: [{ flagged: '14 killed', related: 'twelve dead' }],
      output: p('The blast left twelve dead.', 'The blast left twelve killed and dozens hurt.'),
    },
    {
      name: 'a third mention is compared with the first',
      text: p('Twelve people were killed in the attack.', 'Doctors said twelve people had died in the attack.', 'The attack killed 14 people.'),
      errors: [{ flagged: '14 people', related: 'Twelve people' }],
    },
    {
      name: 'fighters and militants are one count',
      text: p('ISIS sent 4,000 fighters to Palmyra.', 'The 4,500 militants sent to Palmyra took the citadel.'),
      errors: [{ flagged: '4,500 militants', related: '4,000 fighters' }],
      output: p('ISIS sent 4,000 fighters to Palmyra.', 'The 4,000 militants sent to Palmyra took the citadel.'),
    },
    {
      name: 'a modifier on one side only',
      text: p('About 4,000 ISIS fighters entered Palmyra.', 'The 6,000 fighters who entered Palmyra took the citadel.'),
      errors: [{ flagged: '6,000 fighters', related: 'About 4,000 ISIS fighters', message: /about 4,000 against 6,000/ }],
      noFix: true,
    },
    {
      name: 'about: beyond 15 percent',
      text: p('About 4,000 fighters entered Palmyra.', 'About 6,000 fighters entered Palmyra from the east.'),
      errors: [{ flagged: 'About 6,000 fighters', related: 'About 4,000 fighters' }],
      output: p('About 4,000 fighters entered Palmyra.', 'About 4,000 fighters entered Palmyra from the east.'),
    },
    {
      name: 'nearly: more than stated',
      text: p('Nearly 300 soldiers guarded the bridge at night.', 'The 320 soldiers guarding the bridge were relieved.'),
      errors: [{ flagged: '320 soldiers', related: 'Nearly 300 soldiers' }],
    },
    {
      name: 'fewer than: more than stated',
      text: p('Fewer than 50 protesters gathered outside the council.', 'The 80 protesters outside the council dispersed at noon.'),
      errors: [{ flagged: '80 protesters', related: 'Fewer than 50 protesters', message: /at most 50 against 80/ }],
    },
    {
      name: 'up to: more than stated',
      text: p('Up to 50 protesters gathered outside the council.', 'The 60 protesters outside the council dispersed at noon.'),
      errors: [{ flagged: '60 protesters', related: 'Up to 50 protesters' }],
    },
    {
      name: 'a range does not cover the figure',
      text: p('Between 12 and 14 people were killed in the attack.', 'The attack killed 20 people.'),
      errors: [{ flagged: '20 people', related: '12 and 14 people' }],
      noFix: true,
    },
    {
      name: 'a dozen',
      text: p('A dozen soldiers guarded the bridge at night.', 'The 15 soldiers who guarded the bridge were replaced.'),
      errors: [{ flagged: '15 soldiers', related: 'A dozen soldiers' }],
    },
    {
      name: 'troops and soldiers are one count',
      text: p('The army sent 300 troops to guard the bridge.', 'The 350 soldiers sent to guard the bridge arrived on foot.'),
      errors: [{ flagged: '350 soldiers', related: '300 troops' }],
    },
    {
      name: 'flooded homes',
      text: p('The storm flooded 1,200 homes in Riverton.', 'In Riverton, 1,500 homes were flooded by the storm.'),
      errors: [{ flagged: '1,500 homes', related: '1,200 homes' }],
      output: p('The storm flooded 1,200 homes in Riverton.', 'In Riverton, 1,200 homes were flooded by the storm.'),
    },
    {
      name: 'rescued from rooftops: the same night',
      text: p(
        'Emergency crews rescued 14 people from rooftops on Tuesday night.',
        'Firefighters said on Wednesday they had rescued 12 people from rooftops on Tuesday night.',
      ),
      errors: [{ flagged: '12 people', related: '14 people' }],
    },
    {
      name: 'money with an owner and what it is',
      text: p("John Smith's campaign raised $3.2 million in donations.", "John Smith's campaign reported $3.5 million in donations."),
      errors: [{ flagged: '$3.5 million in donations', related: '$3.2 million in donations' }],
      output: p("John Smith's campaign raised $3.2 million in donations.", "John Smith's campaign reported $3.2 million in donations."),
    },
    {
      name: 'one later mention, flagged once',
      text: p('Twelve people were killed in the attack.', 'The attack killed 14 people.', 'The attack killed 14 people, most of them children.'),
      errors: [
        { flagged: '14 people', related: 'Twelve people' },
        { flagged: '14 people', occurrence: 1, related: 'Twelve people' },
      ],
    },
    {
      name: 'a quotation counts too: the writer printed it',
      text: p('Twelve people were killed in the market attack.', '"The market attack killed 14 people," he said.'),
      errors: [{ flagged: '14 people', related: 'Twelve people' }],
    },
    {
      name: 'a sum named by its verb and by a noun: "buy … for $2.1bn" … "the $2.4bn deal"',
      text: p(
        'Halvorsen Foods has agreed to buy the snack maker Crispin Brands for $2.1bn in cash, the companies said.',
        'Analysts at Marlow Securities said the $2.4bn deal was the largest this year.',
      ),
      errors: [{ flagged: '$2.4bn deal', related: '$2.1bn' }],
      noFix: true,
    },
    {
      name: 'the story\'s only two sums of a thing: "cut £12.4m" … "the £14.2m of cuts"',
      text: p(
        'Norbridge Borough Council has approved a budget that will cut £12.4m from its spending.',
        'Opposition councillors said the £14.2m of cuts would close three libraries.',
      ),
      errors: [{ flagged: '£14.2m of cuts', related: '£12.4m' }],
    },
    {
      name: 'a fine: "fined £150,000" … "the £180,000 fine"',
      text: p(
        'A building firm has been fined £150,000 after a labourer fell through a roof.',
        'After the hearing, an inspector said the £180,000 fine should be a warning to the industry.',
      ),
      errors: [{ flagged: '£180,000 fine', related: '£150,000' }],
    },
    {
      name: 'digits in another order: "£5,300 in compensation" … "the £3,500 compensation"',
      text: p('Judge Owen Rees ordered him to pay £5,300 in compensation.', 'The victim\'s daughter said the £3,500 compensation was "an insult".'),
      // The judge's order is what happened, not one source's word against another's: a contradiction, with the fix.
      errors: [{ flagged: '£3,500 compensation', related: '£5,300 in compensation' }],
      output: p('Judge Owen Rees ordered him to pay £5,300 in compensation.', 'The victim\'s daughter said the £5,300 compensation was "an insult".'),
    },
    {
      name: 'a share stated of its subject: "Turnout was 34%" … "the 38% turnout"',
      text: p('Turnout was 34%, the highest for a local vote in the town since 2012.', 'Market traders said the 38% turnout showed how much the town cared.'),
      errors: [{ flagged: '38% turnout', related: '34%' }],
    },
    {
      name: 'percentages of one poll saying the same thing: "58% said they supported the scheme" … "the 61% who supported the scheme"',
      text: p(
        'Of the 1,240 people who responded, 58% said they supported the scheme, 31% opposed it and the rest were undecided.',
        'Councillor Jo Brandt, who leads on transport, said the 61% who supported the scheme gave the council a clear mandate.',
      ),
      errors: [{ flagged: '61%', related: '58%' }],
      output: p(
        'Of the 1,240 people who responded, 58% said they supported the scheme, 31% opposed it and the rest were undecided.',
        'Councillor Jo Brandt, who leads on transport, said the 58% who supported the scheme gave the council a clear mandate.',
      ),
    },
    {
      name: 'a toll from two sources, the country it struck not its owner',
      text: p(
        'A magnitude 6.1 earthquake struck eastern Turkey on Friday, killing 41 people, the disaster agency AFAD said.',
        'Interior Minister Ali Yerlikaya said 44 people had been killed.',
      ),
      errors: [{ flagged: '44 people', related: '41 people' }],
      noFix: true,
    },
    {
      name: 'where within the count is not another count: "most of them in Tadcaster"',
      text: p(
        'Flooding in Yorkshire has damaged about 1,400 homes, the Environment Agency said on Sunday.',
        'The Environment Agency said 1,900 homes had been damaged across the county, most of them in Tadcaster.',
      ),
      errors: [{ flagged: '1,900 homes', related: 'about 1,400 homes' }],
      noFix: true,
    },
    {
      name: 'Markdown',
      format: 'markdown',
      text: p('# Market attack', 'Twelve people were *killed* in the attack on the market.', 'The attack on the market killed **14** people.'),
      errors: [{ flagged: '14** people', related: 'Twelve people' }],
    },
  ],
});
