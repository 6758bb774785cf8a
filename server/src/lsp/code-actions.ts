// Code actions for WhoSaid diagnostics: each finding's fixes as quick fixes, a fix-all for each rule
// that declares one (loaded-verb; also as `source.fixAll.whosaid`), and a suppression comment per
// diagnostic.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Finding, Fix, Span, TextEdit as OffsetEdit } from '../analysis/types';
import { DIRECTIVE_RULE, RULES } from '../engine';
import type { Rule } from '../analysis/rule-api';
import { LineIndex } from '../analysis/positions';
import type { DocumentAnalysis } from './analyses';
import { applyOffsetEdits, editsConflict, isDiagnosticData, SOURCE, toSpan, toTextEdit } from './convert';
import { Commands, type InsertSnippetArgs } from './protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

export interface CodeActionOptions {
  /** The client runs `whosaid.insertSnippet`. */
  snippetCommands: boolean;
  /** The client accepts versioned `documentChanges` in a WorkspaceEdit. */
  documentChanges: boolean;
}

export function codeActions(analysis: DocumentAnalysis, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const result = analysis.result;
  if (!result) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    // Per rule that declares a fix-all (loaded-verb): the diagnostics it would fix.
    const fixAllDiagnostics = new Map<Rule, Diagnostic[]>();
    const suppressed = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
      const finding = findingFor(analysis, diagnostic);
      if (!finding) continue;
      for (const fix of finding.fixes) actions.push(fixAction(analysis, fix, diagnostic, options));
      const rule = fixAllRules.find((r) => r.id === finding.rule);
      if (rule) fixAllDiagnostics.set(rule, [...(fixAllDiagnostics.get(rule) ?? []), diagnostic]);
      const line = analysis.lines.positionAt(finding.start).line;
      if (finding.rule !== DIRECTIVE_RULE && !suppressed.has(`${finding.rule}:${line}`)) {
        suppressed.add(`${finding.rule}:${line}`);
        actions.push(suppressAction(analysis, finding, diagnostic, options));
      }
    }
    for (const [rule, diagnostics] of fixAllDiagnostics) {
      const all = fixAllEdits(result.findings, rule.id);
      if (all.count > 1)
        actions.push({ title: rule.fixAll!.title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(analysis, all.edits, options) });
    }
  }
  // Only when asked for explicitly (e.g. on save): a plain request for the cursor position stays short.
  if (only && wants(FIX_ALL_KIND)) {
    for (const rule of fixAllRules) {
      const all = fixAllEdits(result.findings, rule.id);
      if (all.count > 0) actions.push({ title: rule.fixAll!.sourceTitle, kind: FIX_ALL_KIND, edit: workspaceEdit(analysis, all.edits, options) });
    }
  }
  return actions;
}

/** The finding a diagnostic was made from: by its data when the version matches, else by rule and range. */
function findingFor(analysis: DocumentAnalysis, diagnostic: Diagnostic): Finding | undefined {
  const findings = analysis.result!.findings.filter((f) => f.rule === diagnostic.code);
  const data = diagnostic.data;
  const span = isDiagnosticData(data) && data.version === analysis.version ? data : toSpan(analysis.lines, diagnostic.range);
  return findings.find((f) => f.start === span.start && f.end === span.end);
}

function fixAction(analysis: DocumentAnalysis, fix: Fix, diagnostic: Diagnostic, options: CodeActionOptions): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...(fix.preferred ? { isPreferred: true } : {}) };
  const snippet = options.snippetCommands ? snippetArgs(analysis, fix) : null;
  if (snippet) action.command = { title: fix.title, command: Commands.insertSnippet, arguments: [snippet] };
  else action.edit = workspaceEdit(analysis, fix.edits, options);
  return action;
}

/**
 * The snippet replaces the fix's last edit; the other edits are applied first, so the snippet's
 * range is given in the text as it is after them.
 */
export function snippetArgs(analysis: DocumentAnalysis, fix: Fix): InsertSnippetArgs | null {
  const last = fix.edits[fix.edits.length - 1];
  if (!fix.snippet || !last || fix.snippet.at !== last.start) return null;
  const others = fix.edits.slice(0, -1);
  if (others.some((e) => editsConflict(e, last) && !(e.end <= last.start))) return null;
  const shift = others.filter((e) => e.end <= last.start).reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0);
  const after = new LineIndex(applyOffsetEdits(analysis.text, others));
  return {
    uri: analysis.uri,
    version: analysis.version,
    edits: others.map((e) => toTextEdit(analysis.lines, e)),
    range: { start: after.positionAt(last.start + shift), end: after.positionAt(last.end + shift) },
    snippet: fix.snippet.text,
  };
}

/** The rules whose fixes can be applied all at once (a property of the rule). */
const fixAllRules: readonly Rule[] = RULES.filter((r) => r.fixAll);

/** Every preferred fix of a fix-all rule whose edits touch no edit already taken. */
export function fixAllEdits(findings: readonly Finding[], rule: string): { edits: OffsetEdit[]; count: number } {
  const taken: OffsetEdit[] = [];
  let count = 0;
  for (const finding of findings) {
    if (finding.rule !== rule) continue;
    const fix = finding.fixes.find((f) => f.preferred);
    if (!fix || fix.edits.some((e) => taken.some((t) => editsConflict(e, t)))) continue;
    taken.push(...fix.edits);
    count++;
  }
  return { edits: taken, count };
}

// Markdown: `<!-- whosaid-disable-next-line RULE -->` on a line of its own before the finding's
// line, indented like it, when that line starts a block. On a line that continues a paragraph,
// list or table, a comment line would split the block in the rendered article, so the comment
// goes at the end of the line instead, as `whosaid-disable-line`. Plain text: the directive on
// a line of its own before the line.
function suppressAction(analysis: DocumentAnalysis, finding: Finding, diagnostic: Diagnostic, options: CodeActionOptions): CodeAction {
  return {
    title: `Disable ${finding.rule} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(analysis, [suppressionEdit(analysis, finding)], options),
  };
}

export function suppressionEdit(analysis: DocumentAnalysis, finding: Span & { rule: string }): OffsetEdit {
  const { text, lines } = analysis;
  const line = lines.positionAt(finding.start).line;
  const start = lines.lineStart(line);
  const end = lineEnd(text, start);
  const indent = /^[ \t]*/.exec(text.slice(start, end))![0];
  const eol = /\r\n/.test(text) ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  if (analysis.format === 'text') return { start, end: start, newText: `${indent}whosaid-disable-next-line ${finding.rule}${eol}` };
  const previousBlank = line === 0 || text.slice(lines.lineStart(line - 1), start).trim() === '';
  if (previousBlank) return { start, end: start, newText: `${indent}<!-- whosaid-disable-next-line ${finding.rule} -->${eol}` };
  // Before trailing spaces and a backslash, which end the line with a hard break. (Cut in code:
  // the regex /^(.*?)(\\?[ \t]*)$/ was quadratic in a long line of blanks.)
  let at = end;
  while (at > start && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  if (at > start && text[at - 1] === '\\') at--;
  return { start: at, end: at, newText: ` <!-- whosaid-disable-line ${finding.rule} -->` };
}

function lineEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

function workspaceEdit(analysis: DocumentAnalysis, edits: readonly OffsetEdit[], options: CodeActionOptions): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => toTextEdit(analysis.lines, e));
  return options.documentChanges
    ? { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: textEdits }] }
    : { changes: { [analysis.uri]: textEdits } };
}
