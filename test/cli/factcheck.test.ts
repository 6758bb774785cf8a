// The fact-check parts of the CLI: `check` with the config's `sources` folders (transcripts,
// subtitles, notes), and `whosaid ledger` in its three formats. Throwaway folders only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingLines, ROOT, tempTree, whosaid } from './helpers';

const ARTICLE = [
  'RIVERTON, March 14, 2024 – More than 1,200 homes were flooded, the council said.',
  '',
  'Council leader Maria Okonkwo said: "We asked for money three times and three times we were refused."',
  '',
  'Okonkwo said the breach "was not a surprise to anyone who had read the 2019 inspection report."',
  '',
  'Residents said the water rose "faster than anyone could have imagined in this town."',
  '',
].join('\n');
const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:06.500',
  '<v Maria Okonkwo>It was not a surprise to anyone who had read the 2019 inspection report.',
  '',
  '00:00:07.000 --> 00:00:12.000',
  '<v Maria Okonkwo>We asked for money three times, and three times we were turned down.',
  '',
].join('\n');

test("check: quotations against the config's sources folder, relative to the config file", async () => {
  // "../transcripts" leaves the config's folder: allowed inside the same git work tree only.
  const root = tempTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'desk/.whosaidrc.json': '{ "sources": ["../transcripts"], "rules": { "anonymous-source": "off" } }',
    'desk/story.txt': ARTICLE,
    'transcripts/okonkwo.vtt': VTT,
    'transcripts/ignored.mp3': 'not text',
  });
  const r = await whosaid(['check', 'story.txt'], { cwd: `${root}/desk` });
  assert.deepEqual(
    findingLines(r.stdout).filter((l) => l.includes('quote-not-in-sources')),
    [
      "story.txt:3:36: warning quote-not-in-sources Restore the source's wording, or check the quotation: ../transcripts/okonkwo.vtt:7 (Maria Okonkwo) has “We asked for money three times, and three times we were turned down” (85% of the words the same).",
      'story.txt:7:31: warning quote-not-in-sources Check this quotation against the recording or notes, or add the source: it is not in the sources (1 file).',
    ],
  );
  const json = JSON.parse((await whosaid(['check', 'story.txt', '--format', 'json'], { cwd: `${root}/desk` })).stdout);
  const fix = json.files[0].diagnostics.find((d: { rule: string }) => d.rule === 'quote-not-in-sources').fixes[0];
  assert.equal(fix.title, 'Restore the wording of ../transcripts/okonkwo.vtt');
  assert.equal(fix.edits[0].newText, 'We asked for money three times, and three times we were turned down');
});

test('check: the same sources in worker threads', async () => {
  const root = tempTree({ '.whosaidrc.json': '{ "sources": ["transcripts"] }', 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'transcripts/okonkwo.vtt': VTT });
  const one = await whosaid(['check', 'a.txt', 'b.txt'], { cwd: root });
  const two = await whosaid(['check', 'a.txt', 'b.txt', '--jobs', '2'], { cwd: root });
  assert.equal(two.stdout, one.stdout);
  assert.equal(findingLines(one.stdout).filter((l) => l.includes('quote-not-in-sources')).length, 4);
});

test('check: a missing sources folder is a config error (exit 2)', async () => {
  const root = tempTree({ '.whosaidrc.json': '{ "sources": ["nowhere"] }', 'a.txt': ARTICLE });
  const r = await whosaid(['check', 'a.txt'], { cwd: root });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^\.whosaidrc\.json: error: sources: nowhere: sources folder not found \(no such file or directory\)$/m);
});

test('check: "sources" must be an array of strings', async () => {
  const root = tempTree({ '.whosaidrc.json': '{ "sources": "transcripts" }', 'a.txt': ARTICLE });
  const r = await whosaid(['check', 'a.txt'], { cwd: root });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\.whosaidrc\.json:1:\d+: error: "sources" must be array/);
});

test('check: without sources, quotations are not checked', async () => {
  const root = tempTree({ 'a.txt': ARTICLE });
  assert.doesNotMatch((await whosaid(['check', 'a.txt'], { cwd: root })).stdout, /quote-not-in-sources/);
});

test('check: name-first-reference is off unless configured', async () => {
  const text = 'The city has fallen. Rahman said so on Saturday.\n\nRami Rahman heads the Observatory.\n';
  const off = tempTree({ 'a.txt': text });
  assert.doesNotMatch((await whosaid(['check', 'a.txt'], { cwd: off })).stdout, /name-first-reference/);
  const on = tempTree({ 'a.txt': text, '.whosaidrc.json': '{ "rules": { "name-first-reference": "information" } }' });
  assert.match(
    (await whosaid(['check', 'a.txt'], { cwd: on })).stdout,
    /a\.txt:1:22: information name-first-reference Use the full name on first reference: “Rahman” appears before the story gives the full name, “Rami Rahman”/,
  );
});

test('ledger: CSV by default, one row per claim, blank verified-by column', async () => {
  const root = tempTree({ 'story.txt': ARTICLE });
  const r = await whosaid(['ledger', 'story.txt'], { cwd: root });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  const lines = r.stdout.split('\r\n');
  assert.equal(lines[0], 'file,id,line,column,kind,claim,sentence,source,source kind,score,why,verified by');
  assert.match(
    lines[1]!,
    /^story\.txt,1,1,11,date,"March 14, 2024","RIVERTON, March 14, 2024 – More than 1,200 homes were flooded, the council said\.",the council,named,-?\d+\.\d\d,".*",$/,
  );
  assert.match(
    lines[2]!,
    /^story\.txt,2,1,28,figure,"More than 1,200 homes","RIVERTON, March 14, 2024 – More than 1,200 homes were flooded, the council said\.",the council,named,-?\d+\.\d\d,"?figure: ‘More than 1,200 homes’.*,$/,
  );
  assert.match(
    lines[3]!,
    /^story\.txt,3,3,36,quote,"""We asked for money three times and three times we were refused\.""",.*,Council leader Maria Okonkwo,named,-?\d+\.\d\d,.*,$/,
  );
  assert.equal(lines.at(-1), '');
});

test('ledger: JSON and Markdown; several files in sorted order; usage errors', async () => {
  const root = tempTree({
    'b.txt': 'Twelve people were killed in the attack.\n',
    'a.md': '# Title\n\nThe storm flooded 1,200 homes on Friday, March 15, 2024.\n',
  });
  const json = JSON.parse((await whosaid(['ledger', '.', '--format', 'json'], { cwd: root })).stdout);
  assert.deepEqual(
    json.files.map((f: { path: string }) => f.path),
    ['a.md', 'b.txt'],
  );
  assert.deepEqual(
    json.files[0].claims.map((c: { kind: string; claim: string }) => `${c.kind}: ${c.claim}`),
    ['figure: 1,200 homes', 'date: Friday, March 15, 2024'],
  );
  assert.equal(json.files[1].claims[0].attribution, null);
  const md = await whosaid(['ledger', 'b.txt', '-f', 'md'], { cwd: root });
  assert.equal(
    md.stdout,
    [
      '## b.txt',
      '',
      '| # | Line | Kind | Claim | Sentence | Source | Score | Why | Verified by |',
      '| ---: | ---: | --- | --- | --- | --- | ---: | --- | --- |',
      `| 1 | 1 | figure | Twelve people | Twelve people were killed in the attack. | *unattributed* | ${json.files[1].claims[0].score.toFixed(2)} | figure: ‘Twelve people’; casualties or harm: ‘killed’ |  |`,
      '',
    ].join('\n'),
  );
  const bad = await whosaid(['ledger', '--format', 'xml'], { cwd: root });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be csv, json or md, not 'xml'/);
  const missing = await whosaid(['ledger', 'nope.txt'], { cwd: root });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.txt: error: no such file or directory/);
  assert.match((await whosaid(['ledger', '--help'])).stdout, /^Usage: whosaid ledger/);
});

test('check: .docx notes are read (by dist/docx.js, run only for Word files), their speaker labels as speakers', async () => {
  const docx = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'factcheck', 'price-notes.docx'));
  const root = tempTree({
    '.whosaidrc.json': '{ "sources": ["notes"] }',
    'story.txt': '“We have listened to parents and we will keep the school open for at least another two years,” said Amanda Price.\n',
    'notes/price.docx': docx,
  });
  const json = JSON.parse((await whosaid(['check', 'story.txt', '--format', 'json'], { cwd: root })).stdout);
  const found = json.files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'quote-not-in-sources');
  assert.equal(found.length, 1);
  assert.match(
    found[0].message,
    /^Restore the source's wording, or check the quotation: notes\/price\.docx:2 \(Amanda Price\) has “We have listened to parents and we will keep the school open for another two years at least”/,
  );
  assert.equal(found[0].fixes[0].edits[0].newText, 'We have listened to parents and we will keep the school open for another two years at least');
});

test('check: a broken .docx is named as a source that cannot be read (a sources error: exit 2, like any unreadable source)', async () => {
  const root = tempTree({
    '.whosaidrc.json': '{ "sources": ["notes"] }',
    'story.txt': ARTICLE,
    'notes/broken.docx': fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'factcheck', 'broken.docx')),
    'notes/okonkwo.vtt': VTT,
  });
  const r = await whosaid(['check', 'story.txt'], { cwd: root });
  assert.match(r.stderr, /^\.whosaidrc\.json: error: sources: notes\/broken\.docx: cannot read source: not a readable Word document \(Corrupted zip/);
  assert.equal(r.status, 2);
});

test('the CLI and server bundles do not contain the .docx reader', () => {
  for (const bundle of ['cli.js', 'server-main.js'])
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8'), /extractRawText|mammoth\/lib/);
  assert.match(fs.readFileSync(path.join(ROOT, 'dist', 'docx.js'), 'utf8'), /extractRawText/);
});
