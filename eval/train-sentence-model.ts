// Trains server/src/analysis/sentence-model.json: an averaged perceptron deciding whether a
// sentence carries an attribution (a gold cue in it, or inside a gold content), from the
// PolNeAR train split. The threshold is then set so that, on the held-out tenth, at most
// --max-alarm of the sentences scored as unattributed actually were attributed.
// `npx tsx eval/train-sentence-model.ts [--fit-only] [--fold K] [--epochs 8] [--max-alarm 0.04] [--out FILE]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sentenceFeatures, sentenceScore } from '../server/src/analysis/sentence-attribution';
import { chooseAnnotatorFiles, goldAttributions, parseAnn } from './brat';
import { foldArgument, isHoldout } from './splits';
import { taggerInputs } from './tagger-input';

const args = process.argv.slice(2);
// --fold K: which tenth of train is the holdout (see splits.ts).
const fold = foldArgument(args);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const epochs = Number(opt('--epochs', '8'));
const maxAlarm = Number(opt('--max-alarm', '0.04'));
const out = path.resolve(opt('--out', path.join(__dirname, '..', 'server', 'src', 'analysis', 'sentence-model.json')));
const root = path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear', 'train');
if (!fs.existsSync(root)) {
  console.log(`The PolNeAR train split is not at ${root}; nothing to train.`);
  process.exit(0);
}

interface Example {
  features: string[];
  attributed: boolean;
  holdout: boolean;
}

const examples: Example[] = [];
const { files } = chooseAnnotatorFiles(fs.readdirSync(path.join(root, 'attributions')));
for (const [article, annFile] of files) {
  const text = fs.readFileSync(path.join(root, 'text', article + '.txt'), 'utf8');
  const gold = goldAttributions(parseAnn(fs.readFileSync(path.join(root, 'attributions', annFile), 'utf8')));
  const cues = gold.flatMap((g) => (g.cue ? [g.cue.fragments[0]!.start] : []));
  const contents = gold.flatMap((g) => g.content?.fragments ?? []);
  for (const { sentence: s, blockKind, tokens, inQuote } of taggerInputs(text)) {
    if (blockKind !== 'paragraph') continue;
    const attributed = cues.some((c) => c >= s.start && c < s.end) || contents.some((c) => c.start < s.end && s.start < c.end);
    examples.push({ features: sentenceFeatures(tokens, inQuote), attributed, holdout: isHoldout(article, fold) });
  }
}

function train(data: Example[]): Record<string, number> {
  const w: Record<string, number> = {};
  const total: Record<string, number> = {};
  const stamp: Record<string, number> = {};
  let step = 0;
  let seed = 20161108;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = data[k]!;
      step++;
      const guess = sentenceScore(ex.features, w) > 0;
      if (guess === ex.attributed) continue;
      const delta = ex.attributed ? 1 : -1;
      for (const f of ex.features) {
        total[f] = (total[f] ?? 0) + (step - (stamp[f] ?? 0)) * (w[f] ?? 0);
        stamp[f] = step;
        w[f] = (w[f] ?? 0) + delta;
      }
    }
  }
  const averaged: Record<string, number> = {};
  for (const [f, v] of Object.entries(w)) {
    const avg = (total[f]! + (step - stamp[f]!) * v) / step;
    if (Math.abs(avg) >= 0.01) averaged[f] = Math.round(avg * 1000) / 1000;
  }
  return averaged;
}

// Threshold from a model that has not seen the holdout; the shipped weights use all of train.
const fitWeights = train(examples.filter((e) => !e.holdout));
const held = examples
  .filter((e) => e.holdout)
  .map((e) => ({ score: sentenceScore(e.features, fitWeights), attributed: e.attributed }))
  .sort((a, b) => a.score - b.score);
let threshold = held[0]!.score - 1;
let quiet = 0;
let alarms = 0;
for (const h of held) {
  // Walking up from the least likely sentences: how many would a rule flag, and how many wrongly?
  if ((alarms + (h.attributed ? 1 : 0)) / (quiet + 1) > maxAlarm && quiet >= 20) break;
  quiet++;
  if (h.attributed) alarms++;
  threshold = h.score;
}
console.log(
  `${examples.length} sentences (${held.length} held out, ${held.filter((h) => h.attributed).length} attributed); threshold ${threshold.toFixed(2)} leaves ${quiet} held-out sentences unattributed, ${alarms} of them wrongly (${((100 * alarms) / Math.max(1, quiet)).toFixed(1)}%)`,
);
// --fit-only ships the holdout-blind weights, to tune rules on the holdout.
const weights = args.includes('--fit-only') ? fitWeights : train(examples);
fs.writeFileSync(out, JSON.stringify({ threshold, weights }) + '\n');
console.log(`${Object.keys(weights).length} features → ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
