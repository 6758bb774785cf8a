// The import graph keeps its layers (docs/engine.md): analysis/ imports no rule, no shell and no
// host code (the core is pure); host/ imports no shell; lsp/ and cli/ do not import each other.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const SRC = path.join(__dirname, '..', '..', 'server', 'src');

/** Each relative import (static, `require`, `import()`, type-only included) of the .ts files of a folder, resolved to a path under server/src. */
function importsOf(folder: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        for (const m of text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)'(\.[^']*)'/g)) {
          out.push({
            file: path.relative(SRC, full),
            target: path
              .relative(SRC, path.resolve(path.dirname(full), m[1]!))
              .split(path.sep)
              .join('/'),
          });
        }
      }
    }
  };
  walk(path.join(SRC, folder));
  return out;
}

const into = (target: string, layer: string) => target === layer || target.startsWith(`${layer}/`);

describe('layers', () => {
  it('analysis/ imports nothing from rules/, host/, lsp/ or cli/, and no IO module', () => {
    for (const i of importsOf('analysis')) {
      for (const layer of ['rules', 'host', 'lsp', 'cli', 'engine', 'confine']) assert.ok(!into(i.target, layer), `${i.file} imports ${i.target}`);
    }
    for (const file of fs.readdirSync(path.join(SRC, 'analysis')).filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(SRC, 'analysis', file), 'utf8');
      assert.doesNotMatch(text, /from 'node:(fs|child_process|net|http|https)'|require\('node:(fs|child_process)'\)/, `analysis/${file} does IO`);
    }
  });

  it('host/ imports no shell and no rule', () => {
    for (const i of importsOf('host'))
      for (const layer of ['lsp', 'cli', 'rules', 'engine']) assert.ok(!into(i.target, layer), `${i.file} imports ${i.target}`);
  });

  it('lsp/ imports nothing from cli/, and cli/ nothing from lsp/', () => {
    for (const i of importsOf('lsp')) assert.ok(!into(i.target, 'cli'), `${i.file} imports ${i.target}`);
    for (const i of importsOf('cli')) assert.ok(!into(i.target, 'lsp'), `${i.file} imports ${i.target}`);
  });

  it('both shells reach the files through host/', () => {
    assert.ok(importsOf('lsp').some((i) => into(i.target, 'host')));
    assert.ok(importsOf('cli').some((i) => into(i.target, 'host')));
  });
});
