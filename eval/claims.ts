// `npm run eval:claims -- [--shared DIR]`: the claim detector and the unattributed-claim rule, measured.
//   1. the detector, 5-fold cross-validated on ClaimBuster train (check-worthy class), each fold's model
//      trained as `npm run train:claims` trains (the other folds plus the news train split);
//   2. the shipped detector on the team's held-out news sentences (eval/data/claims, split heldout);
//   3. the rule on the real-copy judged articles of the tune split (eval/data/copy: the held-out split
//      is the lead's, scored with `npm run eval:copy -- --split heldout`);
//   4. the rule on PolNeAR dev: the share of its findings inside an annotated content span (reported
//      speech or thought), which should stay at or below 5%.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import { assessClaim } from '../server/src/analysis/claims';
import { chooseAnnotatorFiles, checkOffsets, codePointsToUtf16, goldAttributions, parseAnn } from './brat';
import { count, crossValidate, DEFAULTS, f1, loadClaimBuster, loadNews, precision, recall, ROOT } from './claim-data';
import { resolveQueries, scoreArticle, tally, type ArticleScore } from './copy-score';
import { judgedArticles } from './judged-copy';
import model from '../server/src/analysis/claim-model.json';

const args = process.argv.slice(2);
const shared = path.resolve(args.includes('--shared') ? args[args.indexOf('--shared') + 1]! : path.join(ROOT, '..', 'shared'));
const RULE = 'unattributed-claim';
const fmt = (x: number) => x.toFixed(3);

function detectorCrossValidated(): void {
  const claimbuster = loadClaimBuster();
  if (claimbuster.length === 0) return void console.log('1. ClaimBuster is not in ../shared: no cross-validation.');
  const news = loadNews().filter((e) => e.split === 'train');
  const scored = crossValidate(claimbuster, news, 5, DEFAULTS);
  const at = (t: number) => count(scored, t);
  const shipped = at(model.threshold);
  console.log(`1. Detector, ClaimBuster train, 5-fold cross-validation (${claimbuster.length} sentences, check-worthy class):`);
  console.log(`   at the shipped threshold (${model.threshold}): precision ${fmt(precision(shipped))}, recall ${fmt(recall(shipped))}, F1 ${fmt(f1(shipped))}`);
  let best = { t: 0, f: 0 };
  for (let t = -2; t <= 1.0001; t += 0.25) if (f1(at(t)) > best.f) best = { t: Math.round(t * 100) / 100, f: f1(at(t)) };
  console.log(`   best F1 over thresholds (for scale, not a tuned figure): ${fmt(best.f)} at ${best.t}`);
}

function detectorHeldOut(): void {
  const held = loadNews().filter((e) => e.split === 'heldout');
  const scored = held.map((e) => ({ score: assessClaim(e.text).score, label: e.label }));
  const c = count(scored, model.threshold);
  console.log(`2. Detector, the team's held-out news sentences (${held.length}, ${held.filter((e) => e.label).length} check-worthy), shipped model:`);
  console.log(`   precision ${fmt(precision(c))}, recall ${fmt(recall(c))}, F1 ${fmt(f1(c))} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  for (const source of ['bbc', 'polnear']) {
    const part = held.filter((e) => e.id.startsWith(source));
    const k = count(
      part.map((e) => ({ score: assessClaim(e.text).score, label: e.label })),
      model.threshold,
    );
    console.log(`   ${source}: precision ${fmt(precision(k))}, recall ${fmt(recall(k))} (${part.length} sentences)`);
  }
}

function ruleOnJudgedCopy(): void {
  const scores: ArticleScore[] = [];
  for (const loaded of judgedArticles(shared, (a) => a.split === 'tune')) {
    if (!loaded.judgment) continue;
    const { judgment, doc } = loaded;
    const findings = analyze(doc, { format: 'text' }).findings.filter((f) => f.rule === RULE);
    scores.push(
      scoreArticle(
        findings,
        resolveQueries(doc, judgment.queries).filter((q) => q.rule === RULE),
      ),
    );
  }
  const t = tally(scores)[RULE] ?? { findings: 0, correct: 0, queries: 0, found: 0 };
  console.log(
    `3. Rule, real-copy judged articles, tune split (${scores.length} judged): ${t.findings} findings, ${t.correct} right (precision ${fmt(t.correct / Math.max(1, t.findings))}); ${t.queries} queries, ${t.found} found (recall ${fmt(t.found / Math.max(1, t.queries))})`,
  );
}

function ruleOnPolnearDev(): void {
  const root = path.join(shared, 'data', 'polnear', 'dev');
  const { files } = chooseAnnotatorFiles(fs.readdirSync(path.join(root, 'attributions')));
  let findings = 0;
  let inside = 0;
  const examples: string[] = [];
  for (const [article, annFile] of files) {
    const textFile = path.join(root, 'text', `${article}.txt`);
    if (!fs.existsSync(textFile)) continue;
    const text = fs.readFileSync(textFile, 'utf8');
    const doc = parseAnn(fs.readFileSync(path.join(root, 'attributions', annFile), 'utf8'));
    if (checkOffsets(text, doc.spans.values()).unit === 'codepoint') codePointsToUtf16(text, doc);
    const contents = goldAttributions(doc).flatMap((g) => g.content?.fragments ?? []);
    for (const f of analyze(text, { format: 'text' }).findings) {
      if (f.rule !== RULE) continue;
      findings++;
      if (contents.some((c) => c.start < f.end && f.start < c.end)) {
        inside++;
        if (examples.length < 5) examples.push(`${article}: “${text.slice(f.start, f.end)}”`);
      }
    }
  }
  console.log(
    `4. Rule, PolNeAR dev (${files.size} articles): ${findings} findings, ${inside} inside an annotated content span (${((100 * inside) / Math.max(1, findings)).toFixed(1)}%; target ≤ 5%)`,
  );
  for (const e of examples) console.log(`   ${e}`);
}

if (!fs.existsSync(path.join(shared, 'data'))) {
  console.error(`eval:claims needs ../shared/data (ClaimBuster, BBC, PolNeAR) beside the checkout; it is not at ${shared}.`);
  process.exit(2);
}
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : ['1', '2', '3', '4'];
if (only.includes('1')) detectorCrossValidated();
if (only.includes('2')) detectorHeldOut();
if (only.includes('3')) ruleOnJudgedCopy();
if (only.includes('4')) ruleOnPolnearDev();
