// Trains the cue tagger (server/src/analysis/cue-model.json) on the PolNeAR train split:
// an averaged perceptron over the features declared in cue-tagger.ts (FEATURES, spelled out by
// cueFeatures), on the same tokens, sentences and quotations the engine sees. Deterministic (fixed seed); never reads dev or test.
// `npx tsx eval/train-cue-model.ts [--fit-only] [--fold K] [--epochs 10] [--min-count 3] [--min-weight 0.2] [--b-bias 8] [--out FILE]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cueFeatures, isCandidate, useCueModel, type CueModel, type Tag, type TaggerInput } from '../server/src/analysis/cue-tagger';
import { foldArgument, isHoldout } from './splits';
import { chooseAnnotatorFiles } from './brat';
import { goldCueSpans, taggerInputs } from './tagger-input';

const args = process.argv.slice(2);
// --fold K: which tenth of train is the holdout (see splits.ts).
const fold = foldArgument(args);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
// --fit-only leaves the holdout tenth out, to tune on it (eval --split holdout).
const fitOnly = args.includes('--fit-only');
const minCount = Number(opt('--min-count', '3'));
const minStarts = Number(opt('--min-starts', '1'));
// Added to every B score when tagging: trades precision for recall (tuned on the holdout).
const bBias = Number(opt('--b-bias', '8'));
const epochs = Number(opt('--epochs', '10'));
const minWeight = Number(opt('--min-weight', '0.2'));
const out = path.resolve(opt('--out', path.join(__dirname, '..', 'server', 'src', 'analysis', 'cue-model.json')));
const root = path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear', 'train');
if (!fs.existsSync(root)) {
  console.log(`The PolNeAR train split is not at ${root}; nothing to train.`);
  process.exit(0);
}

interface Example {
  input: TaggerInput;
  gold: Tag[];
}

/** Every sentence of the split as tagger input with gold B/I/O tags from the cue spans. */
function loadExamples(): Example[] {
  const { files } = chooseAnnotatorFiles(fs.readdirSync(path.join(root, 'attributions')));
  const examples: Example[] = [];
  for (const [article, annFile] of files) {
    if (fitOnly && isHoldout(article, fold)) continue;
    const text = fs.readFileSync(path.join(root, 'text', article + '.txt'), 'utf8');
    const cues = goldCueSpans(fs.readFileSync(path.join(root, 'attributions', annFile), 'utf8'));
    for (const { tokens, inQuote } of taggerInputs(text)) {
      const gold: Tag[] = tokens.map(() => 'O');
      for (const cue of cues) {
        let first = true;
        tokens.forEach((t, i) => {
          if (t.start < cue.end && cue.start < t.end) {
            gold[i] = first ? 'B' : 'I';
            first = false;
          }
        });
      }
      examples.push({ input: { tokens, inQuote }, gold });
    }
  }
  return examples;
}

function train(examples: Example[]): CueModel {
  const starterCounts = new Map<string, number>();
  for (const ex of examples)
    ex.gold.forEach(
      (g, i) => g === 'B' && !ex.input.inQuote[i] && starterCounts.set(ex.input.tokens[i]!.lower, (starterCounts.get(ex.input.tokens[i]!.lower) ?? 0) + 1),
    );
  const starters = [...starterCounts]
    .filter(([, n]) => n >= minStarts)
    .map(([w]) => w)
    .sort();
  // Features seen fewer than --min-count times carry noise, not evidence; leaving them out
  // keeps the model small enough to ship inside the editor extension.
  const featureCounts = new Map<string, number>();
  for (const { input, gold } of examples) {
    for (let i = 0; i < gold.length; i++) {
      const previous: Tag = i > 0 ? gold[i - 1]! : 'O';
      if (!isCandidate(input, i, previous)) continue;
      for (const f of cueFeatures(input, i, previous)) featureCounts.set(f, (featureCounts.get(f) ?? 0) + 1);
    }
  }
  const kept = new Set([...featureCounts].filter(([, n]) => n >= minCount).map(([f]) => f));
  const weights: Record<string, [number, number, number]> = {};
  const totals: Record<string, [number, number, number]> = {};
  const stamps: Record<string, [number, number, number]> = {};
  useCueModel({ starters, weights, bBias: 0 });
  let step = 0;
  const update = (f: string, k: number, delta: number) => {
    const w = (weights[f] ??= [0, 0, 0]);
    const t = (totals[f] ??= [0, 0, 0]);
    const s = (stamps[f] ??= [0, 0, 0]);
    t[k] += (step - s[k]) * w[k];
    s[k] = step;
    w[k] += delta;
  };
  const order = examples.map((_, i) => i);
  let seed = 20161108;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const index of order) {
      const { input, gold } = examples[index]!;
      for (let i = 0; i < gold.length; i++) {
        const previous: Tag = i > 0 ? gold[i - 1]! : 'O';
        if (!isCandidate(input, i, previous)) continue;
        step++;
        const features = cueFeatures(input, i, previous).filter((f) => kept.has(f));
        const s = [0, 0, 0];
        for (const f of features) {
          const w = weights[f];
          if (w) for (let k = 0; k < 3; k++) s[k]! += w[k]!;
        }
        let guess = 0;
        for (let k = 1; k < 3; k++) if (s[k]! > s[guess]!) guess = k;
        const truth = ['O', 'B', 'I'].indexOf(gold[i]!);
        if (guess === truth) continue;
        errors++;
        for (const f of features) {
          update(f, truth, 1);
          update(f, guess, -1);
        }
      }
    }
    console.log(`epoch ${epoch + 1}: ${errors} errors`);
  }
  // Average: each weight's mean over all steps, the perceptron's defence against overfitting.
  const averaged: Record<string, [number, number, number]> = {};
  for (const [f, w] of Object.entries(weights)) {
    const t = totals[f]!;
    const s = stamps[f]!;
    const avg = [0, 1, 2].map((k) => (t[k]! + (step - s[k]!) * w[k]!) / step) as [number, number, number];
    if (Math.max(...avg.map(Math.abs)) < minWeight) continue;
    averaged[f] = avg.map((v) => Math.round(v * 1000) / 1000) as [number, number, number];
  }
  return { starters, bBias, weights: averaged };
}

const examples = loadExamples();
console.log(`${examples.length} sentences`);
const trained = train(examples);
fs.writeFileSync(out, JSON.stringify(trained) + '\n');
console.log(`${trained.starters.length} starters, ${Object.keys(trained.weights).length} features → ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
