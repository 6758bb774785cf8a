// `whosaid/claims` and `whosaid/ledger`: the claims ledger of a document, for the Claims view and
// the "Export claims ledger" command. The rows come from the core (analysis/ledger.ts), the same
// rows `whosaid ledger` prints.
import { buildLedger, formatLedger, sourceLabel, type LedgerFormat } from '../analysis/ledger';
import type { DocumentAnalysis } from './analyses';
import { toRange } from './convert';
import type { ClaimItem } from './protocol';

export function claims(analysis: DocumentAnalysis): ClaimItem[] {
  if (!analysis.result) return [];
  return buildLedger(analysis.result).map((row) => ({
    id: row.id,
    kind: row.kind,
    claim: row.claim,
    range: toRange(analysis.lines, row),
    sentence: row.sentence,
    source: row.attribution ? sourceLabel(row.attribution) : null,
    sourceKind: row.attribution?.kind ?? null,
    cue: row.attribution?.cue ?? null,
    score: row.score,
    why: row.why,
  }));
}

export function ledger(analysis: DocumentAnalysis, path: string, format: LedgerFormat): string {
  return formatLedger([{ path, rows: analysis.result ? buildLedger(analysis.result) : [] }], format);
}
