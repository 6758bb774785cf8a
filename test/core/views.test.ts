// One analysis, many views: each story through every view — `whosaid check` JSON and HTML report,
// `whosaid ledger`, and the language server's diagnostics, hover, "Show sources", Claims view,
// Source Mix and ledger export — and the sources, claims and findings they show compared. Each view
// must show the attributions of the one result (the same source, kind and cue for each), the same
// claims with the same attribution, the same people, and the same findings; and what a view says
// of a source or a quotation must not contradict the findings (eval/views.ts counts the same on
// real copy). The stories have named sources (one named again by surname and by pronoun),
// anonymous, vague and document sources, a quotation with a speaker and one without, and claims.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/analysis/positions';
import { buildLedger, sourceLabel } from '../../server/src/analysis/ledger';
import { buildSourceMix } from '../../server/src/analysis/source-mix';
import { analyze } from '../../server/src/engine';
import { disagreements } from '../../eval/views';
import type { DocumentAnalysis } from '../../server/src/lsp/analyses';
import { claims, ledger } from '../../server/src/lsp/claims';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { hover } from '../../server/src/lsp/hover';
import { sourceMix } from '../../server/src/lsp/source-mix';
import { sources } from '../../server/src/lsp/sources';
import { tempTree, whosaid } from '../cli/helpers';

const STORIES = ['wire-story.md', 'council-story.md'].map((name) => ({ name, text: fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8') }));
const uri = 'file:///drafts/story.md';

interface JsonOut {
  files: {
    diagnostics: { rule: string; message: string; start: number; end: number }[];
    attributions: {
      cue: { start: number; text: string };
      source: { text: string } | null;
      sourceKind: string | null;
      resolvedSource: { text: string } | null;
    }[];
  }[];
}
interface LedgerOut {
  files: {
    claims: {
      id: number;
      kind: string;
      claim: string;
      line: number;
      column: number;
      start: number;
      end: number;
      attribution: { source: string; kind: string | null; cue: string } | null;
    }[];
  }[];
}

async function views(STORY: string) {
  const root = tempTree({ 'story.md': STORY });
  const json = JSON.parse((await whosaid(['check', 'story.md', '--format', 'json', '--fail-on', 'never'], { cwd: root })).stdout) as JsonOut;
  const html = (await whosaid(['check', 'story.md', '--format', 'html', '--fail-on', 'never'], { cwd: root })).stdout;
  const cliLedger = JSON.parse((await whosaid(['ledger', 'story.md', '--format', 'json'], { cwd: root })).stdout) as LedgerOut;
  const result = analyze(STORY, { format: 'markdown' });
  const lines = new LineIndex(STORY);
  const analysis: DocumentAnalysis = { uri, version: 1, generation: 0, format: 'markdown', text: STORY, lines, result };
  return { json: json.files[0]!, html, cliLedger: cliLedger.files[0]!.claims, result, lines, analysis };
}

for (const story of STORIES)
  describe(`every view shows the one analysis of a story (${story.name})`, async () => {
    const v = await views(story.text);
    const attributions = v.result.attributions;

    it('the story has attributions of several kinds and claims to compare', () => {
      assert.ok(new Set(attributions.map((a) => a.sourceKind)).size >= 3);
      assert.ok(v.cliLedger.length >= 3);
    });

    it('sources: the JSON, "Show sources" and the HTML report list the same attributions, sources and kinds', () => {
      const core = attributions.map((a) => ({ cue: a.cue.text, source: a.source?.text ?? null, kind: a.sourceKind }));
      assert.deepEqual(
        v.json.attributions.map((a) => ({ cue: a.cue.text, source: a.source?.text ?? null, kind: a.sourceKind })),
        core,
      );
      assert.deepEqual(
        sources(v.analysis).map((s) => ({ cue: s.cue, source: s.source, kind: s.kind })),
        core,
      );
      // The HTML report marks each cue with its attribution's kind, in order (data-cue = its index).
      const cues = new Map<number, string>();
      for (const m of v.html.matchAll(/<span class="cue k-(\w+)" data-kind="\w+" data-cue="(\d+)"/g)) cues.set(Number(m[2]), m[1]!);
      assert.deepEqual(
        [...cues.entries()].sort((a, b) => a[0] - b[0]),
        attributions.map((a, i) => [i, a.sourceKind ?? 'none']),
      );
    });

    it('sources: hover on each cue names the same source and kind', () => {
      for (const a of attributions.filter((x, i) => x.source && !v.result.model.nested[i])) {
        const h = hover(v.analysis, v.lines.positionAt(a.cue.start));
        assert.ok(h, `no hover on “${a.cue.text}”`);
        const value = (h.contents as { value: string }).value;
        // The hover's table row: source (and whom a pronoun stands for), then its one classification.
        const source = (a.source!.text + (a.resolvedSource ? ` → ${a.resolvedSource.text}` : '')).replace(/\s+/g, ' ').replace(/\|/g, '\\|');
        assert.ok(
          value.includes(`| ${source} | ${a.sourceKind ?? 'source'} |`),
          `hover on “${a.cue.text}” does not name ${a.source!.text} (${a.sourceKind}): ${value}`,
        );
      }
    });

    it('claims: `whosaid ledger`, the Claims view and the ledger export list the same claims with the same attribution', () => {
      const view = claims(v.analysis);
      assert.deepEqual(
        view.map((c) => ({ id: c.id, kind: c.kind, claim: c.claim, source: c.source, kind2: c.sourceKind, cue: c.cue })),
        v.cliLedger.map((c) => ({
          id: c.id,
          kind: c.kind,
          claim: c.claim,
          source: c.attribution ? sourceLabel(c.attribution) : null,
          kind2: c.attribution?.kind ?? null,
          cue: c.attribution?.cue ?? null,
        })),
      );
      const exported = JSON.parse(ledger(v.analysis, 'story.md', 'json')) as LedgerOut;
      assert.deepEqual(exported.files[0]!.claims, v.cliLedger);
    });

    it('claims: a claim’s source is one of the attributions the other views show', () => {
      const shown = new Set(
        attributions
          .flatMap((a) => [a.source?.text, a.resolvedSource?.text])
          .filter(Boolean)
          .map((s) => s!.replace(/\s+/g, ' ').trim()),
      );
      for (const c of v.cliLedger)
        if (c.attribution) assert.ok(shown.has(c.attribution.source), `“${c.claim}” is attributed to ${c.attribution.source}, which no source list shows`);
    });

    it('findings: the editor’s diagnostics are the JSON’s findings', () => {
      const diagnostics = v.result.findings.map((f) => toDiagnostic(v.lines, uri, 1, f));
      assert.deepEqual(
        diagnostics.map((d) => ({ rule: d.code, message: d.message, start: v.lines.offsetAt(d.range.start) })),
        v.json.diagnostics.map((d) => ({ rule: d.rule, message: d.message, start: d.start })),
      );
    });

    it('people: the HTML report and the Source Mix view show one row per person, with the same counts', () => {
      const mix = buildSourceMix(v.result);
      const expected = mix.sources.map((s) => [s.name.replace(/\s+/g, ' '), s.kind, String(s.attributions)]);
      // The article's own table (the first "sources" table after its heading), each row's name, kind and count.
      const article = v.html.slice(v.html.indexOf('<section class="article"'));
      const table = /<table class="sources">.*?<\/table>/s.exec(article)![0];
      const rows = [
        ...table.matchAll(
          /<tr data-kind="(\w+)"><td class="who">([^<]*)(?:<span[^>]*>[^<]*<\/span>)?<div class="cues">.*?<\/div><\/td><td>.*?<\/td><td class="num">(\d+)<\/td><\/tr>/g,
        ),
      ];
      assert.deepEqual(
        rows.map((m) => [m[2]!.replace(/&#39;/g, "'").trim(), m[1], m[3]]),
        expected,
      );
      // "Council leader Amanda Price", "Price" and "She" are one person, one row.
      if (story.text.includes('Amanda Price'))
        assert.deepEqual(
          rows.filter((m) => /Price/.test(m[2]!)).map((m) => [m[2]!.trim(), m[3]]),
          [['Amanda Price', '3']],
        );
      assert.deepEqual(
        sourceMix(v.analysis)!.sources.map((s) => [s.name.replace(/\s+/g, ' '), s.kind, String(s.attributions)]),
        expected,
      );
      // Every story-level attribution with a source of a known kind is counted in exactly one row.
      const counted = v.result.attributions.filter(
        (a, i) => a.source && a.sourceKind && !v.result.model.nested[i] && (a.sourceKind !== 'pronoun' || a.resolvedSource),
      ).length;
      assert.equal(
        mix.sources.reduce((n, s) => n + s.attributions, 0),
        counted,
      );
    });

    it('claims: the HTML report lists the ledger’s claims with the same sources', () => {
      const listed = [...v.html.matchAll(/<li><span class="muted">(\d+):(\d+) (\w+)<\/span> “.*?” — (.*?)(?:<br>|<\/li>)/gs)].map(
        (m) => `${m[1]}:${m[2]} ${m[3]} ${m[4]!.replace(/&#39;/g, "'").replace(/<\/?strong>/g, '')}`,
      );
      assert.deepEqual(
        listed,
        v.cliLedger.map((c) => `${c.line}:${c.column} ${c.kind} ${c.attribution ? sourceLabel(c.attribution) : 'unattributed'}`),
      );
    });

    it('no view contradicts the findings: a vague source is queried, an unattributed quotation is flagged', () => {
      assert.deepEqual(disagreements(v.result), []);
      // Both kinds of case are in the story, so the comparison is not empty.
      assert.ok(v.result.attributions.some((a) => a.sourceKind === 'vague'));
      assert.ok(v.cliLedger.some((c) => c.kind === 'quote' && c.attribution) && v.cliLedger.some((c) => c.kind === 'quote' && !c.attribution));
    });
  });

describe('a quotation in the words of a report whose source was not found', () => {
  it('is not flagged by check, and the ledger says whose words they are not known, not that they are unattributed', () => {
    const text = 'Trade unions opposed the plan. It was said at the time that the deal was “the worst in the history of the town”.\n';
    const result = analyze(text, { format: 'text' });
    assert.ok(!result.findings.some((f) => f.rule === 'unattributed-quote'));
    const quote = buildLedger(result).find((r) => r.kind === 'quote')!;
    assert.deepEqual(quote.attribution && { source: sourceLabel(quote.attribution), kind: quote.attribution.kind, via: quote.attribution.via }, {
      source: 'no source found (“was said”)',
      kind: null,
      via: 'content',
    });
    assert.deepEqual(
      disagreements(result).map((d) => d.kind),
      ['quote-speaker-without-source'],
    );
  });
});
