// unattributed-claim: the contexts that attribute a claim without a cue the engine can frame
// (interview turns, polls and tallies named as the source) and the claims that stay flagged.
// The rule's main examples are on its page, docs/rules/unattributed-claim.md (test/core/rule-docs.test.ts).
import { ruleTester } from './tester';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

ruleTester('unattributed-claim', {
  valid: [
    {
      name: "an interview question is the interviewer's words",
      text: p('Q: You spent 14 years in the navy before you ran for the council. Why did you leave?', 'A: I left because the pay was too low.'),
    },
    { name: "an interview answer is the interviewee's words", text: p('Q: What happened next?', 'A: We lost 300 homes in one night. Nobody came for a week.') },
    {
      name: 'an interview turn in Markdown',
      format: 'markdown',
      text: p('Q: You spent 14 years in the navy before you ran for the council. Why did you leave?', 'A: I left because the pay was too low.'),
    },
    { name: 'surveys named as the source', text: 'The mayor trails in third place in most surveys, with 12 percent.' },
    { name: 'polling named as the source', text: 'Ms. Ortiz leads the field by nine points in state polling.' },
    { name: 'a span of time is the time frame, not a figure', text: 'The bridge was closed for 444 days.' },
    { name: 'a small number after "the" points back at people already named', text: 'The two candidates met again in Manchester.' },
    { name: 'a comma after a number is punctuation, not part of a count', text: 'As the mayor turns 70, a look back at her first race.' },
    { name: 'the last digit of a hyphenated name is not a count', text: 'The campaign is following a 3-2-1 strategy in the early states.' },
    { name: '"not the only" denies a ranking', text: 'Employment is not the only barrier.' },
    { name: '"most" as a quantifier ranks nothing', text: 'Cruz fields most attacks from rivals.' },
    {
      name: '"the most recent" is a time, "for the most part" an idiom',
      text: 'For the most part, the plant has survived. Their most recent debate was held in December.',
    },
    {
      name: "the paragraph's running attribution covers a later sentence",
      text: 'The Observatory said the airstrikes hit the market at midday. The market was crowded. At least 42 civilians were killed.',
    },
    {
      name: 'an exchange named in the sentence is the source of a price',
      text: 'Shares in the company fell 4 percent to $31.20 on the New York Stock Exchange.',
    },
    {
      name: 'a lede naming who reported the results covers their figures',
      text: p('GM profits rise', 'General Motors said on Tuesday that its profit rose 20% to $2.8bn in 2004.', 'Sales in Europe rose 12% to $31bn.'),
    },
    { name: 'the reporter’s observation of a scheduled event is not a claim', text: 'The council met on Monday.' },
    { name: 'a scheduled public event needs no source', text: 'The first presidential debate is scheduled for Sept. 26 at Hofstra University.' },
    {
      name: 'a number word before a capitalised word is part of a name',
      text: 'The festival closed with a film directed by Three Kings film-maker David O Russell.',
    },
    {
      name: 'an investigation whose investigator the sentence names is attributed to them',
      text: 'The investigation by Ohio attorney general Anne Milgram has now obtained five guilty pleas.',
    },
    {
      name: 'an agent named as the subject of an investigation in progress is its source',
      text: 'The Harbour Authority is investigating a leak of fuel from the ferry terminal.',
    },
    { name: 'a proceeding a named agent brings is attributed to them', text: 'Okafor is bringing the lawsuit on behalf of three tenants of the estate.' },
    {
      name: "a defendant's plea is their own, in court",
      text: 'Three more executives of the insurer admitted their part in the scheme. The most senior executive pleading guilty on Tuesday was former Halden vice president Rosa Klein.',
    },
    {
      name: "a traded share's price is the market's figure",
      text: 'Shares in the shipping group, which lost its chief executive last month, fell 12% in Oslo on Friday.',
    },
    { name: "an index's close is the market's figure", text: "The city's main stock index closed down 3.1% at 1,204 points." },
    { name: 'the text of a named document the sentence opens with', text: "Under the club's rules, no member can hold more than 10% of the shares." },
    {
      name: 'a headline with its deck on the next line is not copy',
      text: p(
        "Mayor raises $4M; \nIs within $1M of rival's total.",
        'The mayor raised the money in the last three months of the year, her campaign announced on Saturday.',
        'Her rival, a state senator, has not yet released a figure for the same period.',
      ),
    },
    { name: "a step in the subject's own story is not a record", text: 'Racing for the first time since leaving hospital, Ana Silva won the 10km in Leeds.' },
    { name: 'the prize a contest gave is a result, not a ranking', text: 'The fund manager took the top award in the under-30 category of the ceremony.' },
    {
      name: 'a quoted phrase inside reported speech leaves the account reported, and it carries on',
      text: 'The ministry said the strikes had caused "severe damage" to the port. At least 42 people were killed.',
    },
    { name: 'a day of the month before a noun is a date, not a count', text: 'The mayor cancelled her original June 15 campaign event in Green Bay.' },
    { name: 'an ordinal before its noun is not a fraction', text: 'The team lost for a third time in a row, and the coach was sacked.' },
    { name: 'an ordinal in a name is not a fraction', text: 'Guests could also enjoy cocktails with the stars and a Third Eye Blind concert at the arena.' },
    { name: 'odds that "shot up" moved; nobody was shot', text: 'The odds of a Labour majority have shot up this week on the betting exchanges.' },
    {
      name: 'a number that ends a title is part of the name',
      text: 'It is a universal rule that a sequel cannot be good. But Ghostbusters 2 breaks that rule in two.',
    },
    { name: '"under fire" is criticism, not a fire', text: 'The screensaver campaign has come under fire from some corners of the web.' },
    {
      name: 'a capitalised word after a superlative is part of a title, not a set it ranks within',
      text: 'Rounding out the top ten were In Good Company, Racing Stripes and Assault on Precinct 13.',
    },
    {
      name: "an embedded post is its author's words",
      text: '<tweet author="@Bencjacobs" datetime="2016-06-28">His campaign has booked convicted rapist Mike Tyson to appear at the RNC, at a cost of $2 million.<tweet/>',
    },
    {
      name: 'a poll named in the opening sentences covers the figures of a poll story',
      text: p(
        'Young voters favour Sanders',
        'Young Democrats are moving toward Sen. Bernie Sanders, a new poll indicates. His appeal can be put down to his politics, according to a new poll by the Harvard University Institute of Politics.',
        'Among conservative respondents, Donald Trump won out with 22 percent, followed by Ben Carson with 20 percent.',
      ),
    },
    {
      name: 'a small count in words describes, it is not a figure to check',
      text: 'The group is also running full-page ads in two major newspapers in Leeds, the site of the debate.',
    },
    { name: 'a small count in words opening a sentence', text: 'Twelve films competing in the new documentary category focus on towns under siege.' },
    { name: 'a place in a sequence is not a ranking', text: 'Last week, Mr Hale won the first round of a High Court battle with his neighbour over the land.' },
    {
      name: 'the latest of a series is not a ranking',
      text: 'The government has put tax cuts and increased social spending at the centre of its latest budget.',
    },
    {
      name: 'a superlative that ranks within no set',
      text: 'He became a darling of Paris society and was invited to all the best parties by people who were fascinated by him.',
    },
    {
      name: "a results story: the lede's named source reports the accounts the later figures come from",
      text: p(
        'Brewers lose their fizz',
        'Hopfield and Maltby, the region’s biggest brewers, have reported falling profits after beer sales in northern Europe fell flat.',
        'Maltby suffered a 3% fall in profits due to waning demand. Nevertheless, total sales increased 4% to 36bn kroner.',
      ),
    },
    {
      name: 'a budget story: the minister who presents it is the source of its figures',
      text: p(
        'Island unveils budget',
        'The island government has put tax cuts at the centre of its budget. Finance minister Ana Reyes said the focus of the budget was growth.',
        'Spending on health and education will rise by 9.4% and 8.1% respectively.',
      ),
    },
    {
      name: "a figure inside the content of a stance is the stance-holder's (their plan, their aim)",
      text: 'Clinton wants to sign up 5 million people, focusing on people under 30.',
    },
    {
      name: "the reporter's account of a scheduled appearance: its only trigger adds nothing to the claim score",
      text: 'The 24-year-old is set to compete at Leeds this weekend and will then take on Tom Hart and Sam Cole in Glasgow on 18 February.',
    },
    {
      name: 'a clause hung on the content of a stance is part of it',
      text: 'These voters point to the 1994 crime bill, which cut federal assistance for the poor by nearly $55 billion over six years.',
    },
    {
      name: "a dated event later in the story is the reporter's narrative",
      text: p(
        'Rebels held the town for a year.',
        'On Nov. 11, 2014, after a quiet stroll across a bridge in the leadership compound, Mr. Li and Ms. Moran sealed their agreement.',
      ),
    },
    {
      name: 'an ordinal in a compound is not a fraction',
      text: 'Lopez dominated from the outset and withstood a third-set rally from Moya to hang on for a 7-5 6-3 3-6 6-3 victory.',
    },
    { name: 'a tally named as the source', text: "The campaign raised $3 million in June, by the party's own tally." },
    // Descriptions: a relation named by a possessive, a verdict as a status, a ranking in an apposition.
    {
      name: 'a relative named by a possessive says who is meant, it claims no relation',
      text: 'Last week, Mr Hale won a High Court ruling against Ms Moss over access to her son.',
    },
    {
      name: "an owner's stake named by a possessive is a reference",
      text: 'The broadcaster bought its stake in the club in 1999 as part of a five year media deal.',
    },
    {
      name: 'a verdict used as a description is a status on the record, and the opening date of such a sentence is no claim',
      text: 'A new play starring Ruth Wilson as a convicted arsonist won the top award at the Fringe on Friday.',
    },
    {
      name: 'a ranking in the apposition introducing a player identifies her',
      text: 'Petrova, ranked 48 in the world, beat the defending champion in straight sets.',
    },
    { name: 'a likelihood pinned to a time is a schedule', text: 'The harbour board is likely to meet again next week.' },
    { name: 'a likelihood someone reported is attributed', text: 'The recount is unlikely to change the result, the county clerk said.' },
    // One query per unattributed account.
    {
      name: 'a figure the story has already given is not queried again',
      text: p('Police said 2,300 officers would be on duty for the final.', 'Stewards and 2,300 officers lined the route from the station to the ground.'),
    },
  ],
  invalid: [
    {
      name: 'a multiple is a claim, named in the message',
      text: 'House prices have tripled since 2010.',
      errors: [{ flagged: 'tripled', message: /^Attribute this claim.*multiple: “tripled”/ }],
    },
    {
      name: 'a record is a claim',
      text: 'Turnout was the lowest on record.',
      errors: [{ flagged: 'the lowest', message: /superlative/ }],
    },
    {
      name: 'the dated event of the opening sentence is the news the story breaks',
      text: 'Militants returned on Saturday to the ancient city of Tadmor in central Syria, eight months after being driven out by government forces.',
      errors: [{ flagged: 'on Saturday', message: /dated event: “on Saturday”/ }],
    },
    {
      name: "a count in British copy's short form is a figure",
      text: 'Up to 1.4m workers could take part in a strike already earmarked for 23 March.',
      errors: [{ flagged: '1.4m workers', message: /figure: “1.4m workers”/ }],
    },
    {
      name: 'a cause the story asserts in the reporter’s voice',
      text: 'Events such as the Games helped boost the agency’s profits in 2004.',
      errors: [{ flagged: 'helped boost', message: /cause: “helped boost”/ }],
    },
    {
      name: 'a forecast not pinned to a time is a claim',
      text: 'In swing states like Ohio and Iowa, that share is likely to be even higher.',
      errors: [{ flagged: 'is likely to', message: /prediction: “is likely to”/ }],
    },
    {
      name: 'a small count the sentence stakes something on is still a figure',
      text: 'Only five countries in the alliance spend more than the recommended share of their income on defence.',
      errors: [{ flagged: 'five countries', message: /figure/ }],
    },
    {
      name: 'a small count and a large figure: the large one is quoted',
      text: 'Two new plants will cost the company $4.2 billion over the next decade.',
      errors: [{ flagged: '$4.2 billion' }],
    },
    {
      name: 'a superlative that ranks within a set is a claim',
      text: 'Natural gas is pulling even and may surpass coal as the top power source in the United States.',
      errors: [{ flagged: 'the top', message: /superlative: “the top”/ }],
    },
    {
      name: 'a stance framed in the sentence does not hide a figure outside its content',
      text: 'Mayor Ana Ruiz has 31 endorsements in the state Senate, a body in which her chief rival Tom Bell serves.',
      errors: [{ flagged: '31 endorsements', message: /figure/ }],
    },
    {
      name: "an act framed in the sentence does not hide the sum in its subject's clause",
      text: 'The ad, which is part of a $2 million Ohio buy from the Forward PAC, starts out hitting Bell on the fact that he has declined to attend the debate.',
      errors: [{ flagged: '$2 million', message: /sum of money/ }],
    },
    {
      name: "the paragraph's running attribution does not carry into the next paragraph",
      text: p(
        'The Observatory said the airstrikes hit the market at midday. The market was crowded.',
        'The program will cost taxpayers $4.2 billion over the next decade.',
      ),
      errors: [{ flagged: '$4.2 billion' }],
    },
    {
      name: "a vague source's view does not carry into the next sentence",
      text: 'Analysts said the outlook was bright. The unemployment rate stayed at 5.4% in December.',
      errors: [{ flagged: '5.4%' }],
    },
    {
      name: 'a stance attributed in the sentence before is not a source for the next',
      text: 'Sanders wants higher taxes. The plan would cost $4.2 billion over a decade.',
      errors: [{ flagged: '$4.2 billion' }],
    },
    {
      name: 'the first figure that is not a span of time is the one flagged',
      text: 'Two years ago, the company gave $5,000 to the campaign.',
      errors: [{ flagged: '$5,000' }],
    },
    {
      name: '"the" before a large or exact number still leaves a figure',
      text: 'The three thousand protesters marched to the square, and the 240 delegates left.',
      errors: [{ flagged: 'three thousand protesters' }],
    },
    {
      name: 'a colon after a word is not an interview turn',
      text: 'Exhibit A: the school has lost 300 students in two years.',
      errors: [{ flagged: '300 students', message: /figure/ }],
    },
    {
      name: 'a claim after an interview is checked again',
      text: p('Q: What happened next?', 'A: We waited.', 'The program will cost taxpayers $4.2 billion over the next decade.'),
      errors: [{ flagged: '$4.2 billion' }],
    },
    {
      name: 'a question mark inside the paragraph does not make it an interview',
      text: 'At least 42 civilians were killed in the airstrikes on the market. Q: who fired?',
      errors: [{ flagged: 'At least 42 civilians' }],
    },
    {
      name: 'figures carrying on those of a queried sentence are queried once, with it',
      text: 'The charity cut its deficit from £3.4m to £0.9m last year. Its income fell from £12.1m to £9.8m over the same period.',
      errors: [{ flagged: '£3.4m' }],
    },
    {
      name: "a forecast of likelihood in the reporter's voice is a claim whatever the detector's score",
      text: 'The harbour board is likely to keep its charges unchanged.',
      errors: [{ flagged: 'is likely to', message: /prediction: “is likely to”/ }],
    },
    {
      name: 'an unlikely outcome is a forecast too',
      text: "A recount of the county's ballots is unlikely to change the result.",
      errors: [{ flagged: 'is unlikely to', message: /prediction/ }],
    },
    {
      name: 'a new fact beside a queried figure is queried on its own',
      text: 'The jobless rate fell to 4.9% last year. The island exports $2 billion of water technology.',
      errors: [{ flagged: '4.9%' }, { flagged: '$2 billion' }],
    },
    {
      name: 'a verdict the sentence reports is a claim',
      text: 'The firm’s founder was convicted of fraud and money laundering in 2015.',
      errors: [{ flagged: 'convicted', message: /accusation/ }],
    },
    {
      name: 'a passive investigation names no investigator: still a claim',
      text: 'The former treasurer was investigated over the missing funds in 2019.',
      errors: [{ flagged: 'investigated', message: /accusation/ }],
    },
    {
      name: "a fact the reporter adds after a direct quotation is not the speaker's",
      text: '"We had a difficult year," the chairman said. The club lost £4.2m in the year to June.',
      errors: [{ flagged: '£4.2m' }],
    },
    {
      name: 'a price that is not traded on a market is still a claim',
      text: 'House prices in the city rose 12% last year.',
      errors: [{ flagged: '12%' }],
    },
    {
      name: 'a participle before a noun names no source: an estimate with no estimator is a claim',
      text: 'The valley is home to an estimated 55,000 farmers who grow rice.',
      errors: [{ flagged: '55,000 farmers', message: /figure/ }],
    },
    {
      name: 'a fraction of something is still a fraction',
      text: 'The scheme cut waiting lists by a third in a year.',
      errors: [{ flagged: 'a third', message: /fraction/ }],
    },
    {
      name: "a share of a group in the reporter's voice is a claim whatever the detector's score",
      text: 'Nearly a third of households in the borough rent privately.',
      errors: [{ flagged: 'a third', message: /fraction: “a third”/ }],
    },
  ],
});
