// `npm run eval:copy -- [--split tune|fresh|tune2|heldout|fresh2|fresh3|all] [--json FILE] [--show] [--why] [--shared DIR]`
// Scores the engine (the analyze() the CLI runs, default config, each article as a plain-text
// story) against the copy desk's judged queries in eval/data/copy (see its README): precision and
// recall per rule and per style of copy, the false alarms and the misses (--show; --why adds, for
// unattributed-claim, why the rule stayed quiet on each missed sentence and the attributions near it), and a JSON file.
// The held-out third is scored only when asked (--split heldout), and so are the fresh2 and fresh3
// check sets (the merger's, once per round); every such run is logged in
// eval/data/copy/heldout-log.jsonl so the note can say how often it was scored. --split all is
// tune + fresh + heldout (the 81 articles it always scored), not fresh2, tune2 or fresh3.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import { traceUnattributedClaim } from '../server/src/rules/unattributed-claim';
import { resolveQueries, scoreArticle, tally, type ArticleScore, type RuleTally } from './copy-score';
import { COPY_DATA as DATA, judgedArticles, type JudgedArticle as Article } from './judged-copy';

const ROOT = path.resolve(__dirname, '..');
const USAGE = 'usage: npm run eval:copy -- [--split tune|fresh|tune2|heldout|fresh2|fresh3|all] [--json FILE] [--show] [--why] [--shared DIR]';
const SPLITS = ['tune', 'fresh', 'tune2', 'heldout', 'fresh2', 'fresh3', 'all'] as const;
/** The splits --split all scores: the same 81 articles in every logged run. */
const ALL_SPLITS: readonly string[] = ['tune', 'fresh', 'heldout'];
/** The splits that score held-out copy, so that each run is logged. */
const LOGGED: readonly string[] = ['heldout', 'fresh2', 'fresh3', 'all'];

interface Options {
  split: (typeof SPLITS)[number];
  json?: string;
  show: boolean;
  why: boolean;
  shared: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { split: 'tune', show: false, why: false, shared: path.resolve(ROOT, '..', 'shared') };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--show') opts.show = true;
    else if (argv[i] === '--why') opts.why = opts.show = true;
    else if (argv[i] === '--split' && (SPLITS as readonly string[]).includes(value ?? '')) {
      opts.split = value as Options['split'];
      i++;
    } else if (argv[i] === '--json' && value) {
      opts.json = path.resolve(value);
      i++;
    } else if (argv[i] === '--shared' && value) {
      opts.shared = path.resolve(value);
      i++;
    } else throw new Error(`unknown or incomplete argument: ${argv[i]}\n${USAGE}`);
  }
  return opts;
}

const pct = (n: number, d: number) => (d === 0 ? '   –' : (n / d).toFixed(2).padStart(4));

function printTable(title: string, t: Record<string, RuleTally>): void {
  console.log(`\n${title}`);
  console.log(
    `${'rule'.padEnd(22)} ${'findings'.padStart(8)} ${'right'.padStart(6)} ${'prec'.padStart(5)}   ${'queries'.padStart(7)} ${'found'.padStart(6)} ${'recall'.padStart(6)}`,
  );
  const rules = Object.keys(t)
    .filter((r) => r !== 'all')
    .sort();
  for (const r of [...rules, 'all']) {
    const x = t[r]!;
    console.log(
      `${r.padEnd(22)} ${String(x.findings).padStart(8)} ${String(x.correct).padStart(6)} ${pct(x.correct, x.findings).padStart(5)}   ${String(x.queries).padStart(7)} ${String(x.found).padStart(6)} ${pct(x.found, x.queries).padStart(6)}`,
    );
  }
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.shared, 'data'))) {
    console.error(`eval:copy needs the article texts in ${opts.shared}/data (../shared beside the checkout); they are not in the repository.`);
    process.exit(2);
  }
  const results: { article: Article; genre: string; score: ArticleScore }[] = [];
  const unjudged: string[] = [];
  for (const loaded of judgedArticles(opts.shared, (a) => (opts.split === 'all' ? ALL_SPLITS.includes(a.split) : a.split === opts.split))) {
    const a = loaded.article;
    if (!loaded.judgment) {
      unjudged.push(a.id);
      continue;
    }
    const { judgment, doc } = loaded;
    const queries = resolveQueries(doc, judgment.queries);
    const whys = new Map<number, string>();
    const previousTrace = opts.why ? traceUnattributedClaim((i, why) => void whys.set(i, why)) : null;
    const { findings, model } = analyze(doc, { format: 'text' });
    if (opts.why) traceUnattributedClaim(previousTrace);
    const score = scoreArticle(
      findings.map((f) => ({ rule: f.rule, start: f.start, end: f.end, message: f.message })),
      queries,
    );
    results.push({ article: a, genre: judgment.genre ?? 'news', score });
    if (opts.show) {
      for (const f of score.findings.filter((x) => !x.correct)) {
        console.log(`${a.id}: FALSE ALARM ${f.rule} “${doc.slice(f.start, f.end)}” — ${f.message}`);
        if (opts.why && f.rule === 'unattributed-claim') {
          const i = model.sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
          for (const k of [i - 1, i])
            if (model.sentences[k])
              console.log(
                `    ${k === i ? 'this' : 'prev'} (block ${model.sentences[k]!.block}): ${doc.slice(model.sentences[k]!.start, model.sentences[k]!.end).replace(/\s+/g, ' ').slice(0, 220)}`,
              );
        }
      }
      for (const q of score.queries.filter((x) => !x.found)) {
        console.log(`${a.id}: MISSED ${q.rule} “${q.text}” — ${q.reason}`);
        // --why: what the rule made of each sentence of a missed claim, and the attributions around it.
        if (opts.why && q.rule === 'unattributed-claim') {
          model.sentences.forEach((s, i) => {
            if (s.start < q.end && q.start < s.end) {
              console.log(`    ${whys.get(i) ?? '?'} | ${doc.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 160)}`);
              for (const k of [i - 1, i])
                for (const ai of model.sentences[k]?.attributions ?? []) {
                  const at = model.attributions[ai]!;
                  console.log(
                    `      [${k === i ? 'this' : 'prev'}] cue “${at.cue.text}” source “${at.source?.text ?? ''}” (${at.sourceKind}) content “${at.content ? doc.slice(at.content.start, at.content.end).slice(0, 80) : ''}”`,
                  );
                }
            }
          });
        }
      }
    }
  }
  console.log(
    `Real-copy evaluation, ${opts.split} split: ${results.length} judged articles${unjudged.length ? ` (${unjudged.length} not judged yet: ${unjudged.join(', ')})` : ''}`,
  );
  if (results.length === 0) {
    console.error(`No judged article in the ${opts.split} split: nothing to score (and nothing logged).`);
    process.exit(2);
  }
  const byStyle: Record<string, Record<string, RuleTally>> = {};
  for (const style of [...new Set(results.map((r) => r.article.style))].sort()) {
    byStyle[style] = tally(results.filter((r) => r.article.style === style).map((r) => r.score));
    printTable(
      `${style} (${results.filter((r) => r.article.style === style).length} articles): precision by the finding's rule, recall by the query's rule`,
      byStyle[style]!,
    );
  }
  const overall = tally(results.map((r) => r.score));
  printTable(`all styles (${results.length} articles)`, overall);
  const byGenre: Record<string, RuleTally> = {};
  for (const genre of [...new Set(results.map((r) => r.genre))].sort())
    byGenre[genre] = tally(results.filter((r) => r.genre === genre).map((r) => r.score))['all'] ?? { findings: 0, correct: 0, queries: 0, found: 0 };
  console.log(
    `\nby genre (all rules): ${Object.entries(byGenre)
      .map(([g, x]) => `${g} P ${pct(x.correct, x.findings).trim()} R ${pct(x.found, x.queries).trim()} (${x.findings} findings, ${x.queries} queries)`)
      .join('; ')}`,
  );
  if (LOGGED.includes(opts.split)) {
    const log = { date: new Date().toISOString(), split: opts.split, articles: results.length, all: overall['all'] };
    fs.appendFileSync(path.join(DATA, 'heldout-log.jsonl'), JSON.stringify(log) + '\n');
    console.log(`\n(held-out scoring logged in eval/data/copy/heldout-log.jsonl: score it once per round of engine work)`);
  }
  if (opts.json) {
    const out = {
      split: opts.split,
      byStyle,
      overall,
      byGenre,
      articles: results.map((r) => ({ id: r.article.id, style: r.article.style, genre: r.genre, ...r.score })),
    };
    fs.writeFileSync(opts.json, JSON.stringify(out, null, 1) + '\n');
    console.log(`wrote ${opts.json}`);
  }
}

main();
