// Hover: the core's description of the attribution or finding under the cursor.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { describeAt } from '../analysis/hover';
import { RULES } from '../engine';
import type { DocumentAnalysis } from './analyses';
import { toRange } from './convert';

export function hover(analysis: DocumentAnalysis, position: Position): Hover | null {
  if (!analysis.result) return null;
  const info = describeAt(analysis.result, analysis.lines.offsetAt(position), RULES);
  if (!info) return null;
  return { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: toRange(analysis.lines, info) };
}
