// Pure scoring for the real-copy evaluation (`npm run eval:copy`): the engine's findings against a
// copy desk's judged queries. A finding counts when it overlaps a judged query of the same rule
// family; a query is found when a finding of its family overlaps it.
import type { Span } from '../server/src/analysis/types';

/** Rules a judge can query; the weak-attribution rules are one family (a hedge or a vague source is one query either way), and so are editorializing and loaded-adjective. */
export const FAMILY: Record<string, string> = {
  'vague-source': 'weak-attribution',
  'hedged-report': 'weak-attribution',
  'passive-attribution': 'weak-attribution',
  'anonymous-source': 'anonymous-source',
  'unattributed-quote': 'unattributed-quote',
  'unattributed-claim': 'unattributed-claim',
  'loaded-verb': 'loaded-verb',
  editorializing: 'editorializing',
  // The judges' one "writer's own judgement" query covers an adverb and a characterising adjective.
  'loaded-adjective': 'editorializing',
  'inconsistent-figure': 'inconsistent-figure',
  'inconsistent-name': 'inconsistent-name',
  'date-mismatch': 'date-mismatch',
};

export interface JudgedQuery {
  rule: string;
  text: string;
  occurrence?: number;
  reason: string;
}

export interface Judgment {
  id: string;
  headline?: string;
  genre?: string;
  judge?: string;
  queries: JudgedQuery[];
}

export interface ScoredFinding extends Span {
  rule: string;
  message: string;
}

export interface ResolvedQuery extends Span, JudgedQuery {}

export interface ArticleScore {
  /** Each finding the eval counts, with whether a judged query of its family overlaps it. */
  findings: (ScoredFinding & { correct: boolean })[];
  /** Each judged query, with whether a finding of its family overlaps it. */
  queries: (ResolvedQuery & { found: boolean })[];
}

/**
 * The document the judge read and the engine checks. A BBC text is one paragraph whose headline runs
 * into the first sentence: the judgment names the headline, which becomes a line of its own.
 */
export function buildDocument(raw: string, headline: string | undefined): string {
  if (headline === undefined) return raw;
  if (!raw.startsWith(headline + ' ')) throw new Error(`the headline “${headline}” is not the opening of the text`);
  return `${headline}\n\n${raw.slice(headline.length + 1)}`;
}

/** Where each query's text falls in the document (its `occurrence`-th appearance, 1-based). */
export function resolveQueries(doc: string, queries: readonly JudgedQuery[]): ResolvedQuery[] {
  return queries.map((q) => {
    let start = -1;
    for (let k = 0; k < (q.occurrence ?? 1); k++) {
      start = doc.indexOf(q.text, start + 1);
      if (start < 0) throw new Error(`query text not in the document (occurrence ${q.occurrence ?? 1}): “${q.text}”`);
    }
    return { ...q, start, end: start + q.text.length };
  });
}

const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** Scores one article: findings of rules no judge can query (e.g. quote-not-in-sources) are left out. */
export function scoreArticle(findings: readonly ScoredFinding[], queries: readonly ResolvedQuery[]): ArticleScore {
  const judged = findings.filter((f) => FAMILY[f.rule] !== undefined);
  return {
    findings: judged.map((f) => ({ ...f, correct: queries.some((q) => FAMILY[q.rule] === FAMILY[f.rule] && overlaps(f, q)) })),
    queries: queries.map((q) => ({ ...q, found: judged.some((f) => FAMILY[q.rule] === FAMILY[f.rule] && overlaps(f, q)) })),
  };
}

export interface RuleTally {
  findings: number;
  correct: number;
  queries: number;
  found: number;
}

/** Precision by the finding's rule, recall by the query's rule; `all` pools every rule. */
export function tally(scores: readonly ArticleScore[]): Record<string, RuleTally> {
  const out: Record<string, RuleTally> = {};
  const at = (rule: string) => (out[rule] ??= { findings: 0, correct: 0, queries: 0, found: 0 });
  for (const s of scores) {
    for (const f of s.findings) {
      for (const key of [f.rule, 'all']) {
        at(key).findings++;
        if (f.correct) at(key).correct++;
      }
    }
    for (const q of s.queries) {
      for (const key of [q.rule, 'all']) {
        at(key).queries++;
        if (q.found) at(key).found++;
      }
    }
  }
  return out;
}
