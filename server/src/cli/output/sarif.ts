// SARIF 2.1.0 output: one run whose tool.driver lists every rule (id, description, help URL,
// default level) and whose results carry physical locations relative to the current directory
// (uriBaseId %SRCROOT%), 1-based lines and columns in UTF-16 code units (run.columnKind), and the
// rules' fixes as SARIF fixes. Files that could not be checked become tool execution
// notifications. Built from the same JSON entries as every other format, so `whosaid merge`
// gives the same bytes as an unsharded run; `mergeSarif` joins the SARIF logs of shards.
//
// Hand-built on @types/sarif rather than with node-sarif-builder: its current major needs
// Node 22, it has no API for fixes or columnKind (we would set them on its raw objects anyway),
// and it brings fs-extra into the CLI bundle for file writing we do not need.
import type * as Sarif from 'sarif';
import type { Severity } from '../../analysis/types';
import type { JsonError, JsonFile, JsonRange } from './json';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

export interface SarifRuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** False for a rule that is off unless configured. */
  defaultEnabled?: boolean;
  helpUri: string;
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  rules: readonly SarifRuleInfo[];
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifLevel(severity: Severity): Sarif.Result.level {
  return LEVEL[severity];
}

/** A `/`-separated relative path as a relative URI reference: each segment percent-encoded. */
export function pathToUri(display: string): string {
  return display
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

export function uriToPath(uri: string): string {
  return uri
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function region(range: JsonRange): Sarif.Region {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

export function buildSarif(files: readonly JsonFile[], errors: readonly JsonError[], tool: SarifTool): Sarif.Log {
  const ruleIndex = new Map(tool.rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const file of files) {
    const artifactLocation: Sarif.ArtifactLocation = { uri: pathToUri(file.path), uriBaseId: SRCROOT };
    for (const d of file.diagnostics) {
      const index = ruleIndex.get(d.rule);
      const result: Sarif.Result = {
        ruleId: d.rule,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
      };
      if (d.fixes.length > 0) {
        result.fixes = d.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation,
              replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
            },
          ],
        }));
      }
      result.properties = { severity: d.severity };
      results.push(result);
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: tool.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: r.helpUri,
              defaultConfiguration: { level: sarifLevel(r.defaultSeverity), ...(r.defaultEnabled === false ? { enabled: false } : {}) },
            })),
          },
        },
        invocations: [invocation(errors.map(notification))],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function notification(e: JsonError): Sarif.Notification {
  return {
    level: 'error',
    message: { text: e.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(e.path), uriBaseId: SRCROOT } } }],
  };
}

function invocation(notifications: Sarif.Notification[]): Sarif.Invocation {
  return { executionSuccessful: notifications.length === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) };
}

/** The path a result or notification is about ('' when it has none). */
export function sarifPath(item: { locations?: Sarif.Location[] }): string {
  const uri = item.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
  return uri === undefined ? '' : uriToPath(uri);
}

/** The whosaid severity of a result: recorded in its properties, else guessed from its level. */
export function resultSeverity(result: Sarif.Result): Severity {
  const recorded = result.properties?.severity as unknown;
  if (recorded === 'error' || recorded === 'warning' || recorded === 'information' || recorded === 'hint') return recorded;
  return result.level === 'error' ? 'error' : result.level === 'warning' ? 'warning' : 'information';
}

/** The errors (tool execution notifications) of a SARIF log, as JSON errors. */
export function sarifErrors(log: Sarif.Log): JsonError[] {
  return log.runs.flatMap((run) =>
    (run.invocations ?? []).flatMap((inv) => (inv.toolExecutionNotifications ?? []).map((n) => ({ path: sarifPath(n), message: n.message.text ?? '' }))),
  );
}

/**
 * Joins the runs of SARIF logs (shards of one check) into one run: the first run's tool with any
 * rules the others add, results ordered by file as an unsharded run orders them (stable within a
 * file), notifications deduplicated and ordered by path.
 */
export function mergeSarif(logs: readonly Sarif.Log[]): Sarif.Log {
  const runs = logs.flatMap((l) => l.runs);
  const first = runs[0];
  if (!first) throw new Error('no SARIF runs to merge');
  const rules: Sarif.ReportingDescriptor[] = [...(first.tool.driver.rules ?? [])];
  const known = new Set(rules.map((r) => r.id));
  for (const run of runs.slice(1)) {
    for (const r of run.tool.driver.rules ?? []) {
      if (!known.has(r.id)) {
        known.add(r.id);
        rules.push(r);
      }
    }
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = sortByPath(runs.flatMap((run) => run.results ?? [])).map((r) => {
    const index = r.ruleId === undefined ? undefined : ruleIndex.get(r.ruleId);
    return index === undefined || r.ruleIndex === undefined ? r : { ...r, ruleIndex: index };
  });
  const seen = new Set<string>();
  const notifications = sortByPath(
    runs
      .flatMap((run) => (run.invocations ?? []).flatMap((inv) => inv.toolExecutionNotifications ?? []))
      .filter((n) => {
        const key = JSON.stringify(n);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
  );
  // The keys in buildSarif's order, so that merged shards print as an unsharded run does.
  const { tool, invocations: _invocations, columnKind, results: _results, ...other } = first;
  return {
    $schema: logs[0]!.$schema ?? SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { ...tool, driver: { ...tool.driver, rules } },
        invocations: [invocation(notifications)],
        ...(columnKind ? { columnKind } : {}),
        ...other,
        results,
      },
    ],
  };
}

function sortByPath<T extends { locations?: Sarif.Location[] }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i, path: sarifPath(item) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.i - b.i))
    .map((x) => x.item);
}
