// Configuration: `.whosaidrc.json` (JSON with comments), validated against the JSON Schema that
// also ships to VS Code, so the editor, the CLI and the schema agree. Text in, config and
// located errors out; reading the file is the caller's business.
import type { ErrorObject } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
// The schema compiled ahead by ajv (`npm run generate`): no schema compiler at run time.
import { validate as validateGenerated } from './config-validator.generated';
import { LineIndex } from './positions';
import type { Severity } from './types';

export type RuleSeverity = Severity | 'off';

export interface ResolvedConfig {
  /** Rule id → severity; absent means the rule's default. */
  rules: Record<string, RuleSeverity>;
  vaguePhrases: string[];
  attributionVerb: string;
  extensions: string[];
  ignore: string[];
  /** Folders of source documents for quote-not-in-sources, relative to the config file (the shell reads them). */
  sources?: string[];
}

export interface ConfigError {
  message: string;
  /** 1-based line and column in the config file. */
  line: number;
  column: number;
  /** The JSON path of the offending key, e.g. "rules.vague-source". */
  key?: string;
}

export const DEFAULT_CONFIG: ResolvedConfig = Object.freeze({
  rules: {},
  vaguePhrases: [],
  attributionVerb: 'said',
  extensions: ['.md', '.markdown', '.txt'],
  ignore: [],
}) as ResolvedConfig;

const validator = validateGenerated as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Parses and validates a config file's text. On any error the defaults stand in for the file. */
export function parseConfig(text: string): { config: ResolvedConfig; errors: ConfigError[] } {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0 || !tree) {
    const e = parseErrors[0];
    const where = e ? at(e.offset) : { line: 1, column: 1 };
    const message = e ? `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}` : 'the file is empty: expected a JSON object';
    return { config: DEFAULT_CONFIG, errors: [{ message, ...where }] };
  }
  const value = nodeValue(tree);
  if (!validator(value)) {
    const errors = (validator.errors ?? []).filter(isUseful).map((e) => locate(e, tree, at));
    return { config: DEFAULT_CONFIG, errors: dedupe(errors) };
  }
  const raw = value as Record<string, unknown>;
  const rules: Record<string, RuleSeverity> = {};
  for (const [id, setting] of Object.entries((raw.rules ?? {}) as Record<string, RuleSeverity | { severity: RuleSeverity }>)) {
    rules[id] = typeof setting === 'string' ? setting : setting.severity;
  }
  return {
    config: {
      rules,
      vaguePhrases: (raw.vaguePhrases as string[] | undefined) ?? [],
      attributionVerb: (raw.attributionVerb as string | undefined) ?? DEFAULT_CONFIG.attributionVerb,
      extensions: (raw.extensions as string[] | undefined) ?? DEFAULT_CONFIG.extensions,
      ignore: (raw.ignore as string[] | undefined) ?? [],
      ...(raw.sources ? { sources: raw.sources as string[] } : {}),
    },
    errors: [],
  };
}

/** Merges settings from the editor (already validated shape) over a file's config. */
export function mergeConfig(base: ResolvedConfig, override: Partial<ResolvedConfig>): ResolvedConfig {
  return {
    rules: { ...base.rules, ...(override.rules ?? {}) },
    vaguePhrases: [...new Set([...base.vaguePhrases, ...(override.vaguePhrases ?? [])])],
    attributionVerb: override.attributionVerb || base.attributionVerb,
    extensions: override.extensions ?? base.extensions,
    ignore: [...base.ignore, ...(override.ignore ?? [])],
    ...((override.sources ?? base.sources) ? { sources: override.sources ?? base.sources } : {}),
  };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0]!.value as string, p.children![1] ? nodeValue(p.children![1]) : null]));
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

// anyOf produces one error per branch; the enum and additionalProperties errors say what matters.
function isUseful(e: ErrorObject): boolean {
  return e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.schemaPath.includes('anyOf/1'));
}

function locate(e: ErrorObject, tree: Node, at: (offset: number) => { line: number; column: number }): ConfigError {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  let key = path.join('.');
  let node = findNodeAtLocation(tree, path) ?? tree;
  let message: string;
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    const property = findNodeAtLocation(tree, [...path, extra]);
    if (property?.parent) node = property.parent.children![0]!;
    key = [...path, extra].join('.');
    message = path.length === 0 ? `unknown setting "${extra}"` : path[0] === 'rules' ? `unknown rule "${extra}"` : `unknown key "${extra}"`;
  } else if (e.keyword === 'enum') {
    message = `"${key}" must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  } else {
    message = `"${key || '(root)'}" ${e.message ?? 'is invalid'}`;
  }
  return { message, ...at(node.offset), key: key || undefined };
}

function dedupe(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.line}:${e.column}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
