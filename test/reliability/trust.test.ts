// Workspace trust and the path policy. The extension supports untrusted workspaces in a limited
// way (restricted settings, no .whosaidrc.json read, nothing the workspace configures is run);
// folders a config names must stay inside the folder the config governs: `..`, absolute paths
// elsewhere and symbolic links that lead out are refused (server/src/confine.ts, which the
// fact-check `sources` folders are to use). The workspace check does not follow links out.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { isInside, isReallyInside, resolveInside } from '../../server/src/confine';
import { fileUri, LspClient, ROOT } from '../lsp/lsp-client';
import { whosaid } from '../cli/helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-trust-')));
const outside = path.join(scratch, 'outside');
const workspace = path.join(scratch, 'workspace');
fs.mkdirSync(path.join(outside, 'secrets'), { recursive: true });
fs.writeFileSync(path.join(outside, 'secrets/leak.md'), 'Sources say this file is outside the workspace.\n');
fs.mkdirSync(path.join(workspace, 'sources/interviews'), { recursive: true });
fs.writeFileSync(path.join(workspace, 'sources/interviews/mayor.txt'), 'The mayor said the bridge will reopen.\n');
fs.symlinkSync(path.join(outside, 'secrets'), path.join(workspace, 'sources/escape'));
fs.symlinkSync(path.join(outside, 'secrets/leak.md'), path.join(workspace, 'leak.md'));
fs.symlinkSync(path.join(workspace, 'sources/interviews'), path.join(workspace, 'sources/inside-link'));
fs.writeFileSync(path.join(workspace, 'story.md'), 'The council met on Tuesday, Mayor Jane Doe said.\n');

after(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('workspace trust in package.json', () => {
  it('supports untrusted workspaces in a limited way, restricting every setting a workspace could use to reach outside', () => {
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.match(trust.description, /does not read the workspace's \.whosaidrc\.json/);
    const settings = Object.keys(pkg.contributes.configuration.properties);
    for (const s of settings) if (s !== 'whosaid.trace.server') assert.ok(trust.restrictedConfigurations.includes(s), `${s} is restricted`);
  });

  it('contributes no setting that names a program, a path or a URL, and no task or debugger', () => {
    for (const [key, value] of Object.entries<{ type?: string; format?: string }>(pkg.contributes.configuration.properties)) {
      assert.doesNotMatch(key, /path|command|executable|program|url|server\.(?!trace)/i, key);
      assert.notEqual(value.format, 'uri', key);
    }
    assert.equal(pkg.contributes.taskDefinitions, undefined);
    assert.equal(pkg.contributes.debuggers, undefined);
  });
});

describe('the path policy for folders a config names (confine.ts)', () => {
  it('accepts folders inside, through links that stay inside', () => {
    const r = resolveInside(workspace, 'sources/interviews');
    assert.deepEqual(r, { ok: true, path: path.join(workspace, 'sources/interviews') });
    assert.equal(resolveInside(workspace, 'sources/inside-link').ok, true);
    assert.equal(resolveInside(workspace, path.join(workspace, 'sources')).ok, true, 'an absolute path inside');
    assert.equal(resolveInside(workspace, './sources/../sources').ok, true);
  });

  it('refuses ../, absolute paths elsewhere, links that lead out, and missing folders, saying why', () => {
    const cases: [string, RegExp][] = [
      ['../outside/secrets', /is outside .*: folders in the config must be inside it/],
      ['sources/../../outside', /is outside/],
      [path.join(outside, 'secrets'), /is outside/],
      ['/etc', /is outside/],
      ['sources/escape', /leads outside .* through a symbolic link/],
      ['leak.md', /leads outside .* through a symbolic link/],
      ['sources/missing', /does not exist/],
    ];
    for (const [entry, reason] of cases) {
      const r = resolveInside(workspace, entry);
      assert.equal(r.ok, false, entry);
      assert.match((r as { reason: string }).reason, reason, entry);
    }
  });

  it('judges paths, not prefixes: "..notes" is inside, "workspace-2" is not', () => {
    assert.equal(isInside(path.join(workspace, '..notes'), workspace), true);
    assert.equal(isInside(workspace + '-2', workspace), false);
    assert.equal(isReallyInside(path.join(workspace, 'leak.md'), workspace), false);
    assert.equal(isReallyInside(path.join(workspace, 'story.md'), workspace), true);
  });
});

describe('the server in a workspace with links that lead out', () => {
  it('the workspace check does not read a linked file outside the workspace', async () => {
    const client = await LspClient.start({ rootPath: workspace });
    try {
      const result = await client.request<{ files: number; checked: number }>('whosaid/checkWorkspace', {});
      assert.equal(result.files, 2, 'story.md and sources/interviews/mayor.txt: leak.md leads outside');
      assert.ok(!client.diagnostics.has(fileUri(path.join(workspace, 'leak.md'))));
    } finally {
      await client.dispose();
    }
  });

  it('in an untrusted workspace, does not read .whosaidrc.json (the workspace’s config runs nothing and turns nothing on)', async () => {
    fs.writeFileSync(path.join(workspace, '.whosaidrc.json'), '{ "rules": { "vague-source": "off" } }\n');
    const client = await LspClient.start({ rootPath: workspace, initializationOptions: { workspaceTrusted: false } });
    try {
      const uri = fileUri(path.join(workspace, 'draft.md'));
      client.open(uri, 'Sources say the mill will close.\n');
      assert.ok(
        (await client.diagnosticsFor(uri)).some((d) => d.code === 'vague-source'),
        'the file’s "off" is not applied',
      );
      assert.ok(client.logs.some((l) => /Untrusted workspace/.test(l)));
    } finally {
      fs.rmSync(path.join(workspace, '.whosaidrc.json'));
      await client.dispose();
    }
  });
});

describe('the CLI with a config whose sources leave its repository', () => {
  // The CLI's main in this process (test/cli/helpers.ts): the config is read as the binary reads it.
  const run = (cwd: string) => whosaid(['check', 'story.txt'], { cwd });
  const repo = path.join(scratch, 'repo');
  fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'desk'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'notes'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'notes/mayor.txt'), 'The mayor said the bridge will reopen.\n');
  fs.writeFileSync(path.join(repo, 'desk/story.txt'), '“The bridge will reopen in May,” the mayor said.\n');
  fs.symlinkSync(path.join(outside, 'secrets'), path.join(repo, 'desk/escape'));

  it('reads sources elsewhere in the same repository', async () => {
    fs.writeFileSync(path.join(repo, 'desk/.whosaidrc.json'), '{ "sources": ["../notes"] }');
    const r = await run(path.join(repo, 'desk'));
    assert.doesNotMatch(r.stderr, /sources:/);
  });

  for (const [entry, reason] of [
    ['../../outside/secrets', /is outside .*: folders in the config must be inside it/],
    [path.join(outside, 'secrets'), /is outside/],
    ['escape', /leads outside .* through a symbolic link/],
  ] as const) {
    it(`refuses "${entry.includes(scratch) ? '<absolute path outside>' : entry}" as a config error, reading nothing`, async () => {
      fs.writeFileSync(path.join(repo, 'desk/.whosaidrc.json'), JSON.stringify({ sources: [entry] }));
      const r = await run(path.join(repo, 'desk'));
      assert.equal(r.status, 2);
      assert.match(r.stderr, /\.whosaidrc\.json: error: sources: /);
      assert.match(r.stderr, reason);
      assert.doesNotMatch(r.stdout, /leak|outside the workspace/);
    });
  }
});
