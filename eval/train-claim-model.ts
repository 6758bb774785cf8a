// `npm run train:claims`: rebuilds server/src/analysis/claim-model.json, the claim detector's weights,
// from ClaimBuster's debate sentences (../shared/data/claimbuster/train.json) and the train split of the
// team's news sentences (eval/data/claims). The news held-out third is never read here.
// The threshold is the one with the best F1 on out-of-fold scores of the news train sentences (5 folds,
// each model trained on all of ClaimBuster and the other four folds). Seeded: same data, same weights.
// `npx tsx eval/train-claim-model.ts [--out FILE]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { count, crossValidate, DEFAULTS, f1, loadClaimBuster, loadNews, precision, recall, ROOT, train } from './claim-data';

const args = process.argv.slice(2);
const out = path.resolve(args.includes('--out') ? args[args.indexOf('--out') + 1]! : path.join(ROOT, 'server', 'src', 'analysis', 'claim-model.json'));

const claimbuster = loadClaimBuster();
if (claimbuster.length === 0) {
  console.log('ClaimBuster is not at ../shared/data/claimbuster/train.json; nothing to train.');
  process.exit(0);
}
const news = loadNews().filter((e) => e.split === 'train');
console.log(
  `${claimbuster.length} ClaimBuster sentences (${claimbuster.filter((e) => e.label).length} check-worthy), ${news.length} news train sentences (${news.filter((e) => e.label).length} check-worthy)`,
);

// The threshold: the best F1 of out-of-fold news scores, over a grid of candidate thresholds.
let threshold = 0;
if (news.length > 0) {
  const scored = crossValidate(news, claimbuster, 5, DEFAULTS);
  let best = -1;
  for (let t = -2; t <= 1.0001; t += 0.05) {
    const c = count(scored, t);
    if (f1(c) > best) {
      best = f1(c);
      threshold = Math.round(t * 100) / 100;
    }
  }
  const c = count(scored, threshold);
  console.log(`threshold ${threshold}: news train, out of fold: precision ${precision(c).toFixed(3)}, recall ${recall(c).toFixed(3)}, F1 ${f1(c).toFixed(3)}`);
}
const weights = train([...claimbuster, ...news], DEFAULTS);
const sorted = Object.fromEntries(Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(out, JSON.stringify({ threshold, weights: sorted }) + '\n');
console.log(`${Object.keys(weights).length} features → ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
