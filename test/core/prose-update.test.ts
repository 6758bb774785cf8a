// updateProse (the language server re-parses only the paragraph being edited) must give exactly
// what extractProse gives for the whole new text, whenever it gives anything: random one-character
// edits, many of them Markdown syntax, over documents full of constructs that reach across blocks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { extractProse, updateProse, type Prose } from '../../server/src/analysis/prose';

const story = readFileSync(join(__dirname, '..', 'fixtures', 'wire-story.md'), 'utf8');

const constructs = [
  '---',
  'title: A story',
  '---',
  '',
  '# Council vote',
  '',
  'The council said on Tuesday that the bridge would reopen, according to some reports.',
  '',
  '- first item, officials said',
  '- second item',
  '',
  '  indented after a list: it continues the item',
  '',
  'A paragraph with [a link](https://example.com) and `code` and *emphasis* and www.example.com.',
  '',
  '> A quotation in a blockquote, “she said.”',
  '> Continued.',
  '',
  '| Party | Seats |',
  '| --- | --- |',
  '| Red | 12 |',
  '',
  '```',
  'code, not prose: reportedly',
  '```',
  '',
  '<!-- whosaid-disable-next-line vague-source -->',
  'Sources said the deal was close.',
  '',
  'Heading underlined',
  '==================',
  '',
  'Two people familiar with the talks said it was “a matter of days.”',
  '',
  '1. one',
  '2. two',
  '',
  'Last paragraph, reportedly.',
  '',
].join('\n');

const withDefinitions = `${story}\n\nA [reference][ref] and a footnote[^1].\n\n[ref]: https://example.com\n\n[^1]: The footnote, officials said.\n`;

// Characters an edit may insert: letters, spaces, line breaks and Markdown syntax.
const INSERTS = [
  'e',
  'a',
  'x',
  ' ',
  ' ',
  '\n',
  '\n',
  '#',
  '*',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '>',
  '-',
  '|',
  '=',
  '<',
  '!',
  '1',
  '.',
  ':',
  '“',
  '”',
  '"',
  '\\',
  '~',
  '\t',
];

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function run(start: string, seed: number, edits: number): { reused: number; compared: number } {
  const random = rng(seed);
  let text = start;
  let prose: Prose = extractProse(text, 'markdown');
  let reused = 0;
  for (let n = 0; n < edits; n++) {
    const at = Math.floor(random() * (text.length + 1));
    const next =
      random() < 0.3 && text.length > 0
        ? text.slice(0, Math.min(at, text.length - 1)) + text.slice(Math.min(at, text.length - 1) + 1)
        : text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
    const full = extractProse(next, 'markdown');
    const updated = updateProse(text, prose, next);
    if (updated) {
      reused++;
      assert.deepEqual(updated, full, `edit ${n} at ${at} (seed ${seed}):\n${JSON.stringify(next.slice(Math.max(0, at - 40), at + 40))}`);
    }
    text = next;
    prose = full;
  }
  return { reused, compared: edits };
}

test('updateProse equals extractProse after random edits of a wire story', () => {
  const { reused } = run(story, 1, 1500);
  assert.ok(reused > 300, `only ${reused} of 1500 edits were reused`);
});

test('updateProse equals extractProse after random edits of a document with lists, tables, code, HTML and front matter', () => {
  const { reused } = run(constructs, 2, 1500);
  assert.ok(reused > 150, `only ${reused} of 1500 edits were reused`);
});

test('updateProse equals extractProse in a document with link and footnote definitions', () => {
  const { reused } = run(withDefinitions, 3, 1000);
  assert.ok(reused > 100, `only ${reused} of 1000 edits were reused`);
});

test('analyze with the previous model gives what analyze gives from scratch', () => {
  const random = rng(4);
  let text = story;
  let previous = analyze(text, { format: 'markdown' });
  for (let n = 0; n < 200; n++) {
    const at = Math.floor(random() * (text.length + 1));
    text = text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
    const incremental = analyze(text, { format: 'markdown', previous: previous.model });
    const scratch = analyze(text, { format: 'markdown' });
    assert.deepEqual(incremental.findings, scratch.findings);
    assert.deepEqual(incremental.attributions, scratch.attributions);
    assert.deepEqual({ ...incremental.model, structure: undefined }, { ...scratch.model, structure: undefined });
    previous = incremental;
  }
});
