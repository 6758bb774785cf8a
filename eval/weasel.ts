// Precision and recall of the weak-attribution rules (vague-source, hedged-report,
// passive-attribution) on the hand-labelled sentences of eval/data/weasel-sentences.jsonl.
// Each labelled sentence is judged in its article: the article is analysed whole, as an editor
// would see it, and a rule "fires on" a sentence when one of its findings starts inside it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';

export const WEASEL_RULES = ['vague-source', 'hedged-report', 'passive-attribution'] as const;
type WeaselRule = (typeof WEASEL_RULES)[number];

interface Labelled {
  id: string;
  file: string;
  start: number;
  end: number;
  text: string;
  categories: WeaselRule[];
  reason: string;
}

export interface WeaselRow {
  rule: WeaselRule | 'any';
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface WeaselReport {
  sentences: number;
  rows: WeaselRow[];
  /** The sentences a rule got wrong, for the next improvement. */
  errors: { id: string; rule: string; kind: 'false alarm' | 'missed'; text: string; reason: string }[];
  /** The labelled file, when it is not the default weasel-sentences.jsonl. */
  labelsFile?: string;
}

export const DEFAULT_LABELS = path.join(__dirname, 'data', 'weasel-sentences.jsonl');

export function loadLabels(file = DEFAULT_LABELS): Labelled[] {
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Labelled);
}

export function evaluateWeasels(textDir: string, labels = loadLabels()): WeaselReport {
  const byFile = new Map<string, Labelled[]>();
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>([...WEASEL_RULES, 'any'].map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const errors: WeaselReport['errors'] = [];
  for (const [file, items] of byFile) {
    const text = fs.readFileSync(path.join(textDir, file), 'utf8');
    const findings = analyze(text, { format: 'text' }).findings;
    for (const item of items) {
      if (text.slice(item.start, item.end) !== item.text) throw new Error(`${item.id}: the text at its offsets in ${file} has changed`);
      const fired = new Set(findings.filter((f) => f.start >= item.start && f.start < item.end).map((f) => f.rule));
      for (const rule of [...WEASEL_RULES, 'any'] as const) {
        const gold = rule === 'any' ? item.categories.length > 0 : item.categories.includes(rule);
        const predicted = rule === 'any' ? WEASEL_RULES.some((r) => fired.has(r)) : fired.has(rule);
        const c = counts.get(rule)!;
        if (gold && predicted) c.tp++;
        else if (predicted) {
          c.fp++;
          if (rule !== 'any') errors.push({ id: item.id, rule, kind: 'false alarm', text: item.text, reason: item.reason });
        } else if (gold) {
          c.fn++;
          if (rule !== 'any') errors.push({ id: item.id, rule, kind: 'missed', text: item.text, reason: item.reason });
        }
      }
    }
  }
  const rows = [...counts].map(([rule, c]) => ({
    rule: rule as WeaselRow['rule'],
    ...c,
    precision: c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn),
  }));
  return { sentences: labels.length, rows, errors };
}

export function printWeasels(r: WeaselReport, showErrors = 0): void {
  const source = r.labelsFile ? path.relative(process.cwd(), r.labelsFile) : 'eval/data/weasel-sentences.md';
  console.log(`\nWEAK ATTRIBUTION  rules on the ${r.sentences} hand-labelled train sentences (${source})`);
  console.log('rule                   tp   fp   fn |  precision  recall   (target ≥ 0.85 at ≥ 0.75)');
  for (const row of r.rows) {
    console.log(
      `${row.rule.padEnd(20)} ${String(row.tp).padStart(4)} ${String(row.fp).padStart(4)} ${String(row.fn).padStart(4)} |  ${row.precision.toFixed(3).padStart(9)}  ${row.recall.toFixed(3).padStart(6)}`,
    );
  }
  for (const e of r.errors.slice(0, showErrors)) console.log(`  ${e.kind.padEnd(11)} ${e.rule.padEnd(20)} ${e.id}  ${e.text.slice(0, 110)}  — ${e.reason}`);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear', 'train', 'text');
  if (!fs.existsSync(dir)) {
    console.log(`The PolNeAR train texts are not at ${dir}; the labelled sentences cannot be placed in their articles.`);
    process.exit(0);
  }
  // Usage: weasel.ts [--labels FILE] [N]  (N = how many errors to list, 40 by default)
  const args = process.argv.slice(2);
  const at = args.indexOf('--labels');
  const labelsFile = at >= 0 ? path.resolve(args[at + 1] ?? '') : undefined;
  if (at >= 0 && !args[at + 1]) throw new Error('--labels needs a file');
  const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  const report = evaluateWeasels(dir, labelsFile ? loadLabels(labelsFile) : loadLabels());
  if (labelsFile && labelsFile !== DEFAULT_LABELS) report.labelsFile = labelsFile;
  printWeasels(report, Number(rest[0] ?? 40));
}
