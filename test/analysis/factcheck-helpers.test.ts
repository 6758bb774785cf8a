// The fact-check helpers the rules and the ledger share: numbers and figures, dates and
// datelines, transcripts, the quote-sources index, and the claims ledger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { findDateline, findDates, weekdayLike } from '../../server/src/analysis/dates';
import { findFigures } from '../../server/src/analysis/figures';
import { buildLedger, formatLedger } from '../../server/src/analysis/ledger';
import { buildModel } from '../../server/src/analysis/model';
import { formatNumber, parseNumberWords } from '../../server/src/analysis/numbers';
import { createQuoteSources, quotationItems } from '../../server/src/analysis/quote-sources';
import { transcriptText } from '../../server/src/analysis/transcripts';

const figures = (text: string) =>
  findFigures(text, 0, text.length).map((f) => ({ text: text.slice(f.start, f.end), value: f.value, low: f.low, high: f.high, unit: f.unit }));

test('number words', () => {
  const cases: [string, number | null][] = [
    ['twelve', 12],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['one hundred and twenty', 120],
    ['two million', 2e6],
    ['three thousand five hundred', 3500],
    ['ninety nine', 99],
    ['five six', null],
    ['twenty twelve', null],
  ];
  for (const [words, value] of cases) assert.equal(parseNumberWords(words), value, words);
  assert.equal(formatNumber(4500), '4,500');
  assert.equal(formatNumber(3_200_000), '3.2 million');
});

test('figures: numerals, words, money, percentages, approximations, casualties', () => {
  assert.deepEqual(figures('More than 4,000 fighters entered the city.'), [
    { text: 'More than 4,000 fighters', value: 4000, low: 4000, high: Infinity, unit: 'fighter' },
  ]);
  assert.deepEqual(figures('twelve dead'), [{ text: 'twelve dead', value: 12, low: 12, high: 12, unit: 'killed' }]);
  assert.deepEqual(figures('The blast left 14 people dead.'), [{ text: '14 people', value: 14, low: 14, high: 14, unit: 'killed' }]);
  assert.deepEqual(figures('It raised $3.2 million in donations.'), [
    { text: '$3.2 million in donations', value: 3_200_000, low: 3_150_000, high: 3_250_000, unit: 'usd:donation' },
  ]);
  assert.deepEqual(figures('Support fell to 12 percent of voters.'), [
    { text: '12 percent of voters', value: 12, low: 11.5, high: 12.5, unit: 'percent:voter' },
  ]);
  assert.deepEqual(figures('About 4,500 militants'), [{ text: 'About 4,500 militants', value: 4500, low: 3825, high: 5175, unit: 'fighter' }]);
  assert.deepEqual(figures('nearly 300 troops'), [{ text: 'nearly 300 troops', value: 300, low: 255, high: 300, unit: 'soldier' }]);
  assert.deepEqual(figures('between 12 and 14 soldiers were killed')[0]!.high, 14);
  assert.deepEqual(figures('In 2016, 20 years ago at 5 p.m. on March 5, the 12-year-old and the 3rd'), []);
  assert.deepEqual(figures('Resolution 2254 and Route 66'), []);
});

test('figures: groups, events and the dead by another name (issue 18)', () => {
  const one = (text: string) => {
    const [f] = findFigures(text, 0, text.length);
    assert.ok(f, text);
    return { text: text.slice(f.start, f.end), value: f.value, unit: f.unit, collective: f.collective, event: f.event };
  };
  // A group's size counts its members: people in a crowd, workers in a workforce.
  assert.deepEqual(one('She spoke to the 2,000-strong crowd outside City Hall.'), {
    text: '2,000-strong crowd',
    value: 2000,
    unit: 'person',
    collective: 'crowd',
    event: null,
  });
  assert.deepEqual(one('The plant has an 850-strong workforce.'), {
    text: '850-strong workforce',
    value: 850,
    unit: 'worker',
    collective: 'workforce',
    event: null,
  });
  assert.deepEqual(one('Police estimated the crowd at 4,000.'), { text: '4,000', value: 4000, unit: 'person', collective: 'crowd', event: null });
  assert.deepEqual(one('Cheers rose across a crowd of about 8,000 in Carson.'), {
    text: 'about 8,000',
    value: 8000,
    unit: 'person',
    collective: 'crowd',
    event: null,
  });
  // "a crowd of 800 … members": what follows is counted.
  assert.equal(one('He stood before a crowd of 800 construction trade union members.').unit, 'member');
  // A "-strong" compound that is not a group is not a count; nor is a 12-year-old.
  assert.deepEqual(figures('A 12-year-old boy and a 46-strong flotilla of boats.'), []);
  // "1,500 job losses": jobs, cut.
  assert.deepEqual(one('The 1,500 job losses would fall on call centres.'), {
    text: '1,500 job losses',
    value: 1500,
    unit: 'job',
    collective: null,
    event: 'cut',
  });
  // The bodies of the dead count the dead; public bodies do not.
  assert.equal(one('He said the bodies of 19 people had been recovered.').unit, 'killed');
  assert.equal(one('In all, 168 public bodies would go.').unit, 'body');
  // A range of money: "between $5,000 and $15,000" is one figure.
  assert.deepEqual(figures('Trump reported between $5,000 and $15,000 in interest income.'), [
    { text: '$5,000 and $15,000 in interest income', value: 5000, low: 4999.5, high: 15000.5, unit: 'usd:income' },
  ]);
});

test('dates, weekdays and datelines', () => {
  const text = 'The talks resumed on Friday, December 10, 2016, and on Sat. 11 Dec.';
  const dates = findDates(text, 0, text.length);
  assert.deepEqual(
    dates.map((d) => [text.slice(d.start, d.end), d.year, d.month, d.day, d.weekday && text.slice(d.weekday.start, d.weekday.end)]),
    [
      ['Friday, December 10, 2016', 2016, 11, 10, 'Friday'],
      ['Sat. 11 Dec.', null, 11, 11, 'Sat'],
    ],
  );
  for (const [doc, expected] of [
    ['BEIRUT, Dec. 10 (Reuters) – The army advanced.', [null, 11, 10]],
    ['Published: December 10, 2016\n\nThe army advanced.', [2016, 11, 10]],
    ['RIVERTON, March 14, 2024 – The embankment gave way.', [2024, 2, 14]],
    ['The army advanced on December 10, 2016.', null],
  ] as const) {
    const model = buildModel(doc, 'text');
    const d = findDateline(model.prose, model.blocks);
    assert.deepEqual(d && [d.year, d.month, d.day], expected, doc);
  }
  assert.equal(weekdayLike('Fri', 6), 'Sat');
  assert.equal(weekdayLike('FRIDAY', 6), 'SATURDAY');
  assert.equal(weekdayLike('Friday', 2), 'Tuesday');
});

test('transcripts: VTT and SRT cue text keeps offsets and lines, drops timing and markup', () => {
  const vtt = 'WEBVTT\n\nNOTE a comment\n\n1\n00:00:01.000 --> 00:00:04.000 align:start\n<v Rami>Many civilians</v> are <i>trapped</i>.\n';
  const out = transcriptText('a.vtt', vtt);
  assert.equal(out.length, vtt.length);
  assert.equal(out.split('\n').length, vtt.split('\n').length);
  assert.equal(out.replace(/\s+/g, ' ').trim(), 'Many civilians are trapped .');
  const srt = '1\r\n00:00:01,000 --> 00:00:04,000\r\nWe asked for money\r\nthree times.\r\n\r\n2\r\n00:00:05,000 --> 00:00:06,000\r\n{\\an8}Thank you.\r\n';
  assert.equal(transcriptText('b.srt', srt).replace(/\s+/g, ' ').trim(), 'We asked for money three times. Thank you.');
  assert.equal(transcriptText('c.txt', 'as is'), 'as is');
});

test('quote sources: items, exact with gaps and wildcards, close with a passage, line numbers', () => {
  assert.deepEqual(quotationItems('We [the council] asked … three times.'), [
    { kind: 'word', word: 'we' },
    { kind: 'wildcard' },
    { kind: 'word', word: 'asked' },
    { kind: 'gap' },
    { kind: 'word', word: 'three' },
    { kind: 'word', word: 'times' },
  ]);
  const sources = createQuoteSources([{ path: 'notes.txt', text: 'First line.\nWe asked for money three times, and three times we were turned down.\n' }]);
  assert.equal(sources.match('we asked for money three times')?.kind, 'exact');
  assert.equal(sources.match('We [the council] asked for money … we were turned down')?.kind, 'exact');
  assert.equal(sources.match("We've asked for money")?.kind, undefined, 'too short to be close; not exact');
  const close = sources.match('We asked for money three times and three times we were refused.');
  assert.equal(close?.kind, 'close');
  assert.equal(close?.passage.line, 2);
  assert.equal(close?.passage.text, 'We asked for money three times, and three times we were turned down');
  assert.equal(sources.match('The weather was lovely all week long in the town, they said.'), null);
});

test('ledger: figures, dates, events and quotations with their attribution; CSV, JSON and Markdown', () => {
  const text = [
    'BEIRUT, Dec. 10, 2016 (Reuters) – ISIS fighters re-entered Palmyra on Saturday, the Observatory said.',
    '',
    'Rami Abdel Rahman said 4,000 fighters took part. "Many civilians are trapped in the city," he said.',
    '',
    'Twelve people were killed in the Palmyra offensive.',
    '',
    'Turnout was the lowest on record.',
  ].join('\n');
  const rows = buildLedger(analyze(text, { format: 'text' }));
  assert.deepEqual(
    rows.map((r) => [
      r.id,
      r.kind,
      r.claim,
      r.line,
      r.attribution ? `${r.attribution.source} (${r.attribution.kind}, ${r.attribution.via})` : 'unattributed',
      r.verifiedBy,
    ]),
    [
      [1, 'date', 'Dec. 10, 2016', 1, 'the Observatory (named, content)', ''],
      [2, 'date', 'Saturday', 1, 'the Observatory (named, content)', ''],
      [3, 'figure', '4,000 fighters', 3, 'Rami Abdel Rahman (named, content)', ''],
      [4, 'quote', '"Many civilians are trapped in the city,"', 3, 'Rami Abdel Rahman (named, content)', ''],
      [5, 'figure', 'Twelve people', 5, 'unattributed', ''],
      [6, 'event', 'Palmyra offensive', 5, 'unattributed', ''],
      [7, 'claim', 'the lowest', 7, 'unattributed', ''],
    ],
  );
  // Every row carries the claim detector's score of its sentence and, for a check-worthy one, why.
  assert.deepEqual(rows[6]!.why, ['superlative: ‘the lowest’', 'record: ‘on record’']);
  assert.ok(rows[4]!.why.includes('casualties or harm: ‘killed’'));
  assert.ok(rows[4]!.score > rows[3]!.score, 'a casualty count scores above a quoted view');
  assert.deepEqual(rows[3]!.why, []);
  const csv = formatLedger([{ path: 'story.txt', rows }], 'csv');
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'file,id,line,column,kind,claim,sentence,source,source kind,score,why,verified by');
  assert.equal(
    lines[4],
    `story.txt,4,3,50,quote,"""Many civilians are trapped in the city,""","""Many civilians are trapped in the city,"" he said.",Rami Abdel Rahman,named,${rows[3]!.score.toFixed(2)},,`,
  );
  assert.equal(
    lines[5],
    `story.txt,5,5,1,figure,Twelve people,Twelve people were killed in the Palmyra offensive.,unattributed,,${rows[4]!.score.toFixed(2)},${rows[4]!.why.join('; ')},`,
  );
  const json = JSON.parse(formatLedger([{ path: 'story.txt', rows }], 'json'));
  assert.equal(json.version, 1);
  assert.deepEqual(Object.keys(json.files[0].claims[0]), [
    'id',
    'kind',
    'claim',
    'line',
    'column',
    'start',
    'end',
    'sentence',
    'attribution',
    'score',
    'why',
    'verifiedBy',
  ]);
  const md = formatLedger([{ path: 'story.txt', rows }], 'md');
  assert.match(md, /^## story\.txt\n\n\| # \| Line \| Kind \| Claim \| Sentence \| Source \| Score \| Why \| Verified by \|/);
  assert.match(
    md,
    /\| 5 \| 5 \| figure \| Twelve people \| Twelve people were killed in the Palmyra offensive\. \| \*unattributed\* \| \d\.\d\d \| figure: ‘Twelve people’; casualties or harm: ‘killed’[^|]* \| {2}\|/,
  );
  assert.equal(formatLedger([{ path: 'x', rows: [] }], 'md'), '## x\n\nNo checkable claims found.\n');
});

test('ledger: a formula-like cell is defused for spreadsheets', () => {
  const rows = buildLedger(analyze('=HYPERLINK("x") said 12 people were killed.', { format: 'text' }));
  const csv = formatLedger([{ path: 'a.txt', rows }], 'csv');
  assert.doesNotMatch(csv, /,=HYPERLINK/);
});
