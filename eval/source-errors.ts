// Source error analysis for developers: for each gold attribution whose cue the engine found,
// how the engine's source differs from the gold one, grouped by failure type with counts and
// examples; then the unmatched source spans by whether their cue was found at all.
// `npx tsx eval/source-errors.ts [--split holdout] [--cue-model FILE] [--show CATEGORY|all|none] [--max 15] [--dump] [--spurious]`
// (--show: the examples of the categories that start with CATEGORY; --dump: one line per matched
// cue, to diff two versions of the engine; --spurious: every source whose cue is not a gold cue)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import { useCueModel, type CueModel } from '../server/src/analysis/cue-tagger';
import { PRONOUNS } from '../server/src/analysis/sources';
import { chooseAnnotatorFiles, goldAttributions, parseAnn } from './brat';
import { hull, matchByOverlap } from './score';
import { splitSource } from './splits';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const split = opt('--split', 'holdout');
if (split === 'test') throw new Error('the test split is held back');
const show = opt('--show', 'all');
const max = Number(opt('--max', '15'));
if (args.includes('--cue-model')) useCueModel(JSON.parse(fs.readFileSync(opt('--cue-model', ''), 'utf8')) as CueModel);
const { folder, includes } = splitSource(split);
const root = path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear', folder);
const { files } = chooseAnnotatorFiles(fs.readdirSync(path.join(root, 'attributions')));

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const note = (category: string, example: string) => {
  counts.set(category, (counts.get(category) ?? 0) + 1);
  const list = examples.get(category) ?? [];
  if (list.length < max) list.push(example);
  examples.set(category, list);
};
const spanLevel = { goldUnmatchedCueFound: 0, goldUnmatchedCueMissed: 0, predUnmatchedCueMatched: 0, predUnmatchedCueSpurious: 0, gold: 0, pred: 0, tp: 0 };

for (const [article, annFile] of files) {
  if (!includes(article)) continue;
  const text = fs.readFileSync(path.join(root, 'text', article + '.txt'), 'utf8');
  const result = analyze(text, { format: 'text' });
  const pred = result.attributions;
  const gold = goldAttributions(parseAnn(fs.readFileSync(path.join(root, 'attributions', annFile), 'utf8')));
  const sentences = result.model.sentences;
  const sentenceOf = (at: number) => sentences.findIndex((s) => s.start <= at && at < s.end);
  const show1 = (s: Span | null) => (s ? text.slice(s.start, s.end).replace(/\n/g, ' ') : '-');

  for (const g of gold) {
    if (!g.cue) continue;
    const gc = hull(g.cue.fragments);
    const p = pred.find((a) => overlaps(a.cue, gc));
    if (!p) continue;
    const gs = g.source ? hull(g.source.fragments) : null;
    const ps = p.source;
    const cueSentence = sentenceOf(p.cue.start);
    let category: string;
    if (!gs && !ps) category = 'ok: both none';
    else if (gs && ps && overlaps(gs, ps)) {
      if (gs.start === ps.start && gs.end === ps.end) category = 'ok: exact';
      else
        category = `ok: overlap (${ps.start < gs.start ? 'pred starts earlier' : ps.start > gs.start ? 'pred starts later' : 'same start'}, ${ps.end > gs.end ? 'pred ends later' : ps.end < gs.end ? 'pred ends earlier' : 'same end'})`;
    } else if (!gs) {
      category = `extra: gold has no source (${ps!.start < p.cue.start ? 'pred before cue' : 'pred after cue'})`;
    } else {
      const goldSentence = sentenceOf(gs.start);
      const where =
        goldSentence !== cueSentence
          ? 'gold in another sentence'
          : gs.start >= p.cue.end
            ? 'gold after cue'
            : gs.end <= p.cue.start
              ? 'gold before cue'
              : 'gold spans cue';
      const goldWords = text.slice(gs.start, gs.end).toLowerCase().split(/\s+/);
      const pronoun = goldWords.length <= 2 && PRONOUNS.has(goldWords[goldWords.length - 1]!) ? ', gold is a pronoun' : '';
      if (!ps) category = `missing: ${where}${pronoun}`;
      else {
        const predWhere = ps.start >= p.cue.end ? 'pred after cue' : 'pred before cue';
        category = `wrong: ${where}, ${predWhere}${pronoun}`;
      }
    }
    const from = Math.min(gc.start, gs?.start ?? gc.start, ps?.start ?? gc.start);
    const to = Math.max(gc.end, gs?.end ?? gc.end, ps?.end ?? gc.end);
    if (args.includes('--dump'))
      console.log(`DUMP ${category.split(':')[0]}\t${article}\tcue=[${show1(gc)}]@${gc.start} gold=[${show1(gs)}] pred=[${show1(ps)}]`);
    note(category, `cue=[${show1(gc)}] gold=[${show1(gs)}] pred=[${show1(ps)}]  …${text.slice(Math.max(0, from - 50), to + 30).replace(/\n/g, ' ')}…`);
  }

  // Span level, as the scorer counts it (distinct spans, one-to-one overlap).
  const distinct = <T extends Span>(xs: T[]) => xs.filter((x, i) => xs.findIndex((y) => y.start === x.start && y.end === x.end) === i);
  const goldSources = distinct(gold.flatMap((g) => (g.source ? [{ ...hull(g.source.fragments), cue: g.cue ? hull(g.cue.fragments) : null }] : [])));
  const predSources = distinct(pred.flatMap((a) => (a.source ? [{ start: a.source.start, end: a.source.end, cue: a.cue as Span }] : [])));
  const pairs = matchByOverlap(
    goldSources.map((s) => [s]),
    predSources.map((s) => [s]),
  );
  spanLevel.gold += goldSources.length;
  spanLevel.pred += predSources.length;
  spanLevel.tp += pairs.length;
  goldSources.forEach((s, i) => {
    if (pairs.some(([gi]) => gi === i)) return;
    if (s.cue && pred.some((a) => overlaps(a.cue, s.cue!))) spanLevel.goldUnmatchedCueFound++;
    else spanLevel.goldUnmatchedCueMissed++;
  });
  predSources.forEach((s, j) => {
    if (pairs.some(([, pj]) => pj === j)) return;
    if (gold.some((g) => g.cue && overlaps(hull(g.cue.fragments), s.cue))) spanLevel.predUnmatchedCueMatched++;
    else {
      spanLevel.predUnmatchedCueSpurious++;
      if (args.includes('--spurious'))
        console.log(
          `SPURIOUS cue=[${show1(s.cue)}] source=[${show1(s)}]  …${text.slice(Math.max(0, s.start - 40), Math.max(s.end, s.cue.end) + 30).replace(/\n/g, ' ')}…`,
        );
    }
  });
}

const sorted = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1));
console.log('Matched cues, by source outcome:');
for (const [category, n] of sorted) console.log(`${String(n).padStart(5)}  ${category}`);
const p = spanLevel.tp / spanLevel.pred;
const r = spanLevel.tp / spanLevel.gold;
console.log(`\nSource spans (overlap): P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} — ${JSON.stringify(spanLevel)}`);
for (const [category] of sorted) {
  if (category.startsWith('ok: exact') || category === 'ok: both none') continue;
  if (show !== 'all' && !category.startsWith(show)) continue;
  console.log(`\n== ${category} (${counts.get(category)})`);
  for (const e of examples.get(category)!) console.log('  ' + e.slice(0, 300));
}
