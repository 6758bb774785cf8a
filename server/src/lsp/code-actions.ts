// Code actions for WhoSaid diagnostics: each finding's fixes as quick fixes, a fix-all for loaded
// verbs (also as `source.fixAll.whosaid`), and a suppression comment per diagnostic.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Finding, Fix, Span, TextEdit as OffsetEdit } from '../analysis/types';
import { DIRECTIVE_RULE } from '../analysis';
import { LineIndex } from '../analysis/positions';
import type { DocumentAnalysis } from './analyses';
import { applyOffsetEdits, editsConflict, isDiagnosticData, SOURCE, toSpan, toTextEdit } from './convert';
import { Commands, type InsertSnippetArgs } from './protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;
/** The rule whose preferred fixes are mechanical enough to apply all at once. */
export const FIX_ALL_RULE = 'loaded-verb';

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
    const fixAllDiagnostics: Diagnostic[] = [];
    const suppressed = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
      const finding = findingFor(analysis, diagnostic);
      if (!finding) continue;
      for (const fix of finding.fixes) actions.push(fixAction(analysis, fix, diagnostic, options));
      if (finding.rule === FIX_ALL_RULE) fixAllDiagnostics.push(diagnostic);
      const line = analysis.lines.positionAt(finding.start).line;
      if (finding.rule !== DIRECTIVE_RULE && !suppressed.has(`${finding.rule}:${line}`)) {
        suppressed.add(`${finding.rule}:${line}`);
        actions.push(suppressAction(analysis, finding, diagnostic, options));
      }
    }
    const all = fixAllEdits(result.findings);
    if (fixAllDiagnostics.length > 0 && all.count > 1) {
      actions.push({
        title: 'Replace every loaded verb in this file',
        kind: CodeActionKind.QuickFix,
        diagnostics: fixAllDiagnostics,
        edit: workspaceEdit(analysis, all.edits, options),
      });
    }
  }
  // Only when asked for explicitly (e.g. on save): a plain request for the cursor position stays short.
  if (only && wants(FIX_ALL_KIND)) {
    const all = fixAllEdits(result.findings);
    if (all.count > 0) actions.push({ title: 'Replace every loaded verb in this file with a neutral verb', kind: FIX_ALL_KIND, edit: workspaceEdit(analysis, all.edits, options) });
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

/** Every preferred fix of the fix-all rule whose edits touch no edit already taken. */
export function fixAllEdits(findings: readonly Finding[]): { edits: OffsetEdit[]; count: number } {
  const taken: OffsetEdit[] = [];
  let count = 0;
  for (const finding of findings) {
    if (finding.rule !== FIX_ALL_RULE) continue;
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
