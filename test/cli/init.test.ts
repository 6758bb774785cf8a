// `whosaid init`: a commented starter .whosaidrc.json that the config parser reads without errors,
// lists every rule at its default severity with its description, and changes nothing until edited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/analysis/config';
import { schemaRef, starterConfig } from '../../server/src/cli/init';
import { RULES } from '../../server/src/rules';
import { ROOT, tempTree, whosaid } from './helpers';

const DRAFT = 'Flood water closed the bridge, according to some reports. Surprisingly, it held.\nA council official said so.\n';

test('init: writes .whosaidrc.json that parses with no errors, with every rule at its default severity', async () => {
  const root = tempTree({ 'draft.txt': DRAFT });
  const r = await whosaid(['init'], { cwd: root });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `Wrote .whosaidrc.json (${RULES.length} rules at their default severities)\n`);
  const text = fs.readFileSync(path.join(root, '.whosaidrc.json'), 'utf8');
  const { config, errors } = parseConfig(text);
  assert.deepEqual(errors, []);
  // A rule that is off by default is written "off" (its comment names the severity that turns it on).
  const effective = (rule: (typeof RULES)[number]) => (rule.defaultEnabled === false ? 'off' : rule.defaultSeverity);
  assert.deepEqual(config.rules, Object.fromEntries(RULES.map((rule) => [rule.id, effective(rule)])));
  assert.deepEqual({ ...config, rules: {} }, { ...DEFAULT_CONFIG, rules: {} });
  // whosaid is not a dependency of this folder: no "$schema" (a path into this checkout would
  // resolve on this machine only); the extension validates the file by its name.
  assert.doesNotMatch(text, /\$schema/);
  // Each rule's description is the comment above it (wrapped at about 100 columns).
  const comments = text.replace(/\s*\n\s*(?:\/\/ )?/g, ' ');
  for (const rule of RULES) {
    const note = rule.defaultEnabled === false ? ` Off by default; "${rule.defaultSeverity}" turns it on.` : '';
    assert.ok(comments.includes(`${rule.description}${note} "${rule.id}": "${effective(rule)}"`), rule.id);
  }
  for (const key of ['vaguePhrases', 'attributionVerb', 'extensions', 'ignore']) assert.match(text, new RegExp(`^  // .*\\n(?:  // .*\\n)*  "${key}": `, 'm'));
  for (const line of text.split('\n')) assert.ok(line.length <= 100, `long line: ${line}`);
  // It changes nothing until edited.
  const withConfig = await whosaid(['check', '--format', 'json'], { cwd: root });
  fs.renameSync(path.join(root, '.whosaidrc.json'), path.join(root, 'saved.json'));
  assert.equal(withConfig.stdout, (await whosaid(['check', '--format', 'json'], { cwd: root })).stdout);
});

test('init: refuses to overwrite an existing file unless --force', async () => {
  const root = tempTree({ '.whosaidrc.json': '{ "rules": { "vague-source": "off" } }\n' });
  const r = await whosaid(['init'], { cwd: root });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, '.whosaidrc.json: error: already exists; use --force to overwrite it\n');
  assert.equal(fs.readFileSync(path.join(root, '.whosaidrc.json'), 'utf8'), '{ "rules": { "vague-source": "off" } }\n');
  const forced = await whosaid(['init', '--force'], { cwd: root });
  assert.equal(forced.status, 0, forced.stderr);
  assert.deepEqual(parseConfig(fs.readFileSync(path.join(root, '.whosaidrc.json'), 'utf8')).errors, []);
});

test('init: "$schema" is a relative path that resolves wherever the project is, or absent', async () => {
  const shipped = path.join(ROOT, 'schemas', 'whosaidrc.schema.json');
  // A checkout of whosaid: the schema it ships.
  assert.equal(schemaRef(ROOT, shipped), './schemas/whosaidrc.schema.json');
  // whosaid a dependency of the folder, or of a folder above it (however the CLI was started).
  const project = tempTree({ 'node_modules/whosaid/schemas/whosaidrc.schema.json': '{}', 'stories/draft.md': DRAFT });
  assert.equal(schemaRef(project, shipped), './node_modules/whosaid/schemas/whosaidrc.schema.json');
  assert.equal(schemaRef(path.join(project, 'stories'), shipped), '../node_modules/whosaid/schemas/whosaidrc.schema.json');
  const r = await whosaid(['init'], { cwd: path.join(project, 'stories') });
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    fs.readFileSync(path.join(project, 'stories', '.whosaidrc.json'), 'utf8'),
    /^ {2}"\$schema": "\.\.\/node_modules\/whosaid\/schemas\/whosaidrc\.schema\.json",$/m,
  );
  // Installed only globally (here: a schema outside the folder, no node_modules above it): none.
  const elsewhere = tempTree({ 'draft.md': DRAFT });
  assert.equal(schemaRef(elsewhere, shipped), undefined);
  for (const ref of ['./x.json', undefined]) assert.deepEqual(parseConfig(starterConfig(RULES, ref)).errors, []);
});
