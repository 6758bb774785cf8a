// The HTML sourcing report (`--format html`): one self-contained page (inline CSS, no scripts, no
// external assets) for an editor. At the top a summary and the sources across all articles (who
// is quoted, how often, the share of named, anonymous and vague sources); then each article's text
// with every attribution highlighted by source kind (its cue underlined), every finding marked in
// its severity's colour (the message on hover, and listed under its paragraph), and a table of the
// article's sources. Everything shown from a document is HTML-escaped.
import { sourceLabel, type LedgerRow } from '../../analysis/ledger';
import type { SourceMix } from '../../analysis/source-mix';
import type { ReportViews } from '../check';
import type { Severity, SourceKind } from '../../analysis/types';
import type { JsonAttribution, JsonDiagnostic, JsonError, JsonFile } from './json';

export interface HtmlMeta {
  version: string;
  rules: readonly { id: string; description: string; helpUri: string }[];
}

export interface HtmlFile {
  entry: JsonFile;
  /** The checked text; without it the article's findings are listed but its text is not shown. */
  text?: string;
  /** Its claims ledger and sources by person, from the analysis that made the entry. */
  views?: ReportViews;
}

type Kind = SourceKind | 'none';

const KINDS: readonly Kind[] = ['named', 'anonymous', 'vague', 'pronoun', 'document', 'none'];
const KIND_LABEL: Record<Kind, string> = {
  named: 'Named',
  anonymous: 'Anonymous',
  vague: 'Vague',
  pronoun: 'Pronoun',
  document: 'Document',
  none: 'No source',
};
const KIND_HELP: Record<Kind, string> = {
  named: 'a person or organisation named in the text',
  anonymous: 'an unnamed source described by role ("a senior official")',
  vague: 'a source the reader cannot identify ("some reports", "experts")',
  pronoun: '"he", "she", "they", "it": refers back to an earlier source',
  document: 'a report, filing, poll or other document',
  none: 'an attribution cue with no source found ("it is believed")',
};
/** Rows of the cross-article sources table; each article's own table lists all of its sources. */
const MAX_ROWS = 100;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const SEVERITY_LABEL: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['information', 'information'],
  hint: ['hint', 'hints'],
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// A crowd whose cue is a stance ("Some Republicans are so vehemently opposed to") is the source
// of no statement: not listed among the vague sources (the core's verdict, as vague-source reads it).
const kindOf = (a: JsonAttribution): Kind => (a.vagueVerdict === 'not-a-report' ? 'none' : (a.sourceKind ?? 'none'));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface SourceRow {
  name: string;
  kind: Kind;
  count: number;
  viaPronoun: number;
  cues: Map<string, number>;
  articles: Set<string>;
}

/** Attributions grouped by who they name: a pronoun counts for the source it refers to. */
function sourceRows(files: readonly JsonFile[]): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  for (const file of files) {
    for (const a of file.attributions) {
      const resolved = a.sourceKind === 'pronoun' && a.resolvedSource ? a.resolvedSource : null;
      const name = squash((resolved ?? a.source)?.text ?? '');
      const kind: Kind = resolved ? 'named' : kindOf(a);
      const key = `${kind === 'none' ? 'none' : 'some'}\0${name.toLowerCase()}`;
      let row = rows.get(key);
      if (!row) {
        row = { name: name || '(no source)', kind, count: 0, viaPronoun: 0, cues: new Map(), articles: new Set() };
        rows.set(key, row);
      }
      row.count++;
      if (resolved) row.viaPronoun++;
      else if (row.kind === 'pronoun' && kind !== 'pronoun') row.kind = kind;
      const cue = squash(a.cue.text).toLowerCase();
      row.cues.set(cue, (row.cues.get(cue) ?? 0) + 1);
      row.articles.add(file.path);
    }
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * An article's sources one row per person, as the editor's Source Mix shows them: "Council leader
 * Amanda Price", "Price" and "she" are one row (the people model's); each row's cues are those of
 * the attributions it counts.
 */
function personRows(entry: JsonFile, mix: SourceMix): SourceRow[] {
  const bySource = new Map(entry.attributions.filter((a) => a.source).map((a) => [`${a.source!.start}:${a.source!.end}`, a]));
  return mix.sources.map((s) => {
    const cues = new Map<string, number>();
    for (const m of s.mentions) {
      const a = bySource.get(`${m.start}:${m.end}`);
      if (!a) continue;
      const cue = squash(a.cue.text).toLowerCase();
      cues.set(cue, (cues.get(cue) ?? 0) + 1);
    }
    return { name: squash(s.name), kind: s.kind, count: s.attributions, viaPronoun: s.viaPronoun, cues, articles: new Set([entry.path]) };
  });
}

/** The rows of the article's sources table: by person when the views came with it, else by the words of each source. */
function sourcesOf(file: HtmlFile): SourceRow[] {
  return file.views ? personRows(file.entry, file.views.mix) : sourceRows([file.entry]);
}

/** Rows of several articles joined: the same person (or the same words, for an unnamed source) is one row. */
function joinRows(rows: readonly SourceRow[]): SourceRow[] {
  const joined = new Map<string, SourceRow>();
  for (const r of rows) {
    const key = `${r.kind}\0${r.name.toLowerCase()}`;
    const row = joined.get(key);
    if (!row) {
      joined.set(key, { ...r, cues: new Map(r.cues), articles: new Set(r.articles) });
      continue;
    }
    row.count += r.count;
    row.viaPronoun += r.viaPronoun;
    for (const [cue, n] of r.cues) row.cues.set(cue, (row.cues.get(cue) ?? 0) + n);
    for (const a of r.articles) row.articles.add(a);
  }
  return [...joined.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** What the table by person does not count: cues with no source, pronouns that refer to no one, words inside someone's quotation. */
function leftOut(mix: SourceMix | undefined): string {
  if (!mix) return '';
  const parts = [
    mix.unsourced > 0 ? plural(mix.unsourced, 'cue with no source found', 'cues with no source found') : '',
    mix.unresolved > 0 ? plural(mix.unresolved, 'pronoun that refers to no one named before it', 'pronouns that refer to no one named before them') : '',
  ].filter(Boolean);
  return parts.length > 0 ? `<p class="muted">Not in the table: ${parts.join('; ')}.</p>` : '';
}

function kindCounts(attributions: readonly JsonAttribution[]): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const a of attributions) counts[kindOf(a)]++;
  return counts;
}

function severityCounts(diagnostics: readonly JsonDiagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

function shareBar(counts: Record<Kind, number>, total: number): string {
  if (total === 0) return '<div class="bar empty">No attributions found</div>';
  const parts = KINDS.filter((k) => counts[k] > 0).map(
    (k) =>
      `<span class="k-${k}" style="width:${((100 * counts[k]) / total).toFixed(2)}%" title="${KIND_LABEL[k]}: ${counts[k]} (${percent(counts[k], total)})"></span>`,
  );
  return `<div class="bar" role="img" aria-label="Sources by kind">${parts.join('')}</div>`;
}

function shareList(counts: Record<Kind, number>, total: number): string {
  return `<ul class="shares">${KINDS.filter((k) => counts[k] > 0)
    .map((k) => `<li><span class="swatch k-${k}"></span>${KIND_LABEL[k]} <b>${percent(counts[k], total)}</b> <span class="muted">(${counts[k]})</span></li>`)
    .join('')}</ul>`;
}

function severityChips(counts: Record<Severity, number>): string {
  const chips = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `<span class="chip s-${s}">${plural(counts[s], ...SEVERITY_LABEL[s])}</span>`);
  return chips.length > 0 ? chips.join(' ') : '<span class="chip clean">no findings</span>';
}

function cueList(cues: Map<string, number>): string {
  return [...cues.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([cue, n]) => `${escapeHtml(cue)}${n > 1 ? ` <span class="muted">×${n}</span>` : ''}`)
    .join(', ');
}

function sourcesTable(rows: readonly SourceRow[], wide: boolean, caption: string): string {
  if (rows.length === 0) return `<p class="muted">No attributions found.</p>`;
  const pronoun = (r: SourceRow) => (r.viaPronoun > 0 ? ` <span class="muted">(${r.viaPronoun} by pronoun)</span>` : '');
  const head = wide
    ? '<tr><th>Source</th><th>Kind</th><th class="num">Attributions</th><th class="num">Articles</th><th>Cues</th></tr>'
    : '<tr><th>Source</th><th>Kind</th><th class="num">#</th></tr>';
  const body = rows
    .map((r) => {
      const tag = `<td><span class="tag k-${r.kind}">${KIND_LABEL[r.kind]}</span></td>`;
      return wide
        ? `<tr data-kind="${r.kind}"><td class="who">${escapeHtml(r.name)}${pronoun(r)}</td>${tag}<td class="num">${r.count}</td><td class="num">${r.articles.size}</td><td class="cues">${cueList(r.cues)}</td></tr>`
        : `<tr data-kind="${r.kind}"><td class="who">${escapeHtml(r.name)}${pronoun(r)}<div class="cues">${cueList(r.cues)}</div></td>${tag}<td class="num">${r.count}</td></tr>`;
    })
    .join('\n');
  return `<table class="sources"><caption>${caption}</caption><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

interface Annotation {
  start: number;
  end: number;
  open: string;
}

/** The article's text with attributions and findings marked, paragraph by paragraph, each followed by its findings. */
function articleBody(file: JsonFile, text: string, anchor: string, helpUri: (rule: string) => string | undefined): string {
  const annotations: Annotation[] = [];
  file.attributions.forEach((a, index) => {
    const kind = kindOf(a);
    const who = a.source ? `${KIND_LABEL[kind]} source: ${squash(a.source.text)}` : 'No source found';
    const resolved = a.resolvedSource ? ` (refers to ${squash(a.resolvedSource.text)})` : '';
    const cueTitle = escapeHtml(`${who}${resolved} · cue “${squash(a.cue.text)}”${a.direct ? ' · direct quotation' : ''}`);
    if (a.source && a.source.end > a.source.start) {
      annotations.push({ start: a.source.start, end: a.source.end, open: `<span class="src k-${kind}" data-kind="${kind}" title="${cueTitle}">` });
    }
    if (a.cue.end > a.cue.start) {
      // A finding that starts inside a cue cuts it into segments; data-cue says which attribution each belongs to.
      annotations.push({
        start: a.cue.start,
        end: a.cue.end,
        open: `<span class="cue k-${kind}" data-kind="${kind}" data-cue="${index}" title="${cueTitle}">`,
      });
    }
  });
  const notes: { at: number; html: string }[] = [];
  file.diagnostics.forEach((d, i) => {
    const n = i + 1;
    const title = escapeHtml(`${d.severity} · ${d.rule}: ${d.message}`);
    if (d.end > d.start)
      annotations.push({ start: d.start, end: d.end, open: `<span class="f s-${d.severity}" data-rule="${escapeHtml(d.rule)}" title="${title}">` });
    notes.push({ at: d.start, html: note(d, n, anchor, helpUri) });
  });

  // Paragraphs: separated by blank lines.
  const paragraphs: { start: number; end: number }[] = [];
  const splitter = /\n[ \t]*(?:\r?\n|\r)\s*|\r[ \t]*\r\s*/g;
  let from = 0;
  for (let m: RegExpExecArray | null; (m = splitter.exec(text)) !== null;) {
    paragraphs.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  paragraphs.push({ start: from, end: text.length });

  const markers = new Map<number, string[]>();
  file.diagnostics.forEach((d, i) => {
    const list = markers.get(d.end) ?? [];
    list.push(`<a class="marker s-${d.severity}" href="#${anchor}-n${i + 1}" title="${escapeHtml(`${d.severity} · ${d.rule}`)}">${i + 1}</a>`);
    markers.set(d.end, list);
  });

  const out: string[] = [];
  paragraphs.forEach((p, index) => {
    let { start, end } = p;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // What belongs to this paragraph: offsets from its start (0 for the first) to the next one's.
    const from = index === 0 ? 0 : p.start;
    const to = index === paragraphs.length - 1 ? Infinity : paragraphs[index + 1]!.start;
    const own = notes.filter((x) => from <= x.at && x.at < to);
    const inside = (at: number) => start < at && at < end;
    const trailing = [...markers.entries()]
      .filter(([at]) => from <= at && at < to && !inside(at))
      .sort((a, b) => a[0] - b[0])
      .flatMap(([, list]) => list);
    if (start === end && own.length === 0) return;
    out.push(`<div class="para"><p class="text">${marked(text, start, end, annotations, markers)}${trailing.join('')}</p>`);
    if (own.length > 0) out.push(`<ol class="notes">${own.map((x) => x.html).join('')}</ol>`);
    out.push('</div>');
  });
  return out.join('\n');
}

function note(d: JsonDiagnostic, n: number, anchor: string, helpUri: (rule: string) => string | undefined): string {
  const help = helpUri(d.rule);
  const rule = help ? `<a class="rule" href="${escapeHtml(help)}">${escapeHtml(d.rule)}</a>` : `<span class="rule">${escapeHtml(d.rule)}</span>`;
  const fixes =
    d.fixes.length > 0
      ? `<div class="fixes">Suggested: ${d.fixes
          .slice(0, 3)
          .map((f) => `<span class="fix">${escapeHtml(f.title)}</span>`)
          .join(' · ')}${d.fixes.length > 3 ? ` <span class="muted">and ${d.fixes.length - 3} more</span>` : ''}</div>`
      : '';
  return (
    `<li id="${anchor}-n${n}" class="note s-${d.severity}" value="${n}" data-rule="${escapeHtml(d.rule)}">` +
    `<span class="sev s-${d.severity}">${d.severity}</span> ${rule} <span class="where">line ${d.range.start.line + 1}</span>` +
    `<div class="msg">${escapeHtml(d.message)}</div>${fixes}</li>`
  );
}

/** text[start, end) as HTML with every annotation that overlaps it, and the markers of findings that end inside it. */
function marked(text: string, start: number, end: number, annotations: readonly Annotation[], markers: Map<number, string[]>): string {
  const cuts = new Set<number>([start, end]);
  for (const a of annotations) {
    if (a.start > start && a.start < end) cuts.add(a.start);
    if (a.end > start && a.end < end) cuts.add(a.end);
  }
  for (const at of markers.keys()) if (at > start && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const html: string[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const active = annotations.filter((a) => a.start <= s && e <= a.end);
    // Findings outermost, then sources, then cues: each segment is wrapped on its own, so overlaps never break nesting.
    active.sort((a, b) => rank(a.open) - rank(b.open));
    html.push(active.map((a) => a.open).join('') + escapeHtml(text.slice(s, e)) + '</span>'.repeat(active.length));
    if (e < end) html.push(...(markers.get(e) ?? []));
  }
  return html.join('');
}

const rank = (open: string) => (open.startsWith('<span class="f ') ? 0 : open.startsWith('<span class="src ') ? 1 : 2);

// The claims ledger of an article (the rows `whosaid ledger` prints, from the analysis that made
// the findings): every check-worthy claim and every figure, date, event and quotation, with its
// source or "unattributed" and why it is a claim.
function claimsList(rows: readonly LedgerRow[]): string {
  if (rows.length === 0) return '<h3>Claims</h3><p class="muted">No checkable claims found.</p>';
  const items = rows.map((r) => {
    const source = r.attribution ? escapeHtml(sourceLabel(r.attribution)) : '<strong>unattributed</strong>';
    const why = r.why.length > 0 ? `<br><span class="muted">${escapeHtml(r.why.join('; '))} (score ${r.score.toFixed(2)})</span>` : '';
    return `<li><span class="muted">${r.line}:${r.column} ${escapeHtml(r.kind)}</span> “${escapeHtml(r.claim)}” — ${source}${why}</li>`;
  });
  return `<h3>Claims</h3><ol class="claims">${items.join('')}</ol>`;
}

export function renderHtml(files: readonly HtmlFile[], errors: readonly JsonError[], meta: HtmlMeta): string {
  const entries = files.map((f) => f.entry);
  const helps = new Map(meta.rules.map((r) => [r.id, r.helpUri]));
  const helpUri = (rule: string) => helps.get(rule);
  const allAttributions = entries.flatMap((e) => e.attributions);
  const kinds = kindCounts(allAttributions);
  const severities = severityCounts(entries.flatMap((e) => e.diagnostics));
  const findings = SEVERITIES.reduce((n, s) => n + severities[s], 0);
  const rows = joinRows(files.flatMap(sourcesOf));
  const total = allAttributions.length;
  const anchors = files.map((_, i) => `a${i + 1}`);

  const articleRows = files
    .map((f, i) => {
      const k = kindCounts(f.entry.attributions);
      const n = f.entry.attributions.length;
      return (
        `<tr><td><a href="#${anchors[i]}">${escapeHtml(f.entry.path)}</a></td><td class="num">${n}</td>` +
        `<td class="num">${percent(k.named, n)}</td><td class="num">${percent(k.anonymous, n)}</td><td class="num">${percent(k.vague, n)}</td>` +
        `<td>${severityChips(severityCounts(f.entry.diagnostics))}</td></tr>`
      );
    })
    .join('\n');

  const articles = files
    .map((f, i) => {
      const anchor = anchors[i]!;
      const k = kindCounts(f.entry.attributions);
      const n = f.entry.attributions.length;
      const body =
        f.text !== undefined
          ? articleBody(f.entry, f.text, anchor, helpUri)
          : `<p class="warning-box">The text of this file could not be read for the report; its findings:</p><ol class="notes">${f.entry.diagnostics
              .map((d, j) => note(d, j + 1, anchor, helpUri))
              .join('')}</ol>`;
      return `<section class="article" id="${anchor}">
<header class="article-head"><h2>${escapeHtml(f.entry.path)}</h2>
<div class="meta">${plural(n, 'attribution', 'attributions')} · ${severityChips(severityCounts(f.entry.diagnostics))}</div></header>
<div class="article-grid">
<div class="body">
${body}
</div>
<aside class="side">
<h3>Sources</h3>
${shareBar(k, n)}
${shareList(k, n)}
${sourcesTable(sourcesOf(f), false, 'Sources in this article')}
${leftOut(f.views?.mix)}
${f.views ? claimsList(f.views.ledger) : ''}
</aside>
</div>
</section>`;
    })
    .join('\n');

  const errorList =
    errors.length > 0
      ? `<section class="errors"><h2>Not checked</h2><ul>${errors.map((e) => `<li><code>${escapeHtml(e.path)}</code>: ${escapeHtml(e.message)}</li>`).join('')}</ul></section>`
      : '';

  const legend = `<div class="legend" aria-label="Legend">
<span class="legend-title">Sources</span>${KINDS.map((k) => `<span class="src k-${k}" title="${escapeHtml(KIND_HELP[k])}">${KIND_LABEL[k]}</span>`).join(' ')}
<span class="legend-sep"></span><span class="cue k-named">cue</span> <span class="muted">underlined</span>
<span class="legend-sep"></span><span class="legend-title">Findings</span>${SEVERITIES.map((s) => `<span class="f s-${s}">${s}</span>`).join(' ')}
</div>`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WhoSaid ${escapeHtml(meta.version)}">
<title>WhoSaid sourcing report</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header class="top">
<h1>Sourcing report</h1>
<p class="sub">WhoSaid ${escapeHtml(meta.version)} · ${plural(files.length, 'article', 'articles')}${errors.length > 0 ? ` · ${errors.length} not checked` : ''}</p>
</header>
<section class="summary">
<div class="cards">
<div class="card"><div class="big">${files.length}</div><div>${files.length === 1 ? 'article' : 'articles'}</div></div>
<div class="card"><div class="big">${total}</div><div>${total === 1 ? 'attribution' : 'attributions'}</div></div>
<div class="card"><div class="big k-text-named">${percent(kinds.named, total)}</div><div>named sources</div></div>
<div class="card"><div class="big k-text-anonymous">${percent(kinds.anonymous, total)}</div><div>anonymous</div></div>
<div class="card"><div class="big k-text-vague">${percent(kinds.vague, total)}</div><div>vague</div></div>
<div class="card wide"><div class="big">${findings}</div><div>${findings === 1 ? 'finding' : 'findings'}</div><div class="chips">${severityChips(severities)}</div></div>
</div>
${shareBar(kinds, total)}
${shareList(kinds, total)}
</section>
${errorList}
<section class="totals">
<h2>Who is quoted</h2>
${sourcesTable(rows.slice(0, MAX_ROWS), true, 'Sources across all articles, most attributions first')}
${rows.length > MAX_ROWS ? `<p class="muted">and ${plural(rows.length - MAX_ROWS, 'more source', 'more sources')} with fewer attributions (each article lists all of its own).</p>` : ''}
</section>
<section class="index">
<h2>Articles</h2>
<table class="articles"><thead><tr><th>Article</th><th class="num">Attributions</th><th class="num">Named</th><th class="num">Anonymous</th><th class="num">Vague</th><th>Findings</th></tr></thead>
<tbody>
${articleRows}
</tbody></table>
</section>
${legend}
${articles}
</main>
</body>
</html>
`;
}

const CSS = `
:root{--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--paper:#fff;--bg:#f6f8fa;
--named:#1a7f37;--named-bg:#d2f4dc;--anonymous:#9a6700;--anonymous-bg:#fff0b3;--vague:#cf222e;--vague-bg:#ffdcd7;
--pronoun:#0969da;--pronoun-bg:#d6ebff;--document:#8250df;--document-bg:#ece2ff;--none:#57606a;--none-bg:#e6e9ec;
--error:#d1242f;--warning:#d4660f;--information:#0969da;--hint:#8c959f}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 -apple-system,"Segoe UI","Helvetica Neue",Arial,"Noto Sans",sans-serif}
main{max-width:1080px;margin:0 auto;padding:28px 24px 60px}
h1{font-size:28px;margin:0}h2{font-size:19px;margin:0 0 10px}
.top{display:flex;align-items:baseline;gap:16px;flex-wrap:wrap;margin-bottom:18px}.sub{color:var(--muted);margin:0}
.muted{color:var(--muted);font-weight:normal}
section{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:0 0 18px}
.cards{display:grid;grid-template-columns:repeat(5,minmax(0,1fr)) minmax(0,2fr);gap:10px;margin-bottom:14px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;color:var(--muted);font-size:13px}
.card .big{font-size:26px;font-weight:650;color:var(--ink);line-height:1.2}
.card .chips{margin-top:4px}
.k-text-named{color:var(--named)!important}.k-text-anonymous{color:var(--anonymous)!important}.k-text-vague{color:var(--vague)!important}
.bar{display:flex;height:12px;border-radius:6px;overflow:hidden;background:var(--none-bg);margin:6px 0}
.article-head .bar{height:8px;max-width:420px}
.bar span{display:block;height:100%}
.bar.empty{height:auto;background:none;color:var(--muted);font-size:13px}
.bar .k-named,.swatch.k-named{background:var(--named)}.bar .k-anonymous,.swatch.k-anonymous{background:#d4a72c}.bar .k-vague,.swatch.k-vague{background:var(--vague)}
.bar .k-pronoun,.swatch.k-pronoun{background:#54aeff}.bar .k-document,.swatch.k-document{background:var(--document)}.bar .k-none,.swatch.k-none{background:#afb8c1}
.shares{list-style:none;padding:0;margin:6px 0 0;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:0}
table{border-collapse:collapse;width:100%;font-size:14px}
caption{text-align:left;color:var(--muted);font-size:13px;padding-bottom:6px}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.who{font-weight:600}td.cues,td .cues{color:var(--muted);font-weight:normal}
tbody tr:last-child td{border-bottom:0}
a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
.tag{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:10px}
.tag.k-named{background:var(--named-bg);color:var(--named)}.tag.k-anonymous{background:var(--anonymous-bg);color:var(--anonymous)}
.tag.k-vague{background:var(--vague-bg);color:var(--vague)}.tag.k-pronoun{background:var(--pronoun-bg);color:var(--pronoun)}
.tag.k-document{background:var(--document-bg);color:var(--document)}.tag.k-none{background:var(--none-bg);color:var(--none)}
.chip{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:10px;margin:1px 2px 1px 0;color:#fff;white-space:nowrap}
.chip.s-error{background:var(--error)}.chip.s-warning{background:var(--warning)}.chip.s-information{background:var(--information)}.chip.s-hint{background:#6e7781}
.chip.clean{background:var(--named-bg);color:var(--named)}
.legend{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px;background:rgba(246,248,250,.96);
border:1px solid var(--line);border-radius:10px;padding:8px 14px;margin:0 0 18px;font-size:13px}
.legend-title{font-weight:600;color:var(--muted);margin-right:2px}.legend-sep{width:1px;height:18px;background:var(--line);margin:0 6px}
.legend .f{padding:0 2px}
.article-head{margin-bottom:14px;padding-bottom:10px;border-bottom:1px solid var(--line)}.article-head h2{font-size:18px;word-break:break-all;margin-bottom:4px}
.meta{color:var(--muted);font-size:13px}
.article-grid{display:grid;grid-template-columns:minmax(0,1fr) 290px;gap:28px;align-items:start}
.side{position:sticky;top:64px;max-height:calc(100vh - 80px);overflow:auto;font-size:13px}.side h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:2px 0 6px}
.side .shares{margin-bottom:10px}.side .claims{padding-left:18px;margin:0 0 10px}.side .claims li{margin:0 0 6px}.side table{font-size:13px}.side th,.side td{padding:5px 6px}.side caption{display:none}
.body{font-family:Georgia,"Times New Roman","Noto Serif",serif;font-size:17px;line-height:1.75;max-width:720px}
@media (max-width:900px){.article-grid{grid-template-columns:1fr}.side{position:static;max-height:none}.cards{grid-template-columns:repeat(3,minmax(0,1fr))}}
.para{margin:0 0 14px}
.text{margin:0;white-space:pre-wrap;overflow-wrap:break-word}
.src{border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.src.k-named{background:var(--named-bg)}.src.k-anonymous{background:var(--anonymous-bg)}.src.k-vague{background:var(--vague-bg)}
.src.k-pronoun{background:var(--pronoun-bg)}.src.k-document{background:var(--document-bg)}.src.k-none{background:var(--none-bg)}
.legend .src{padding:1px 6px}
.cue{font-weight:700;border-bottom:2.5px solid}
.cue.k-named{border-color:var(--named)}.cue.k-anonymous{border-color:#d4a72c}.cue.k-vague{border-color:var(--vague)}
.cue.k-pronoun{border-color:var(--pronoun)}.cue.k-document{border-color:var(--document)}.cue.k-none{border-color:var(--none)}
.f{text-decoration-line:underline;text-decoration-style:wavy;text-decoration-thickness:1.5px;text-underline-offset:4px;text-decoration-skip-ink:none}
.f.s-error{text-decoration-color:var(--error)}.f.s-warning{text-decoration-color:var(--warning)}
.f.s-information{text-decoration-color:var(--information)}.f.s-hint{text-decoration-color:var(--hint);text-decoration-style:dotted}
.marker{font:700 10px/1 -apple-system,"Segoe UI",Arial,sans-serif;vertical-align:super;margin-left:1px;padding:1px 4px;border-radius:7px;color:#fff;text-decoration:none}
.marker.s-error{background:var(--error)}.marker.s-warning{background:var(--warning)}.marker.s-information{background:var(--information)}.marker.s-hint{background:#6e7781}
.notes{margin:8px 0 0;padding:0 0 0 0;list-style:none;font:14px/1.45 -apple-system,"Segoe UI","Helvetica Neue",Arial,sans-serif}
.note{border-left:3px solid;background:var(--bg);border-radius:0 6px 6px 0;padding:6px 10px;margin:0 0 6px}
.note::before{content:attr(value);display:inline-block;min-width:18px;font-weight:700;color:var(--muted)}
.note.s-error{border-color:var(--error)}.note.s-warning{border-color:var(--warning)}.note.s-information{border-color:var(--information)}.note.s-hint{border-color:var(--hint)}
.note:target{background:#fff8c5}
.sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;margin-right:4px}
.sev.s-error{color:var(--error)}.sev.s-warning{color:var(--warning)}.sev.s-information{color:var(--information)}.sev.s-hint{color:#6e7781}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}.where{color:var(--muted);font-size:12px;margin-left:6px}
.msg{margin-top:2px}.fixes{color:var(--muted);font-size:13px;margin-top:2px}.fix{color:var(--ink)}
.warning-box{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 12px;font-size:14px}
.errors{border-color:var(--error)}.errors h2{color:var(--error)}
@media print{body{background:#fff}.legend{position:static}section{break-inside:avoid-page;border-color:#bbb}}
`;
