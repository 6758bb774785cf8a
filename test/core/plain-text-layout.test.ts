// Plain text: a paragraph is the text between blank lines, so copy hard-wrapped or written one
// sentence per line keeps its paragraphs (and what the rules read across a paragraph's sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractProse } from '../../server/src/analysis/prose';
import { run } from '../rules/tester';
import { RULES } from '../../server/src/rules';

const blocks = (text: string) => extractProse(text, 'text').blocks.map((b) => [text.slice(b.start, b.end), b.kind]);

test('one sentence per line is one paragraph', () => {
  const text =
    'The council approved the budget on Tuesday after a debate that ran well into the night and ended with a vote.\nIt protects every library in the borough.\nThe vote was 6-3.\nThe opposition said it would try again in the spring.';
  assert.deepEqual(blocks(text), [[text, 'paragraph']]);
});

test('hard-wrapped copy is one paragraph, even where a line ends before a name', () => {
  const text = [
    'The council approved the budget on Tuesday after a debate that ran on',
    'well into the night, according to a statement from the council leader',
    'Amanda Price, who said every library in the borough would stay open.',
  ].join('\n');
  assert.deepEqual(blocks(text), [[text, 'paragraph']]);
});

test('a headline, a byline and a date line above the story stand apart', () => {
  const text =
    'Council approves budget\nBy Jane Doe\nMarch 3, 2025\nThe council approved the budget on Tuesday after a long debate.\nIt protects every library in the borough.';
  assert.deepEqual(blocks(text), [
    ['Council approves budget', 'heading'],
    ['By Jane Doe', 'byline'],
    ['March 3, 2025', 'meta'],
    ['The council approved the budget on Tuesday after a long debate.\nIt protects every library in the borough.', 'paragraph'],
  ]);
});

test('blank lines separate paragraphs', () => {
  assert.deepEqual(blocks('First paragraph here.\n\nSecond paragraph here.'), [
    ['First paragraph here.', 'paragraph'],
    ['Second paragraph here.', 'paragraph'],
  ]);
});

test('one paragraph on each line, with no blank lines between, stays one paragraph a line', () => {
  const a = 'The council approved the budget on Tuesday after a long debate. It protects every library in the borough, the leader said.';
  const b = 'The opposition voted against it. Its leader said the plan left the town short of money for repairs to its roads.';
  assert.deepEqual(blocks(`${a}\n${b}`), [
    [a, 'paragraph'],
    [b, 'paragraph'],
  ]);
});

test('a report in the sentence before, on the line before, sources a hedge', () => {
  const text =
    'The Ledger reported on Monday that the mayor met the developers twice at her office in the weeks before the vote.\nShe reportedly promised them a faster permit.';
  assert.deepEqual(
    run('hedged-report', text).map((f) => text.slice(f.start, f.end)),
    [],
  );
  // In a paragraph of its own, the hedge has no source beside it.
  const apart = text.replace('\n', '\n\n');
  assert.deepEqual(
    run('hedged-report', apart).map((f) => apart.slice(f.start, f.end)),
    ['reportedly'],
  );
});

// A headline is never queried (the copy desk's convention): a short first line without final
// punctuation, or a Markdown heading, is not copy, and every rule skips it (RuleContext.isCopy).
// A headline with a full stop is read as copy: "Federal court rules against Ohio's purges of voter
// rolls." cannot be told from a one-sentence lede.
test('no rule queries a headline: a plain-text first line without a full stop, a Markdown heading', () => {
  const story = 'The council said on Tuesday that turnout fell to 31%.';
  for (const [format, text] of [
    ['text', `Turnout Hits Record Low As Officials Reportedly Fear Apathy\n\n${story}`],
    ['text', `Turnout reportedly lowest on record\n\n${story}`],
    ['markdown', `# Turnout reportedly the lowest on record\n\n${story}`],
    ['markdown', `Turnout reportedly the lowest on record, critics say\n===\n\n${story}`],
  ] as const) {
    const findings = RULES.flatMap((r) => run(r.id, text, { format })).filter((f) => f.start < text.indexOf('The council'));
    assert.deepEqual(findings, [], `${format}: ${text.split('\n')[0]}`);
  }
});

// A headline with its deck on the line below (as USA Today files them: "Headline; \nDeck."): the
// headline's line ends without a full stop, and the deck is one short sentence. Both are display
// type, not copy; a first paragraph of two lines of copy is still copy.
test('a headline and its deck on the next line are one heading', () => {
  const story = 'The mayor raised the money in the last three months of the year, her campaign announced on Saturday.';
  const rest = 'Her rival, a state senator, has not yet released a figure for the same period of the campaign.';
  const text = `Mayor raises $4M; \nIs within $1M of her rival's haul.\n\n${story}\n\n${rest}`;
  assert.deepEqual(blocks(text)[0], ["Mayor raises $4M; \nIs within $1M of her rival's haul.", 'heading']);
  const copy = `The mayor raised $4M.\nShe is within $1M of her rival's haul.\n\n${story}\n\n${rest}`;
  assert.deepEqual(blocks(copy)[0], ["The mayor raised $4M.\nShe is within $1M of her rival's haul.", 'paragraph']);
});
