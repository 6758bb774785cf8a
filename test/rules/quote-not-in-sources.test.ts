// quote-not-in-sources: direct quotations against the writer's transcripts and notes, which are
// given as in-memory documents (the CLI reads folders; see test/cli/factcheck.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transcriptSource, transcriptText } from '../../server/src/analysis/transcripts';
import { run, ruleTester } from './tester';

const VTT = transcriptText(
  'interview.vtt',
  [
    'WEBVTT',
    '',
    'NOTE Interview with Rami Abdel Rahman, 10 December 2016',
    '',
    '1',
    '00:00:01.000 --> 00:00:05.000',
    '<v Rami Abdel Rahman>Many civilians are trapped under the flames of battles in the city.',
    '',
    '00:00:05.500 --> 00:00:09.000 align:start',
    '<v Rami Abdel Rahman>We have counted 4,000 fighters around Palmyra,',
    'and they have heavy machine guns and missiles.',
    '',
    '00:00:09.500 --> 00:00:14.000',
    "<v Rami Abdel Rahman>The regime's priority was never to fight ISIS. It was to get rid of the moderate opposition.",
    '',
  ].join('\n'),
);
const NOTES = [
  'Notes, phone call with Ahmad Rahhal, 10 Dec.',
  'Rahhal: "The priority of the Assad regime was not to fight ISIS, but an attempt to quickly get rid of the moderate opposition." He paused.',
  'Said the army "can\'t hold the city without Russian planes, not for a week."',
].join('\n');
const RELEASE = '“We will publish every email about the embankment,” council leader Maria Okonkwo said. “Every one of them, without exception.”';
const SOURCES = [
  { path: 'transcripts/interview.vtt', text: VTT },
  { path: 'notes/rahhal.txt', text: NOTES },
  { path: 'releases/council.md', text: RELEASE },
];
const withSources = (text: string, name?: string) => ({ text, sources: SOURCES, ...(name ? { name } : {}) });

ruleTester('quote-not-in-sources', {
  valid: [
    { name: 'without sources the rule is silent', text: 'Abdel Rahman said "these words are nowhere at all in any file."' },
    withSources('Abdel Rahman said "many civilians are trapped under the flames of battles in the city."', 'word for word, from a VTT cue'),
    withSources('Abdel Rahman told AFP: "Many civilians are trapped under the flames of battles in the city."', 'case and punctuation are ignored'),
    withSources('“Many civilians are trapped,” Abdel Rahman said, “under the flames of battles in the city.”', 'a split quotation, each part found'),
    withSources('He said: "We have counted 4,000 fighters around Palmyra, and they have heavy machine guns and missiles."', 'across two lines of one cue'),
    withSources('He said: "We have counted 4,000 fighters around Palmyra … they have heavy machine guns and missiles."', 'an ellipsis is a gap'),
    withSources('He said: "We have counted 4,000 fighters around Palmyra ... and missiles."', 'three dots are a gap'),
    withSources('He said: "The [Assad] regime\'s priority was never to fight ISIS."', 'a bracketed insertion is a wildcard'),
    withSources('He said: "[The government\'s] priority was never to fight ISIS."', 'a bracketed replacement at the start'),
    withSources('He said the regime\'s "priority was never to fight ISIS."', 'a fragment'),
    withSources('He said: "The regime\'s priority was never to fight ISIS. It was to get rid of the moderate opposition."', 'across two cues'),
    withSources('Rahhal said "the priority of the Assad regime was not to fight ISIS."', 'from notes, inside their quotation marks'),
    withSources('He said the army "cannot hold the city without Russian planes, not for a week."', "contractions: can't and cannot"),
    withSources(
      'Okonkwo said the council "will publish every email about the embankment. Every one of them, without exception."',
      'a press release quoting in two parts around "she said"',
    ),
    withSources('He called it "a disaster" and "a shame."', 'short scare quotes are not checked'),
    withSources('The play is called "Sons of Trump and Other Stories."', 'titles in title case are not checked'),
    { ...withSources('# "Not in any source at all today"\n\nThe story follows.', 'headings are not copy'), format: 'markdown' },
    { ...withSources('Abdel Rahman said “many civilians are trapped under the flames of battles in the city.”'), format: 'markdown', name: 'Markdown' },
    withSources("He said: 'Many civilians are trapped under the flames of battles in the city.'", 'single quotation marks are not quotation marks here'),
    withSources(
      'He said: "Many civilians are trapped under the flames of battles in the city."\n\nHe said: "We have counted 4,000 fighters around Palmyra."',
      'two quotations, both found',
    ),
    withSources('He said: "many CIVILIANS are trapped under the flames of battles in the city!"', 'an exclamation mark for a full stop'),
    withSources('He said: "Many civilians are trapped under the flames of battles in the city," and hung up.', 'a comma before the attribution'),
  ],
  invalid: [
    {
      ...withSources('Okonkwo said the council "will publish every email about the flood defences."'),
      name: 'a passage cut off on "the": the finding, but no fix that would break the quotation',
      errors: [{ flagged: '"will publish every email about the flood defences."', message: /^Restore the source's wording, or check the quotation: / }],
      noFix: true,
    },
    {
      ...withSources('Abdel Rahman said: "Thousands of civilians were executed in the streets overnight."'),
      name: 'not in any source',
      errors: [
        {
          flagged: '"Thousands of civilians were executed in the streets overnight."',
          message: /^Check this quotation against the recording or notes, or add the source: it is not in the sources \(3 files\)\.$/,
        },
      ],
      noFix: true,
    },
    {
      ...withSources('Abdel Rahman said: "Many civilians are trapped under the fire of battles in the city."'),
      name: 'one word changed: the passage and a fix',
      errors: [
        {
          flagged: '"Many civilians are trapped under the fire of battles in the city."',
          message: /transcripts\/interview\.vtt:7 has “Many civilians are trapped under the flames of battles in the city” \(92% of the words the same\)/,
        },
      ],
      output: 'Abdel Rahman said: "Many civilians are trapped under the flames of battles in the city."',
    },
    {
      ...withSources('“Many civilians are stuck under the flames of battles in the city,” Abdel Rahman said.'),
      name: 'the closing comma stays',
      errors: [{ flagged: '“Many civilians are stuck under the flames of battles in the city,”' }],
      output: '“Many civilians are trapped under the flames of battles in the city,” Abdel Rahman said.',
    },
    {
      ...withSources('He said the regime\'s "priority was never to fight the Islamic State group."'),
      name: 'a changed ending',
      errors: [{ flagged: '"priority was never to fight the Islamic State group."' }],
    },
    {
      ...withSources('He said: "We counted 4,000 fighters around Palmyra, and they had heavy machine guns and missiles."'),
      name: 'tense changed',
      errors: [
        {
          flagged: '"We counted 4,000 fighters around Palmyra, and they had heavy machine guns and missiles."',
          message:
            /transcripts\/interview\.vtt:10 has “We have counted 4,000 fighters around Palmyra, and they have heavy machine guns and missiles” \(88% of the words the same\)/,
        },
      ],
      output: 'He said: "We have counted 4,000 fighters around Palmyra, and they have heavy machine guns and missiles."',
    },
    {
      ...withSources('He said: "We counted 5,000 fighters around Palmyra, and they have heavy machine guns and missiles."'),
      name: 'a figure changed in a quotation',
      errors: [{ flagged: '"We counted 5,000 fighters around Palmyra, and they have heavy machine guns and missiles."' }],
      output: 'He said: "We have counted 4,000 fighters around Palmyra, and they have heavy machine guns and missiles."',
    },
    {
      ...withSources('Rahhal said: "The priority of the Assad regime was not to fight ISIS, but to get rid of the moderate opposition quickly."'),
      name: 'reordered words in notes',
      errors: [
        {
          flagged: '"The priority of the Assad regime was not to fight ISIS, but to get rid of the moderate opposition quickly."',
          message: /notes\/rahhal\.txt:2 has/,
        },
      ],
    },
    {
      ...withSources('Okonkwo said the council "will release every email about the embankment. Every one of them."'),
      name: 'a press release, one word changed, its "she said" left out',
      errors: [
        {
          flagged: '"will release every email about the embankment. Every one of them."',
          message:
            /releases\/council\.md:1 has “will publish every email about the embankment, Every one of them, without exception” \(77% of the words the same\)/,
        },
      ],
      output: 'Okonkwo said the council "will publish every email about the embankment, Every one of them, without exception."',
    },
    {
      ...withSources('He said: "We have counted 4,000 fighters … they have tanks and missiles."'),
      name: 'an ellipsis does not excuse a changed word; no fix over an ellipsis',
      errors: [{ flagged: '"We have counted 4,000 fighters … they have tanks and missiles."' }],
      noFix: true,
    },
    {
      ...withSources('He said: "The [Assad] regime\'s priority was always to fight ISIS."'),
      name: 'a bracket does not excuse a changed word; no fix over a bracket',
      errors: [{ flagged: '"The [Assad] regime\'s priority was always to fight ISIS."' }],
      noFix: true,
    },
    {
      ...withSources('He said: "Help is coming soon to the people of Aleppo."'),
      name: 'a short quotation that is not there',
      errors: [{ flagged: '"Help is coming soon to the people of Aleppo."' }],
    },
    {
      ...withSources('He said: "Many civilians are trapped in the city."'),
      name: 'too short to be a close match: not found',
      errors: [{ flagged: '"Many civilians are trapped in the city."', message: /not in the sources/ }],
    },
    {
      ...withSources(
        'He said: "Many civilians are trapped under the flames of battles in the city."\n\nHe said: "The regime wants to fight ISIS above all other things."',
      ),
      name: 'the second of two quotations',
      errors: [{ flagged: '"The regime wants to fight ISIS above all other things."' }],
    },
    {
      ...withSources('“Many civilians are trapped under the flames of battle in the town,” Abdel Rahman said.'),
      name: 'two words changed',
      errors: [{ flagged: '“Many civilians are trapped under the flames of battle in the town,”', message: /\(83% of the words the same\)/ }],
      output: '“Many civilians are trapped under the flames of battles in the city,” Abdel Rahman said.',
    },
    {
      ...withSources('“many civilians are trapped under the fire of battles in the city,” he said.'),
      name: 'a lower-case start keeps its case',
      errors: [{ flagged: '“many civilians are trapped under the fire of battles in the city,”' }],
      output: '“many civilians are trapped under the flames of battles in the city,” he said.',
    },
    {
      ...withSources('# Palmyra\n\nAbdel Rahman said: "Many civilians are trapped under the *fire* of battles in the city."'),
      format: 'markdown',
      name: 'Markdown',
      errors: [{ flagged: '"Many civilians are trapped under the *fire* of battles in the city."' }],
    },
    {
      ...withSources('"Many civilians are trapped under the flames of war in the city.\n\n"We have counted 4,000 fighters around Palmyra," he said.'),
      name: 'a quotation over two paragraphs: no fix',
      errors: [{ flagged: '"Many civilians are trapped under the flames of war in the city.\n\n"We have counted 4,000 fighters around Palmyra,"' }],
      noFix: true,
    },
    {
      ...withSources('The council said it "will not publish any email about the embankment."'),
      name: 'a negation added',
      errors: [{ flagged: '"will not publish any email about the embankment."' }],
    },
  ],
});

test("quote-not-in-sources: the fix edits only the quotation's inner words", () => {
  const text = 'Abdel Rahman said: "Many civilians are trapped under the fire of battles in the city."';
  const [finding] = run('quote-not-in-sources', text, { sources: SOURCES });
  const edit = finding!.fixes[0]!.edits[0]!;
  assert.equal(text.slice(edit.start, edit.end), 'Many civilians are trapped under the fire of battles in the city');
  assert.equal(finding!.fixes[0]!.title, 'Restore the wording of transcripts/interview.vtt');
});

// Speaker labels in notes and transcripts (issue 18): "Amanda Price: …" is the speaker, not the words.
const LABELLED = {
  path: 'price-call.txt',
  ...transcriptSource(
    'price-call.txt',
    [
      'Call with Amanda Price, Tuesday 11 March',
      '',
      'Amanda Price: We have listened to parents and we will keep the school open for another two years at least.',
      'Reporter: And after that?',
      'Amanda Price: We will review it in 2027, like every small school in the county.',
    ].join('\n'),
  ),
};

test("transcriptSource: labels are blanked in place and open the speakers' turns", () => {
  const raw = 'Amanda Price: We have listened.\nQ: And then?\nJoanne Kerr (campaign): The school is the heart of this village.\nNote: call back';
  const { text, turns } = transcriptSource('notes.txt', raw);
  assert.equal(text.length, raw.length);
  assert.equal(text, '              We have listened.\n   And then?\n                        The school is the heart of this village.\nNote: call back');
  assert.deepEqual(
    turns.map((t) => [t.speaker, raw.slice(t.start, t.end).trim()]),
    [
      ['Amanda Price', 'We have listened.'],
      ['Q', 'And then?'],
      ['Joanne Kerr', 'The school is the heart of this village.\nNote: call back'],
    ],
  );
  const vtt = transcriptSource('a.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Maria Okonkwo>We asked three times.\n');
  assert.deepEqual(
    vtt.turns.map((t) => t.speaker),
    ['Maria Okonkwo'],
  );
  assert.doesNotMatch(vtt.text, /Maria|<v/);
});

ruleTester('quote-not-in-sources', {
  valid: [
    {
      name: 'a quotation word for word after a speaker label',
      text: '“We will review it in 2027, like every small school in the county,” Price said.',
      sources: [LABELLED],
    },
  ],
  invalid: [
    {
      name: 'the label is never taken into the passage or the restore fix',
      text: 'Amanda Price said: “Amanda Price: we have listened to parents and will keep the school open for another two years.”',
      sources: [LABELLED],
      errors: [
        {
          flagged: '“Amanda Price: we have listened to parents and will keep the school open for another two years.”',
          message:
            /^Restore the source's wording, or check the quotation: price-call\.txt:3 \(Amanda Price\) has “We have listened to parents and we will keep the school open for another two years at least”/,
        },
      ],
    },
    {
      name: 'reworded from labelled notes: the fix restores the words only',
      text: '“We have listened to parents and we will keep the school open for at least another two years,” said Amanda Price.',
      sources: [LABELLED],
      errors: [
        {
          flagged: '“We have listened to parents and we will keep the school open for at least another two years,”',
          message: /price-call\.txt:3 \(Amanda Price\) has “We have listened/,
        },
      ],
      output: '“We have listened to parents and we will keep the school open for another two years at least,” said Amanda Price.',
    },
    {
      name: "the same words said by two people: the quotation's speaker is the one shown",
      text: '“We will keep the school open for at least two more years,” said Amanda Price.',
      sources: [
        {
          path: 'meeting.txt',
          ...transcriptSource(
            'meeting.txt',
            'Joanne Kerr: We will keep the school open for at least another two years.\nAmanda Price: We will keep the school open for at least another two years.',
          ),
        },
      ],
      errors: [{ flagged: '“We will keep the school open for at least two more years,”', message: /meeting\.txt:2 \(Amanda Price\)/ }],
    },
    {
      // The source written with a description after the name (or before it) is still the speaker:
      // her turn, not Joanne Kerr's, whatever the description ends on.
      name: "a source with its description: the speaker is the name in it, not the description's last word",
      text: "Amanda Price, the council's cabinet member for children, said: “We will keep the school open for at least two more years.”",
      sources: [
        {
          path: 'meeting.txt',
          ...transcriptSource(
            'meeting.txt',
            'Joanne Kerr: We will keep the school open for at least another two years.\nAmanda Price: We will keep the school open for at least another two years.',
          ),
        },
      ],
      errors: [{ flagged: '“We will keep the school open for at least two more years.”', message: /meeting\.txt:2 \(Amanda Price\)/ }],
    },
  ],
});
