// The cue tagger alone on a held-out tenth of train: cue spans as tagTokens finds them in each
// sentence, before any framing, scored by overlap like the harness. Quick to rerun while trying
// features: train with `train-cue-model --fit-only [--fold K] --out FILE`, then
// `npx tsx eval/tagger.ts FILE [--fold K] [--b-bias N]`. Scoring goes through the reference
// path, score(cueFeatures(…)), so a feature can be tried before the fast path learns it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cueSpans, stem, tagTokensByReference, useCueModel, type CueModel } from '../server/src/analysis/cue-tagger';
import { foldArgument, isHoldout } from './splits';
import { chooseAnnotatorFiles } from './brat';
import { goldCueSpans, taggerInputs } from './tagger-input';
const args = process.argv.slice(2);
if (!args[0] || args[0].startsWith('--')) throw new Error('usage: npx tsx eval/tagger.ts MODEL.json [--fold K] [--b-bias N]');
const model = JSON.parse(fs.readFileSync(args[0], 'utf8')) as CueModel;
if (args.includes('--b-bias')) model.bBias = Number(args[args.indexOf('--b-bias') + 1]);
const fold = foldArgument(args);
useCueModel(model);
const starters = new Set(model.starters);
const stems = new Set(model.starters.map(stem));
const root = path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear', 'train');
if (!fs.existsSync(root)) {
  console.log(`The PolNeAR train split is not at ${root}; nothing to score.`);
  process.exit(0);
}
const { files } = chooseAnnotatorFiles(fs.readdirSync(path.join(root, 'attributions')));
let tp = 0,
  fp = 0,
  fn = 0,
  noStarter = 0,
  inQ = 0;
for (const [article, annFile] of files) {
  if (!isHoldout(article, fold)) continue;
  const text = fs.readFileSync(path.join(root, 'text', article + '.txt'), 'utf8');
  const cues = goldCueSpans(fs.readFileSync(path.join(root, 'attributions', annFile), 'utf8'));
  const predicted: { start: number; end: number }[] = [];
  const toks: { start: number; end: number; lower: string; q: boolean }[] = [];
  for (const input of taggerInputs(text)) {
    input.tokens.forEach((t, i) => toks.push({ start: t.start, end: t.end, lower: t.lower, q: input.inQuote[i]! }));
    const { tags } = tagTokensByReference(input);
    for (const [a, b] of cueSpans(tags)) predicted.push({ start: input.tokens[a]!.start, end: input.tokens[b]!.end });
  }
  const used = new Set<number>();
  const uniq = [...new Map(cues.map((c) => [`${c.start}:${c.end}`, c])).values()];
  for (const g of uniq) {
    const k = predicted.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (k >= 0) {
      used.add(k);
      tp++;
    } else {
      fn++;
      const first = toks.find((t) => t.end > g.start && t.start < g.end);
      if (first && first.q) inQ++;
      else if (first && !starters.has(first.lower) && !stems.has(stem(first.lower))) noStarter++;
    }
  }
  fp += predicted.length - used.size;
}
const P = tp / (tp + fp),
  R = tp / (tp + fn);
console.log(
  `holdout:${fold} tagger cue P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)}  tp ${tp} fp ${fp} fn ${fn} (fn first word not a starter: ${noStarter}, in quote: ${inQ})`,
);
