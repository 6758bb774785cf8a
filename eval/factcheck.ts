// `npx tsx eval/factcheck.ts [--data DIR] [--sample N] [--seed S] [--out FILE]`
// Runs the fact-check rules over the PolNeAR train and dev texts (never test) and reports their
// firings per 100 articles, with a seeded random sample of firings to check by hand. The sample
// (article, line, the flagged text, the message, the related text) goes to --out as Markdown.
// quote-not-in-sources has no transcripts here: each article's quotations are checked against
// all the *other* articles, so a firing is a quotation another outlet printed with other words.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import { DEFAULT_CONFIG } from '../server/src/analysis/config';
import { LineIndex } from '../server/src/analysis/positions';
import { createQuoteSources } from '../server/src/analysis/quote-sources';
import type { Finding } from '../server/src/analysis/types';

const RULES = ['inconsistent-figure', 'inconsistent-name', 'name-first-reference', 'date-mismatch', 'quote-not-in-sources'];

interface Firing {
  article: string;
  line: number;
  rule: string;
  flagged: string;
  message: string;
  context: string;
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1]! : fallback;
  };
  const data = opt('--data', path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear'));
  const sampleSize = Number(opt('--sample', '30'));
  const seed = Number(opt('--seed', '8'));
  const out = opt('--out', '');
  const only = opt('--rule', '');
  const files: { name: string; text: string }[] = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(data, split, 'text');
    for (const name of fs.readdirSync(dir).sort()) if (name.endsWith('.txt')) files.push({ name: `${split}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') });
  }
  const config = { ...DEFAULT_CONFIG, rules: Object.fromEntries(RULES.map((r) => [r, 'warning' as const])) };
  const wantQuotes = !only || only === 'quote-not-in-sources';
  const firings: Firing[] = [];
  const fired = new Map<string, Set<string>>();
  let closeMatches = 0;
  const index = wantQuotes ? createQuoteSources(files.map((o) => ({ path: o.name, text: o.text }))) : undefined;
  for (let k = 0; k < files.length; k++) {
    const f = files[k]!;
    const others = index ? { paths: index.paths, match: (q: string, min?: number) => index.matchExcept(q, min ?? 0.7, f.name) } : undefined;
    const result = analyze(f.text, { format: 'text', config, ...(others ? { sources: others } : {}) });
    const lines = new LineIndex(f.text);
    for (const finding of result.findings) {
      if (!RULES.includes(finding.rule) || (only && finding.rule !== only)) continue;
      // Quotations found in no other article say nothing about precision: only reworded ones are sampled.
      if (finding.rule === 'quote-not-in-sources' && !/differs from the source/.test(finding.message)) continue;
      if (finding.rule === 'quote-not-in-sources') closeMatches++;
      firings.push(describe(f.name, f.text, lines, finding));
      if (!fired.has(finding.rule)) fired.set(finding.rule, new Set());
      fired.get(finding.rule)!.add(f.name);
    }
  }
  const lines: string[] = [`# Fact-check rules on PolNeAR train+dev (${files.length} articles)`, ''];
  lines.push('| rule | firings | per 100 articles | articles with a firing |', '| --- | --- | --- | --- |');
  for (const rule of RULES) {
    const n = firings.filter((x) => x.rule === rule).length;
    lines.push(`| ${rule} | ${n} | ${((100 * n) / files.length).toFixed(1)} | ${fired.get(rule)?.size ?? 0} |`);
  }
  if (wantQuotes) lines.push('', `quote-not-in-sources counts only close matches (a quotation reworded in another article): ${closeMatches}.`);
  for (const rule of RULES) {
    const mine = firings.filter((x) => x.rule === rule);
    if (mine.length === 0) continue;
    const sample = sampleOf(mine, sampleSize, seed);
    lines.push('', `## ${rule}: ${sample.length} of ${mine.length} firings (seed ${seed})`, '');
    sample.forEach((x, i) => lines.push(`${i + 1}. ${x.article}:${x.line} — “${x.flagged}” — ${x.message}`, `   > ${x.context}`));
  }
  const report = lines.join('\n') + '\n';
  if (out) fs.writeFileSync(out, report);
  process.stdout.write(report);
}

function describe(article: string, text: string, lines: LineIndex, f: Finding): Firing {
  const line = lines.positionAt(f.start).line + 1;
  const from = Math.max(0, f.start - 120);
  const context = text.slice(from, Math.min(text.length, f.end + 120)).replace(/\s+/g, ' ');
  const related = f.related?.[0] ? ` [related: “${text.slice(f.related[0].start, f.related[0].end)}” line ${lines.positionAt(f.related[0].start).line + 1}]` : '';
  return { article, line, rule: f.rule, flagged: text.slice(f.start, f.end).replace(/\s+/g, ' '), message: f.message + related, context };
}

// A seeded shuffle (mulberry32), so the hand-checked sample can be drawn again.
function sampleOf<T>(items: readonly T[], n: number, seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

main();
