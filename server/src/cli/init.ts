// `whosaid init`: a commented starter `.whosaidrc.json` (JSON with comments, which the config
// parser accepts). Generated from the rules and the config schema, so it lists every rule with its
// default severity and description and every setting with its default: a new file changes nothing
// until someone edits it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import schema from '../../../schemas/whosaidrc.schema.json';
import type { Rule } from '../rules/rule';
import { DEFAULT_CONFIG } from '../analysis/config';
import { CONFIG_NAME } from '../host/config';

/** Where an npm install puts the package's schema, relative to the folder that has it as a dependency. */
const INSTALLED_SCHEMA = path.join('node_modules', 'whosaid', 'schemas', 'whosaidrc.schema.json');

type SettingKey = 'vaguePhrases' | 'attributionVerb' | 'extensions' | 'ignore';

/** A sentence added to the schema's description of each setting. */
const NOTES: Record<SettingKey, string> = {
  vaguePhrases: '',
  attributionVerb: '',
  extensions: '',
  ignore: 'Gitignore-style, relative to this file\'s folder, e.g. ["archive/", "**/*.draft.md"].',
};

export function starterConfig(
  rules: readonly Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'defaultEnabled'>[],
  schemaRef: string | undefined,
): string {
  const out: string[] = [
    '// WhoSaid configuration. JSON with comments; the editor and the CLI read the same file.',
    '// Severities: "off", "error", "warning", "information" or "hint". Every value below is the default.',
  ];
  // Without a project-local schema there is no "$schema": a path into a global install would
  // resolve on one machine only, and the WhoSaid extension validates this file by its name.
  if (schemaRef === undefined) out.push('// VS Code with the WhoSaid extension completes and checks this file as you type.', '{');
  else out.push('{', `  "$schema": ${JSON.stringify(schemaRef)},`, '');
  out.push('  "rules": {');
  rules.forEach((rule, i) => {
    // A rule that is off until asked for is written "off", with the severity it would have.
    const off = rule.defaultEnabled === false;
    out.push(...comment(rule.description + (off ? ` Off by default; "${rule.defaultSeverity}" turns it on.` : ''), '    '));
    out.push(`    ${JSON.stringify(rule.id)}: ${JSON.stringify(off ? 'off' : rule.defaultSeverity)}${i < rules.length - 1 ? ',' : ''}`);
  });
  out.push('  },');
  const keys: SettingKey[] = ['vaguePhrases', 'attributionVerb', 'extensions', 'ignore'];
  keys.forEach((key, i) => {
    const description = (schema.properties[key] as { description: string }).description.replace(/\s*Default: .*$/, '');
    out.push('', ...comment(`${description} ${NOTES[key]}`.trim(), '  '));
    out.push(`  ${JSON.stringify(key)}: ${JSON.stringify(DEFAULT_CONFIG[key]).replace(/","/g, '", "')}${i < keys.length - 1 ? ',' : ''}`);
  });
  out.push('}', '');
  return out.join('\n');
}

/** `// ` lines of at most about 100 columns. */
function comment(text: string, indent: string): string[] {
  const width = 100 - indent.length - 3;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}// ${l}`);
}

/**
 * The "$schema" reference for a config in `dir`, relative to it so that it resolves on every
 * machine that has the project: the schema this CLI ships when that lies inside `dir` (a checkout
 * of whosaid), else the schema of a whosaid installed as a dependency of `dir` or of a folder
 * above it (node_modules/whosaid, where Node would find it). None when whosaid is installed only
 * globally: a path there would resolve on this machine alone.
 */
export function schemaRef(dir: string, shippedSchema: string): string | undefined {
  const inside = path.relative(dir, shippedSchema);
  if (fs.existsSync(shippedSchema) && inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside)) return posixRelative(inside);
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    const installed = path.join(folder, INSTALLED_SCHEMA);
    if (fs.existsSync(installed)) return posixRelative(path.relative(dir, installed));
    if (path.dirname(folder) === folder) return undefined;
  }
}

function posixRelative(relative: string): string {
  const posix = relative.split(path.sep).join('/');
  return posix.startsWith('../') ? posix : `./${posix}`;
}

export function init(options: { force: boolean }, cwd: string, shippedSchema: string, rules: readonly Rule[]): { code: number; message: string } {
  const file = path.join(cwd, CONFIG_NAME);
  if (!options.force && fs.existsSync(file)) {
    return { code: 2, message: `${CONFIG_NAME}: error: already exists; use --force to overwrite it\n` };
  }
  try {
    fs.writeFileSync(file, starterConfig(rules, schemaRef(cwd, shippedSchema)));
  } catch (error) {
    return { code: 2, message: `${CONFIG_NAME}: error: cannot write: ${(error as Error).message}\n` };
  }
  return { code: 0, message: `Wrote ${CONFIG_NAME} (${rules.length} rules at their default severities)\n` };
}
