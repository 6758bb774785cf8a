// Generates the editor settings in package.json (`contributes.configuration`) from the rules, and
// keeps the rule descriptions of schemas/whosaidrc.schema.json in step, so that settings, schema
// and rules never drift. Run `npm run generate`; `--check` only reports drift (exit 1).
// test/core/contributions.test.ts fails when they disagree.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { applyEdits, modify } from 'jsonc-parser';
import { RULES } from '../server/src/rules';
import type { Rule } from '../server/src/rules/rule';
import { formsWhere } from '../server/src/analysis/reporting-verbs';

export const ROOT = path.resolve(__dirname, '..');
export const PACKAGE_JSON = path.join(ROOT, 'package.json');
export const SCHEMA = path.join(ROOT, 'schemas/whosaidrc.schema.json');
export const GRAMMAR = path.join(ROOT, 'syntaxes/whosaid.injection.tmLanguage.json');
export const VALIDATOR = path.join(ROOT, 'server/src/analysis/config-validator.generated.ts');

const FILE_WINS = 'A `.whosaidrc.json` at the root of the workspace folder wins over this setting: it is the team’s config, shared with CI.';

export const SEVERITY_CHOICES = ['default', 'off', 'error', 'warning', 'information', 'hint'] as const;

/** How a rule's default reads: its severity, or "off (information when enabled)" for a rule that ships off. */
export function defaultLabel(rule: Rule): string {
  return rule.defaultEnabled === false ? `off (${rule.defaultSeverity} when enabled)` : rule.defaultSeverity;
}

/** The schema's description of a rule: its one line and its default severity. */
export function schemaDescription(rule: Rule): string {
  return `${rule.description} Default: ${defaultLabel(rule)}.`;
}

/** The setting's description of a rule, in Markdown. */
export function settingDescription(rule: Rule): string {
  const byDefault =
    rule.defaultEnabled === false
      ? `Default: \`off\` (\`${rule.defaultSeverity}\` when enabled): the rule is off unless a severity is chosen.`
      : `Default: \`${rule.defaultSeverity}\`.`;
  return `${rule.description} ${byDefault}\n\n${FILE_WINS}`;
}

/** What the "default" choice of a rule setting means. */
export function defaultChoiceDescription(rule: Rule): string {
  return rule.defaultEnabled === false
    ? `The rule’s default: off (choose a severity to turn it on; it reports as ${rule.defaultSeverity} when enabled).`
    : `The rule’s default severity (${rule.defaultSeverity}).`;
}

export function configuration(rules: readonly Rule[] = RULES): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    'whosaid.enable': {
      type: 'boolean',
      default: true,
      scope: 'resource',
      order: 0,
      markdownDescription: 'Check Markdown and plain-text documents for weak attribution.',
    },
  };
  rules.forEach((rule, i) => {
    properties[`whosaid.rules.${rule.id}`] = {
      type: 'string',
      enum: [...SEVERITY_CHOICES],
      enumDescriptions: [
        defaultChoiceDescription(rule),
        'Turn the rule off.',
        'Report as an error.',
        'Report as a warning.',
        'Report as information.',
        'Report as a hint (shown faintly in the editor).',
      ],
      default: 'default',
      scope: 'resource',
      order: 10 + i,
      markdownDescription: settingDescription(rule),
    };
  });
  properties['whosaid.vaguePhrases'] = {
    type: 'array',
    items: { type: 'string', minLength: 2 },
    uniqueItems: true,
    default: [],
    scope: 'resource',
    order: 50,
    markdownDescription: `Extra phrases your newsroom treats as vague sources, flagged by \`vague-source\` (e.g. "people close to the matter"). Added to the \`vaguePhrases\` of \`.whosaidrc.json\`, which is shared with CI: put a newsroom-wide phrase there.`,
  };
  properties['whosaid.attributionVerb'] = {
    type: 'string',
    pattern: '^[A-Za-z]*$',
    default: '',
    scope: 'resource',
    order: 51,
    markdownDescription: `The house’s neutral attribution verb in the past tense, offered by \`loaded-verb\` fixes. Empty means "said". ${FILE_WINS}`,
  };
  properties['whosaid.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    order: 99,
    markdownDescription: 'Log the messages between VS Code and the WhoSaid language server in the WhoSaid output channel (for bug reports).',
  };
  return { title: 'WhoSaid', properties };
}

/** package.json with the generated configuration; the rest as it is. */
export function generatedPackageJson(text: string): string {
  const pkg = JSON.parse(text) as { contributes?: Record<string, unknown>; capabilities?: { untrustedWorkspaces?: Record<string, unknown> } };
  const config = configuration();
  pkg.contributes = { ...(pkg.contributes ?? {}), configuration: config };
  // In an untrusted workspace only the user's values of these apply (the trace setting is harmless).
  const untrusted = pkg.capabilities?.untrustedWorkspaces;
  if (untrusted) untrusted.restrictedConfigurations = Object.keys(config.properties as object).filter((k) => k !== 'whosaid.trace.server');
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The schema with each rule's description brought in step, its formatting kept. */
export function generatedSchema(text: string): string {
  const schema = JSON.parse(text) as { properties: { rules: { properties: Record<string, { description?: string }> } } };
  let out = text;
  for (const rule of RULES) {
    if (schema.properties.rules.properties[rule.id]?.description === schemaDescription(rule)) continue;
    const edits = modify(
      out,
      ['properties', 'rules', 'properties', rule.id],
      { $ref: '#/definitions/ruleSetting', description: schemaDescription(rule) },
      { formattingOptions: { insertSpaces: true, tabSize: 2 } },
    );
    out = applyEdits(out, edits);
  }
  return out;
}

// The grammar colours attribution cues and quotations as the writer types. It is lexical, with no
// context: the diagnostics are the authority. So it marks only words that are cues in almost
// every use: the neutral verbs below, and the loaded verbs of the loaded-verb rule less their bare
// forms ("claim", "admit"), which are more often nouns or infinitives.
export const NEUTRAL_CUES = [
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'added',
  'adds',
  'noted',
  'notes',
  'wrote',
  'writes',
  'asked',
  'asks',
  'explained',
  'explains',
  'replied',
  'responded',
  'recalled',
  'testified',
  'tweeted',
  'announced',
  'reported',
  'confirmed',
  'warned',
  'denied',
  'acknowledged',
  'stated',
  'estimated',
];

export function loadedCues(): string[] {
  return formsWhere((v) => v.loaded !== undefined).filter((p) => /\s|(?:ed|s|ing)$/.test(p));
}

function alternation(words: readonly string[]): string {
  // Longest first, so that "lashed out at" is tried before a shorter word; spaces match any run of spaces.
  return [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

export function grammar(): Record<string, unknown> {
  const quote = (begin: string, end: string) => ({
    name: 'string.quoted.double.whosaid',
    begin,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.whosaid' } },
    // A quotation ends at its closing mark, or at a blank line (an unclosed quote must not run on).
    end: `(${end})|^(?=\\s*$)`,
    endCaptures: { 1: { name: 'punctuation.definition.string.end.whosaid' } },
  });
  return {
    name: 'WhoSaid attribution',
    comment: 'Generated by scripts/generate-contributions.ts from the loaded-verb rule’s word list: do not edit by hand.',
    scopeName: 'whosaid.attribution.injection',
    // Inline text only (paragraphs and headings, which hold list items, quotes and tables too), never
    // code, links' destinations or comments, and never inside a quotation it already matched.
    injectionSelector: ['L:text.html.markdown meta.paragraph.markdown', 'L:text.html.markdown markup.heading.markdown', 'L:text.plain']
      .map(
        (s) =>
          `${s} -markup.inline.raw -markup.raw -markup.fenced_code -comment -meta.embedded -markup.underline.link -string.other.link.destination -string.quoted.double.whosaid`,
      )
      .join(', '),
    patterns: [{ include: '#curly-quote' }, { include: '#straight-quote' }, { include: '#according-to' }, { include: '#loaded-cue' }, { include: '#cue' }],
    repository: {
      'curly-quote': quote('“', '”'),
      // A straight quote opens after a space, a bracket or a dash, before a non-space: not inches (6'2").
      'straight-quote': quote('(?<=^|[\\s(\\[{—–/-])"(?=[^\\s"])', '"'),
      // Neutral cues get a meta scope, which the default themes (Dark/Light Modern, Dark+/Light+) do
      // not colour: "said" is how a story should read, not something to look at. A theme or
      // editor.tokenColorCustomizations can still colour them. Loaded verbs keep a keyword scope
      // that themes paint, because they are worth a second look.
      'according-to': { match: '(?i)\\baccording\\s+to\\b', name: 'meta.attribution.cue.whosaid' },
      'loaded-cue': { match: `(?i)\\b(?:${alternation(loadedCues())})\\b`, name: 'keyword.other.attribution.loaded.whosaid' },
      cue: { match: `(?i)\\b(?:${alternation(NEUTRAL_CUES)})\\b`, name: 'meta.attribution.cue.whosaid' },
    },
  };
}

export function generatedGrammar(): string {
  return JSON.stringify(grammar(), null, 2) + '\n';
}

/**
 * The config validator, compiled ahead from the schema by ajv (its standalone code), so that no
 * program compiles the schema, or carries ajv's compiler, at run time. Read by analysis/config.ts.
 */
export function generatedValidator(): string {
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8'))));
  return `// @ts-nocheck\n// Generated by scripts/generate-contributions.ts (npm run generate) from schemas/whosaidrc.schema.json\n// with ajv's standalone code: do not edit. test/core/contributions.test.ts fails while it is stale.\n${code}\n`;
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let drift = false;
  for (const [file, generate] of [
    [PACKAGE_JSON, generatedPackageJson],
    [SCHEMA, generatedSchema],
    [GRAMMAR, generatedGrammar],
    [VALIDATOR, generatedValidator],
  ] as const) {
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const after = generate(before);
    if (before === after) continue;
    drift = true;
    if (check) console.error(`${path.relative(ROOT, file)} is out of date: run npm run generate`);
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, after);
      console.log(`Updated ${path.relative(ROOT, file)}`);
    }
  }
  if (check && drift) process.exit(1);
}
