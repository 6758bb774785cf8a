// The figures the harness produces (also the --json output) and their fixed-width printout.
import type { FalseAlarms, Counts, PRF } from './score';

export const ROLES = ['cue', 'source', 'content'] as const;
export type Role = (typeof ROLES)[number];
export const KINDS = ['named', 'anonymous', 'vague', 'pronoun', 'document', 'none'] as const;

// Exact-match F1 published for CofeNet (COLING 2022) on PolNeAR; its split and protocol differ.
export const COFENET_EXACT_F1: Record<Role, number> = { cue: 0.753, source: 0.832, content: 0.729 };

export type RoleFigures = Record<'overlap' | 'exact' | 'relaxedExact', Counts & PRF> & { cofenetExactF1: number };

export interface Report {
  split: string;
  dataDir: string;
  articles: number;
  skippedWithoutText: number;
  annotatorRule: string;
  multiAnnotatorArticles: number;
  offsets: { textsOutsideBmp: number; convertedFromCodePoints: number; spans: number; spanTextMatches: number };
  discontinuousGoldContents: number;
  roles: Record<Role, RoleFigures>;
  /** [gold kind][predicted kind] counts over matched sources. */
  sourceKindConfusion: Record<string, Record<string, number>>;
  unattributedClaim: FalseAlarms;
  publishers: { publisher: string; articles: number; cueF1: number; sourceF1: number; contentF1: number }[];
  worstMisses: { article: string; goldAttributions: number; missed: number; examples: string[] }[];
  throughput: { bytes: number; seconds: number; mbPerSecond: number };
}

const f3 = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

export function printReport(r: Report): void {
  const o = r.offsets;
  console.log(`WhoSaid evaluation on PolNeAR ${r.split}: ${r.articles} articles from ${r.dataDir}`);
  if (r.skippedWithoutText) console.log(`  (${r.skippedWithoutText} annotation files had no text file and were skipped)`);
  console.log(`Annotator: ${r.annotatorRule} (${r.multiAnnotatorArticles} articles had several).`);
  console.log(
    o.textsOutsideBmp === 0
      ? 'Offsets: no text has characters outside the BMP, so code points and UTF-16 units coincide; brat offsets used as they are.'
      : `Offsets: ${o.textsOutsideBmp} texts have characters outside the BMP; ${o.convertedFromCodePoints} had code-point offsets, converted to UTF-16.`,
  );
  console.log(`  Check: ${o.spanTextMatches} of ${o.spans} brat span texts equal the document text at their offsets.`);
  console.log(`Gold: one attribution per brat event; ${r.discontinuousGoldContents} discontinuous contents are compared by their hull in exact matching.`);

  console.log('\nSPANS  overlap = a predicted and a gold span share at least one character, one-to-one maximum matching;');
  console.log('       exact = identical offsets; relaxed exact = identical once whitespace, quote marks and punctuation');
  console.log('       at either end are trimmed. gold/pred count distinct spans (identical spans in an article count once).');
  console.log(
    `${pad('role', 8)}${lpad('gold', 7)}${lpad('pred', 7)} | ${lpad('P', 6)}${lpad('R', 7)}${lpad('F1', 7)} | ${lpad('exact F1', 9)}${lpad('relaxed exact F1', 18)} | CofeNet exact F1`,
  );
  for (const role of ROLES) {
    const s = r.roles[role];
    console.log(
      `${pad(role, 8)}${lpad(s.overlap.gold, 7)}${lpad(s.overlap.pred, 7)} | ${lpad(f3(s.overlap.precision), 6)}${lpad(f3(s.overlap.recall), 7)}${lpad(f3(s.overlap.f1), 7)} | ` +
        `${lpad(f3(s.exact.f1), 9)}${lpad(f3(s.relaxedExact.f1), 18)} | ${lpad(f3(s.cofenetExactF1), 16)}`,
    );
  }
  console.log('  CofeNet figures are as published (COLING 2022); its split and protocol differ from this harness.');

  const src = r.roles.source.overlap;
  console.log('\nSOURCE KIND  gold kind (rows, derived from the gold text by the heuristic in eval/kind.ts) vs predicted');
  console.log(`  sourceKind (columns; none = source given without a kind), over the ${src.tp} of ${src.gold} gold sources matched`);
  console.log(pad('gold \\ pred', 12) + KINDS.map((k) => lpad(k, 10)).join(''));
  for (const g of KINDS.slice(0, 5)) {
    console.log(pad(g, 12) + KINDS.map((p) => lpad(r.sourceKindConfusion[g]?.[p] ?? 0, 10)).join(''));
  }

  const a = r.unattributedClaim;
  console.log('\nUNATTRIBUTED-CLAIM false alarms (finding overlaps gold content, or a sentence holding a gold cue)');
  console.log(
    `  ${a.falseAlarms} of ${a.findings} findings = ${(a.rate * 100).toFixed(1)}%  (in gold content: ${a.inContent}; elsewhere on a cue sentence: ${a.onCueSentence})`,
  );

  console.log('\nPER PUBLISHER (overlap F1)');
  console.log(`${pad('publisher', 14)}${lpad('articles', 9)}${lpad('cue', 8)}${lpad('source', 8)}${lpad('content', 9)}`);
  for (const p of r.publishers) {
    console.log(`${pad(p.publisher, 14)}${lpad(p.articles, 9)}${lpad(f3(p.cueF1), 8)}${lpad(f3(p.sourceF1), 8)}${lpad(f3(p.contentF1), 9)}`);
  }

  console.log('\nWORST MISSES  missed/gold attributions per article, where a miss is a gold cue no predicted cue matched');
  for (const w of r.worstMisses) {
    const examples = w.examples.map((e) => JSON.stringify(e.length > 40 ? e.slice(0, 39) + '…' : e)).join(', ');
    console.log(`${lpad(w.missed, 4)}/${pad(w.goldAttributions, 4)} ${w.article}\n           e.g. ${examples}`);
  }

  const t = r.throughput;
  console.log(`\nThroughput: ${(t.bytes / 1e6).toFixed(2)} MB analysed in ${t.seconds.toFixed(2)} s = ${t.mbPerSecond.toFixed(2)} MB/s (analyze() time only).`);
}
