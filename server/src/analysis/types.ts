// The analysis core's public data model. Offsets are UTF-16 code-unit indices into the
// original document text (JavaScript string indices), end-exclusive.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type DocumentFormat = 'markdown' | 'text';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** Who a statement is attributed to, by how identifiable they are. */
export type SourceKind = 'named' | 'anonymous' | 'vague' | 'pronoun' | 'document';

/** How a hover or a list names a source kind to the writer. */
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  named: 'named source',
  anonymous: 'anonymous source',
  vague: 'vague source',
  pronoun: 'pronoun',
  document: 'document',
};

export interface Attribution {
  cue: TextSpan;
  source: TextSpan | null;
  content: Span | null;
  sourceKind: SourceKind | null;
  /** For pronoun sources: the named source it most likely refers to. */
  resolvedSource?: TextSpan;
  /** True when the content is a direct quotation. */
  direct: boolean;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True for the fix an editor should offer first. */
  preferred?: boolean;
  /**
   * For editors that support snippets: the last edit's text with tab stops (`${1:source}`),
   * inserted at `at` in place of the plain placeholder text.
   */
  snippet?: { at: number; text: string };
}

export interface RelatedLocation extends Span {
  message: string;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
  related?: RelatedLocation[];
}
