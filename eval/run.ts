// `npm run eval -- [--split dev|train|holdout|train-fit] [--data DIR] [--json FILE]
//   [--cue-model FILE] [--sentence-model FILE] [--show-alarms] [--claims-tsv FILE]`
// (--cue-model/--sentence-model: score with models from `train-* --fit-only --out FILE`, to tune
// on the holdout without touching the shipped ones; --show-alarms prints every unattributed-claim
// finding on a gold-attributed sentence, to read what the rule is missing; --claims-tsv writes every
// candidate finding with the rule's score thresholds lifted, its scores, context and whether it is a
// false alarm, to choose thresholds from)
// (holdout/train-fit: a development tenth of train and the rest, holdout:K/train-fit:K the other
// tenths for cross-validation; see splits.ts)
// Scores the analysis engine (the same analyze() the CLI runs) against PolNeAR gold attributions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/engine';
import { useCueModel, type CueModel } from '../server/src/analysis/cue-tagger';
import { useSentenceModel, type SentenceModel } from '../server/src/analysis/sentence-attribution';
import { useClaimThresholds } from '../server/src/rules/unattributed-claim';
import { ANNOTATOR_RULE, chooseAnnotatorFiles, checkOffsets, codePointsToUtf16, goldAttributions, parseAnn } from './brat';
import type { GoldAttribution } from './brat';
import { goldSourceKind, lowercaseWords } from './kind';
import { splitSource } from './splits';
import { evaluateWeasels, printWeasels } from './weasel';
import { COFENET_EXACT_F1, ROLES, printReport } from './print';
import type { Report, Role, RoleFigures } from './print';
import { addCounts, confusion, countExact, distinctIndices, exactKey, falseAlarms, matchByOverlap, prf, relaxedKey, spanKey, splitSentences } from './score';
import type { Counts, FalseAlarms, Fragments } from './score';

const USAGE =
  'usage: npm run eval -- [--split dev|train|holdout|train-fit] [--data DIR] [--json FILE] [--cue-model FILE] [--sentence-model FILE] [--show-alarms] [--claims-tsv FILE]';
const MEASURES = ['overlap', 'exact', 'relaxedExact'] as const;
type Scores = Record<(typeof MEASURES)[number], Counts>;
type RoleScores = Record<Role, Scores>;

interface Options {
  split: string;
  data: string;
  json?: string;
  cueModel?: string;
  sentenceModel?: string;
  showAlarms?: boolean;
  claimsTsv?: string;
}

function parseArgs(argv: string[]): Options {
  // Default corpus root: ../shared/data/polnear relative to the repository root.
  const opts: Options = { split: 'dev', data: path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear') };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--show-alarms') {
      opts.showAlarms = true;
      continue;
    }
    if (argv[i] === '--split' && value) opts.split = value;
    else if (argv[i] === '--cue-model' && value) opts.cueModel = path.resolve(value);
    else if (argv[i] === '--sentence-model' && value) opts.sentenceModel = path.resolve(value);
    else if (argv[i] === '--claims-tsv' && value) opts.claimsTsv = path.resolve(value);
    else if (argv[i] === '--data' && value) opts.data = path.resolve(value);
    else if (argv[i] === '--json' && value) opts.json = path.resolve(value);
    else throw new Error(`unknown or incomplete argument: ${argv[i]}\n${USAGE}`);
    i++;
  }
  return opts;
}

/** filename (no extension, no annotator suffix) → publisher, from metadata.tsv. */
function readPublishers(file: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!fs.existsSync(file)) return map;
  const [header, ...rows] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split('\t');
  const name = cols.indexOf('filename');
  const publisher = cols.indexOf('publisher');
  for (const row of rows) {
    const cells = row.split('\t');
    if (!map.has(cells[name])) map.set(cells[name], cells[publisher]);
  }
  return map;
}

const zero = (): Counts => ({ tp: 0, gold: 0, pred: 0 });
const emptyRoleScores = (): RoleScores => Object.fromEntries(ROLES.map((r) => [r, { overlap: zero(), exact: zero(), relaxedExact: zero() }])) as RoleScores;

/** The distinct spans of one role, with the index of the attribution each came from. */
function roleSpans(spans: (Fragments | null)[]): { spans: Fragments[]; from: number[] } {
  const present = spans.flatMap((s, i) => (s ? [i] : []));
  const from = distinctIndices(present.map((i) => spans[i]!)).map((k) => present[k]);
  return { spans: from.map((i) => spans[i]!), from };
}

interface ArticleResult {
  article: string;
  publisher: string;
  scores: RoleScores;
  kindPairs: [string, string][];
  alarms: FalseAlarms;
  goldWithCue: number;
  missedCues: string[];
  /** The unattributed-claim findings counted as false alarms, with their sentence and the one before. */
  alarmTexts: string[];
  /** With --claims-tsv: every candidate finding with the scores the rule's thresholds judge. */
  claimRows: string[];
}

function scoreArticle(article: string, publisher: string, text: string, gold: GoldAttribution[], elapsed: { ms: number }): ArticleResult {
  const t0 = performance.now();
  const result = analyze(text, { format: 'text' });
  elapsed.ms += performance.now() - t0;
  const pred = result.attributions;
  const scores = emptyRoleScores();
  const kindPairs: [string, string][] = [];
  let missedCues: string[] = [];
  for (const role of ROLES) {
    const g = roleSpans(gold.map((a) => a[role]?.fragments ?? null));
    const p = roleSpans(pred.map((a) => (a[role] ? [a[role]] : null)));
    const counts = (tp: number): Counts => ({ tp, gold: g.spans.length, pred: p.spans.length });
    const pairs = matchByOverlap(g.spans, p.spans);
    scores[role] = {
      overlap: counts(pairs.length),
      exact: counts(countExact(g.spans.map(exactKey), p.spans.map(exactKey))),
      relaxedExact: counts(
        countExact(
          g.spans.map((f) => relaxedKey(text, f)),
          p.spans.map((f) => relaxedKey(text, f)),
        ),
      ),
    };
    if (role === 'source') {
      const lowercase = lowercaseWords(text);
      for (const [gi, pi] of pairs) {
        kindPairs.push([goldSourceKind(gold[g.from[gi]].source!.text, lowercase), pred[p.from[pi]].sourceKind ?? 'none']);
      }
    } else if (role === 'cue') {
      // A gold attribution is missed when its cue span found no predicted cue.
      const matched = new Set(pairs.map(([gi]) => spanKey(g.spans[gi])));
      missedCues = gold.filter((a) => a.cue && !matched.has(spanKey(a.cue.fragments))).map((a) => a.cue!.text);
    }
  }
  const goldContents = gold.flatMap((a) => (a.content ? [a.content.fragments] : []));
  const goldCues = gold.flatMap((a) => (a.cue ? [a.cue.fragments] : []));
  const findings = result.findings.filter((f) => f.rule === 'unattributed-claim');
  const sentences = splitSentences(text);
  const alarms = falseAlarms(findings, goldContents, goldCues, sentences);
  // The same test falseAlarms applies, one finding at a time.
  const isAlarm = findings.map((f) => falseAlarms([f], goldContents, goldCues, sentences).falseAlarms > 0);
  const alarmTexts = findings.flatMap((f, i) => {
    if (!isAlarm[i]) return [];
    const at = sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
    const line = (i: number) => (i >= 0 ? text.slice(sentences[i]!.start, sentences[i]!.end).trim() : '');
    return [`${article} [${text.slice(f.start, f.end)}]\n    before: ${line(at - 1)}\n    flagged: ${line(at)}`];
  });
  const model = result.model;
  const claimRows = findings.map((f, i) => {
    const at = model.sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
    const s = model.sentences[at]!;
    const prev = model.sentences[at - 1];
    const sameBlock = prev !== undefined && prev.block === s.block;
    const kind = /^This (.+?) \(/.exec(f.message)?.[1] ?? '?';
    const firstOfBlock = model.sentences.findIndex((x) => x.block === s.block);
    const cuesHere = gold
      .filter((g) => g.cue && g.cue.fragments.some((c) => c.start < s.end && s.start < c.end))
      .map((g) => g.cue!.text)
      .join('|');
    const prevAttributed =
      prev === undefined ? '' : prev.attributions.length > 0 || result.model.quotes.some((q) => q.start < prev.end && prev.start < q.end) ? 1 : 0;
    return [
      article,
      kind,
      text.slice(f.start, f.end).replace(/\s+/g, ' '),
      s.cueMargin,
      s.attributionScore,
      sameBlock ? prev.cueMargin : '',
      sameBlock ? prev.attributionScore : '',
      at - firstOfBlock,
      isAlarm[i] ? 1 : 0,
      prevAttributed,
      text.slice(s.start, s.end).replace(/\s+/g, ' '),
      cuesHere.replace(/\s+/g, ' '),
    ].join('\t');
  });
  return { article, publisher, scores, kindPairs, alarms, goldWithCue: goldCues.length, missedCues, alarmTexts, claimRows };
}

function evaluate(
  opts: Options,
  textDir: string,
  annDir: string,
  includes: (article: string) => boolean,
): { report: Report; alarmTexts: string[]; claimRows: string[] } {
  const publishers = readPublishers(path.join(opts.data, 'metadata.tsv'));
  const { files, multiAnnotator } = chooseAnnotatorFiles(fs.readdirSync(annDir));
  const elapsed = { ms: 0 };
  let bytes = 0;
  let discontinuousContents = 0;
  let skipped = 0;
  const offsets = { textsOutsideBmp: 0, convertedFromCodePoints: 0, spans: 0, spanTextMatches: 0 };
  const results: ArticleResult[] = [];
  for (const [article, annFile] of files) {
    if (!includes(article)) continue;
    const textFile = path.join(textDir, `${article}.txt`);
    if (!fs.existsSync(textFile)) {
      skipped++;
      continue;
    }
    const text = fs.readFileSync(textFile, 'utf8');
    bytes += Buffer.byteLength(text, 'utf8');
    const doc = parseAnn(fs.readFileSync(path.join(annDir, annFile), 'utf8'));
    // Offsets are checked per document against the span texts brat stores; see checkOffsets.
    const check = checkOffsets(text, doc.spans.values());
    if (check.astral) offsets.textsOutsideBmp++;
    if (check.unit === 'codepoint') {
      codePointsToUtf16(text, doc);
      offsets.convertedFromCodePoints++;
    }
    offsets.spans += check.spans;
    offsets.spanTextMatches += Math.max(check.utf16Matches, check.codePointMatches);
    const gold = goldAttributions(doc);
    discontinuousContents += gold.filter((a) => (a.content?.fragments.length ?? 0) > 1).length;
    // Fall back to the filename's first part, which is the publisher in PolNeAR's naming.
    const publisher = publishers.get(article) ?? article.split('_')[0];
    results.push(scoreArticle(article, publisher, text, gold, elapsed));
  }

  const total = emptyRoleScores();
  const byPublisher = new Map<string, { articles: number; scores: RoleScores }>();
  const alarms: FalseAlarms = { findings: 0, inContent: 0, onCueSentence: 0, falseAlarms: 0, rate: 0 };
  for (const r of results) {
    const pub = byPublisher.get(r.publisher) ?? { articles: 0, scores: emptyRoleScores() };
    byPublisher.set(r.publisher, pub);
    pub.articles++;
    for (const role of ROLES) {
      for (const m of MEASURES) {
        addCounts(total[role][m], r.scores[role][m]);
        addCounts(pub.scores[role][m], r.scores[role][m]);
      }
    }
    alarms.findings += r.alarms.findings;
    alarms.inContent += r.alarms.inContent;
    alarms.onCueSentence += r.alarms.onCueSentence;
    alarms.falseAlarms += r.alarms.falseAlarms;
  }
  alarms.rate = alarms.findings ? alarms.falseAlarms / alarms.findings : 0;
  const worst = results
    .filter((r) => r.missedCues.length > 0)
    .sort((a, b) => b.missedCues.length - a.missedCues.length || (a.article < b.article ? -1 : 1))
    .slice(0, 10);
  const seconds = elapsed.ms / 1000;
  const figures = (role: Role): RoleFigures => ({
    overlap: { ...total[role].overlap, ...prf(total[role].overlap) },
    exact: { ...total[role].exact, ...prf(total[role].exact) },
    relaxedExact: { ...total[role].relaxedExact, ...prf(total[role].relaxedExact) },
    cofenetExactF1: COFENET_EXACT_F1[role],
  });

  const report: Report = {
    split: opts.split,
    dataDir: path.dirname(textDir),
    articles: results.length,
    skippedWithoutText: skipped,
    annotatorRule: ANNOTATOR_RULE,
    multiAnnotatorArticles: multiAnnotator,
    offsets,
    discontinuousGoldContents: discontinuousContents,
    roles: { cue: figures('cue'), source: figures('source'), content: figures('content') },
    sourceKindConfusion: confusion(results.flatMap((r) => r.kindPairs)),
    unattributedClaim: alarms,
    publishers: [...byPublisher]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([publisher, p]) => ({
        publisher,
        articles: p.articles,
        cueF1: prf(p.scores.cue.overlap).f1,
        sourceF1: prf(p.scores.source.overlap).f1,
        contentF1: prf(p.scores.content.overlap).f1,
      })),
    worstMisses: worst.map((r) => ({
      article: r.article,
      goldAttributions: r.goldWithCue,
      missed: r.missedCues.length,
      examples: r.missedCues.slice(0, 4),
    })),
    throughput: { bytes, seconds, mbPerSecond: seconds > 0 ? bytes / 1e6 / seconds : 0 },
  };
  return { report, alarmTexts: results.flatMap((r) => r.alarmTexts), claimRows: results.flatMap((r) => r.claimRows) };
}

function main(argv: string[]): number {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  // The test split is held out: the harness must never read it, so no path leads there.
  if (opts.split === 'test') {
    console.error('Refusing to read the PolNeAR test split: it is held out for the final evaluation. Use --split dev or --split train.');
    return 2;
  }
  if (!/^(?:dev|train|(?:holdout|train-fit)(?::[0-9])?)$/.test(opts.split)) {
    console.error(`Unknown split "${opts.split}".\n${USAGE}`);
    return 2;
  }
  const { folder, includes } = splitSource(opts.split);
  const textDir = path.join(opts.data, folder, 'text');
  const annDir = path.join(opts.data, folder, 'attributions');
  if (!fs.existsSync(textDir) || !fs.existsSync(annDir)) {
    console.log(`The PolNeAR data is not present (looked for ${textDir} and ${annDir}); nothing to evaluate.`);
    console.log('Put the corpus there, or point --data at a folder holding train/, dev/ and metadata.tsv.');
    return 0;
  }
  if (opts.cueModel) useCueModel(JSON.parse(fs.readFileSync(opts.cueModel, 'utf8')) as CueModel);
  if (opts.sentenceModel) useSentenceModel(JSON.parse(fs.readFileSync(opts.sentenceModel, 'utf8')) as SentenceModel);
  // --claims-tsv: the rule without its learned-score thresholds, so that every candidate and its
  // scores are listed and a threshold can be chosen from them.
  if (opts.claimsTsv) useClaimThresholds({ figure: { margin: Infinity, score: Infinity }, other: { margin: Infinity, score: Infinity } });
  const { report, alarmTexts, claimRows } = evaluate(opts, textDir, annDir, includes);
  if (opts.claimsTsv)
    fs.writeFileSync(
      opts.claimsTsv,
      ['article\tkind\ttrigger\tmargin\tscore\tprevMargin\tprevScore\tposition\talarm\tprevAttributed\tsentence\tgoldCues', ...claimRows].join('\n') + '\n',
    );
  printReport(report);
  if (opts.showAlarms) console.log(`\nUNATTRIBUTED-CLAIM false alarms, one by one\n${alarmTexts.join('\n')}`);
  // The weak-attribution rules are judged on hand-labelled train sentences, whatever the split.
  const trainText = path.join(opts.data, 'train', 'text');
  const weasels = fs.existsSync(trainText) ? evaluateWeasels(trainText) : null;
  if (weasels) printWeasels(weasels);
  if (opts.json) {
    fs.writeFileSync(
      opts.json,
      JSON.stringify({ ...report, weakAttribution: weasels && { sentences: weasels.sentences, rows: weasels.rows } }, null, 2) + '\n',
    );
    console.log(`\nJSON written to ${opts.json}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
