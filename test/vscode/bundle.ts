// Bundles the integration suite (suite/index.ts + suite/extension.test.ts, which imports the scenarios of
// test/e2e/scenarios.ts) into out/vscode-test/, for VS Code's extension host to load. Shared by run.ts
// (desktop VS Code through @vscode/test-electron) and run-code-server.ts (code-server's VS Code).
import * as path from 'node:path';
import * as esbuild from 'esbuild';

export const OUT = path.resolve(__dirname, '../../out/vscode-test');

/** Builds the suite; returns the path of its entry point (what `extensionTestsPath` names). */
export async function bundleSuite(): Promise<string> {
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'suite/index.ts'), path.join(__dirname, 'suite/extension.test.ts')],
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: true,
    logLevel: 'warning',
  });
  return path.join(OUT, 'index.js');
}
