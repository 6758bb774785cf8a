// package.json's settings, the config schema and the rules must agree on ids, descriptions and
// default severities, and a rule that ships off (`defaultEnabled: false`) must say so in both.
// Fix drift with `npm run generate` (it writes both from the rules).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/rules';
import {
  configuration,
  generatedPackageJson,
  generatedSchema,
  generatedValidator,
  PACKAGE_JSON,
  ROOT,
  SCHEMA,
  SEVERITY_CHOICES,
  VALIDATOR,
} from '../../scripts/generate-contributions';

const pkgText = readFileSync(PACKAGE_JSON, 'utf8');
const pkg = JSON.parse(pkgText);
const schemaText = readFileSync(SCHEMA, 'utf8');
const schema = JSON.parse(schemaText);
const settings: Record<string, { markdownDescription: string; enum?: string[]; default: unknown; enumDescriptions?: string[] }> =
  pkg.contributes.configuration.properties;
const schemaRules: Record<string, { description: string }> = schema.properties.rules.properties;
const ruleSettings = Object.keys(settings).filter((k) => k.startsWith('whosaid.rules.'));

describe('contributions agree with the rules', () => {
  it('the same rule ids, in the same order, in RULES, the settings and the schema', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual(
      ruleSettings.map((k) => k.slice('whosaid.rules.'.length)),
      ids,
      'package.json whosaid.rules.* settings',
    );
    assert.deepEqual(Object.keys(schemaRules), ids, 'schema rules properties');
  });

  for (const rule of RULES) {
    it(`${rule.id}: description and default severity`, () => {
      const setting = settings[`whosaid.rules.${rule.id}`]!;
      assert.ok(setting.markdownDescription.startsWith(rule.description), `setting description of ${rule.id}`);
      assert.equal(setting.default, 'default');
      if (rule.defaultEnabled === false) {
        // A rule that ships off: "default" means off, and the setting says so.
        assert.ok(setting.markdownDescription.includes(`Default: \`off\` (\`${rule.defaultSeverity}\` when enabled)`), `setting default of ${rule.id}`);
        assert.match(setting.enumDescriptions![0]!, new RegExp(`default: off .*as ${rule.defaultSeverity} when enabled`));
        assert.equal(
          schemaRules[rule.id]!.description,
          `${rule.description} Default: off (${rule.defaultSeverity} when enabled).`,
          `schema description of ${rule.id}`,
        );
      } else {
        assert.ok(setting.markdownDescription.includes(`Default: \`${rule.defaultSeverity}\`.`), `setting default of ${rule.id}`);
        assert.match(setting.enumDescriptions![0]!, new RegExp(`\\(${rule.defaultSeverity}\\)`));
        assert.doesNotMatch(setting.enumDescriptions![0]!, /\boff\b/);
        assert.equal(schemaRules[rule.id]!.description, `${rule.description} Default: ${rule.defaultSeverity}.`, `schema description of ${rule.id}`);
      }
    });
  }

  it('the settings offer exactly the schema’s severities, plus "default"', () => {
    const severities: string[] = schema.definitions.severity.enum;
    for (const key of ruleSettings) assert.deepEqual(settings[key]!.enum, ['default', ...severities]);
    assert.deepEqual([...SEVERITY_CHOICES], ['default', ...severities]);
  });

  it('package.json and the schema are as the generator writes them (run npm run generate)', () => {
    assert.equal(generatedPackageJson(pkgText), pkgText);
    assert.equal(generatedSchema(schemaText), schemaText);
    // The config validator the programs run is the schema's, compiled ahead.
    assert.equal(readFileSync(VALIDATOR, 'utf8'), generatedValidator(), 'server/src/analysis/config-validator.generated.ts is stale: run npm run generate');
    assert.deepEqual(pkg.contributes.configuration, configuration());
  });

  it('says in each rule setting that .whosaidrc.json wins', () => {
    for (const key of ruleSettings) assert.match(settings[key]!.markdownDescription, /\.whosaidrc\.json.*wins over this setting.*shared with CI/s);
  });

  it('restricts every whosaid setting but tracing in untrusted workspaces', () => {
    const restricted: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.deepEqual(
      restricted,
      Object.keys(settings).filter((k) => k !== 'whosaid.trace.server'),
    );
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  });

  it('points at files that exist', () => {
    for (const v of pkg.contributes.jsonValidation) assert.ok(existsSync(path.join(ROOT, v.url)), v.url);
    for (const g of pkg.contributes.grammars) assert.ok(existsSync(path.join(ROOT, g.path)), g.path);
    for (const c of pkg.contributes.viewsContainers.activitybar) assert.ok(existsSync(path.join(ROOT, c.icon)), c.icon);
    assert.deepEqual(pkg.contributes.commands.map((c: { command: string }) => c.command).sort(), [
      'whosaid.checkWorkspace',
      'whosaid.exportClaimsLedger',
      'whosaid.restartServer',
      'whosaid.revealClaim',
      'whosaid.revealSource',
      'whosaid.showSources',
    ]);
  });

  it('puts the views in WhoSaid’s own sidebar (the activity bar container), not the Explorer', () => {
    const containers: { id: string; title: string }[] = pkg.contributes.viewsContainers.activitybar;
    assert.deepEqual(
      containers.map((c) => [c.id, c.title]),
      [['whosaid', 'WhoSaid']],
    );
    assert.deepEqual(Object.keys(pkg.contributes.views), ['whosaid']);
    assert.deepEqual(
      pkg.contributes.views.whosaid.map((v: { id: string }) => v.id),
      ['whosaid.claims', 'whosaid.sourceMix'],
    );
  });
});
