// Error analysis for developers: the most frequent missed and spurious cues, sources and
// contents on a split, so that the next improvement is chosen by the data.
// `npx tsx eval/errors.ts [--split holdout] [--role cue|source|content] [--top 40] [--cue-model FILE]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import { useCueModel, type CueModel } from '../server/src/analysis/cue-tagger';
import { chooseAnnotatorFiles, goldAttributions, parseAnn } from './brat';
import { hull } from './score';
import { splitSource } from './splits';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const split = opt('--split', 'holdout');
if (split === 'test') throw new Error('the test split is held back');
const role = opt('--role', 'cue') as 'cue' | 'source' | 'content';
const top = Number(opt('--top', '40'));
// --cue-model: a model from `train-cue-model --fit-only --out FILE`, so that holdout errors are honest.
if (args.includes('--cue-model')) useCueModel(JSON.parse(fs.readFileSync(opt('--cue-model', ''), 'utf8')) as CueModel);
const { folder, includes } = splitSource(split);
const root = path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear', folder);
const { files } = chooseAnnotatorFiles(fs.readdirSync(path.join(root, 'attributions')));
const missed = new Map<string, { n: number; ex: string }>();
const spurious = new Map<string, { n: number; ex: string }>();
const bump = (m: typeof missed, k: string, ex: string) => {
  const e = m.get(k) ?? { n: 0, ex };
  e.n++;
  m.set(k, e);
};
const key = (s: string) => (role === 'cue' ? s.toLowerCase() : s.toLowerCase().split(/\s+/).slice(0, 3).join(' '));
for (const [article, annFile] of files) {
  if (!includes(article)) continue;
  const text = fs.readFileSync(path.join(root, 'text', article + '.txt'), 'utf8');
  const gold = goldAttributions(parseAnn(fs.readFileSync(path.join(root, 'attributions', annFile), 'utf8')))
    .map((g) => g[role])
    .filter((f): f is NonNullable<typeof f> => !!f)
    .map((g) => hull(g.fragments));
  const pred = analyze(text, { format: 'text' })
    .attributions.map((a) => a[role])
    .filter((s): s is NonNullable<typeof s> => !!s);
  const context = (s: { start: number; end: number }) =>
    text.slice(Math.max(0, s.start - 60), s.start) + '[' + text.slice(s.start, s.end) + ']' + text.slice(s.end, s.end + 40);
  for (const g of gold)
    if (!pred.some((p) => p.start < g.end && g.start < p.end)) bump(missed, key(text.slice(g.start, g.end)), context(g).replace(/\n/g, ' '));
  for (const p of pred)
    if (!gold.some((g) => p.start < g.end && g.start < p.end)) bump(spurious, key(text.slice(p.start, p.end)), context(p).replace(/\n/g, ' '));
}
for (const [title, m] of [
  ['MISSED', missed],
  ['SPURIOUS', spurious],
] as const) {
  const rows = [...m].sort((a, b) => b[1].n - a[1].n).slice(0, top);
  console.log(`\n${title} ${role} (${[...m.values()].reduce((s, e) => s + e.n, 0)} in all)`);
  for (const [k, e] of rows) console.log(`${String(e.n).padStart(5)}  ${k.slice(0, 40).padEnd(40)}  ${e.ex.slice(0, 150)}`);
}
