// `npm run eval:views -- [--show] [--shared DIR] [FILE …]`
// Where the views of one analysis disagree on real copy: every view (the diagnostics of `whosaid
// check`, the JSON's attributions, hover and "Show sources", the claims ledger, the HTML report)
// reads the one result of a document, and this counts the places where what one view says about a
// source or a quotation contradicts another:
// - a story-level attribution whose source is classed vague (what the JSON, hover, ledger and report
//   show) with no vague-source finding on it, nor a reason the core's one verdict gives for not
//   querying it (result.vagueVerdicts: pinned down by a named speaker nearby, or not a report);
// - a direct quotation the ledger lists as unattributed that `check` does not flag, and one the
//   ledger attributes that `check` flags as having no speaker;
// - a quotation whose speaker, for both, is a report with no source found (the ledger can show
//   only its cue).
// It reads the tune split of the judged real-copy articles (eval/data/copy, never the held-out
// third), ../shared/examples, and any FILE given.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisResult } from '../server/src/engine';
import { buildLedger } from '../server/src/analysis/ledger';
import { buildDocument } from './copy-score';

const ROOT = path.resolve(__dirname, '..');
const DATA = path.join(ROOT, 'eval', 'data', 'copy');

interface Article {
  id: string;
  corpus: 'bbc' | 'polnear';
  index?: number;
  file?: string;
  split: 'tune' | 'heldout';
}

export interface Disagreement {
  kind: 'vague-without-finding' | 'ledger-unattributed-quote' | 'ledger-attributed-flagged-quote' | 'quote-speaker-without-source';
  text: string;
  sentence: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The disagreements between the views of one analysis (see the head of the file). */
export function disagreements(result: AnalysisResult): Disagreement[] {
  const { model, findings, vagueVerdicts } = result;
  const out: Disagreement[] = [];
  const sentenceOf = (at: number) => {
    const s = model.sentences.find((x) => x.start <= at && at < x.end);
    return s ? squash(model.text.slice(s.start, s.end)) : '';
  };
  const flagged = (rule: string, span: { start: number; end: number }) => findings.some((f) => f.rule === rule && overlaps(f, span));
  model.attributions.forEach((a, i) => {
    if (a.sourceKind !== 'vague' || !a.source || model.nested[i] || vagueVerdicts[i] !== 'query') return;
    if (!flagged('vague-source', a.source))
      out.push({ kind: 'vague-without-finding', text: `${squash(a.source.text)} | ${squash(a.cue.text)}`, sentence: sentenceOf(a.cue.start) });
  });
  for (const row of buildLedger(result)) {
    if (row.kind !== 'quote') continue;
    const isFlagged = flagged('unattributed-quote', row);
    if (!row.attribution && !isFlagged) out.push({ kind: 'ledger-unattributed-quote', text: row.claim, sentence: row.sentence });
    if (row.attribution && isFlagged)
      out.push({ kind: 'ledger-attributed-flagged-quote', text: `${row.claim} — ${row.attribution.source}`, sentence: row.sentence });
    // A report with no source found covers it: `check` is content, the ledger can name only the cue.
    if (row.attribution && !row.attribution.source)
      out.push({ kind: 'quote-speaker-without-source', text: `${row.claim} — ${row.attribution.cue}`, sentence: row.sentence });
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  const sharedAt = args.indexOf('--shared');
  const shared = sharedAt >= 0 ? path.resolve(args[sharedAt + 1]!) : path.resolve(ROOT, '..', 'shared');
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--shared');
  const docs: { name: string; text: string }[] = [];
  if (fs.existsSync(path.join(shared, 'data'))) {
    const articles: Article[] = JSON.parse(fs.readFileSync(path.join(DATA, 'articles.json'), 'utf8'));
    const bbc: { text: string }[] = JSON.parse(fs.readFileSync(path.join(shared, 'data', 'bbc', 'train.json'), 'utf8'));
    for (const a of articles.filter((x) => x.split === 'tune')) {
      const judgment = path.join(DATA, 'judgments', `${a.id}.json`);
      const headline = fs.existsSync(judgment) ? (JSON.parse(fs.readFileSync(judgment, 'utf8')) as { headline?: string }).headline : undefined;
      const raw = a.corpus === 'bbc' ? bbc[a.index!]!.text : fs.readFileSync(path.join(shared, 'data', 'polnear', a.file!), 'utf8');
      docs.push({ name: a.id, text: buildDocument(raw, headline) });
    }
    const examples = path.join(shared, 'examples');
    for (const f of fs.readdirSync(examples, { recursive: true }) as string[]) {
      if (/\.(?:txt|md)$/.test(f) && !f.split(path.sep).includes('sources'))
        docs.push({ name: `examples/${f}`, text: fs.readFileSync(path.join(examples, f), 'utf8') });
    }
  }
  for (const f of files) docs.push({ name: f, text: fs.readFileSync(f, 'utf8') });
  const counts: Record<string, number> = {
    'vague-without-finding': 0,
    'ledger-unattributed-quote': 0,
    'ledger-attributed-flagged-quote': 0,
    'quote-speaker-without-source': 0,
  };
  for (const doc of docs) {
    const result = analyze(doc.text, { format: /\.md$/.test(doc.name) ? 'markdown' : 'text' });
    for (const d of disagreements(result)) {
      counts[d.kind]!++;
      if (show) console.log(`${doc.name}: ${d.kind}: “${d.text}” in “${d.sentence}”`);
    }
  }
  console.log(`Views compared over ${docs.length} documents:`);
  for (const [kind, n] of Object.entries(counts)) console.log(`  ${kind.padEnd(32)} ${n}`);
}

if (require.main === module) main();
