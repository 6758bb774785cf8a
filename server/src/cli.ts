// The CLI's entry (bundled to dist/cli.js): `whosaid check …`, a thin shell over the analysis core
// (see cli/main.ts). The same script serves as the worker thread for --jobs: started with
// `new Worker(__filename, { workerData })`, it checks the files it is sent instead. And as the
// language server, `whosaid language-server [--stdio]`: the npm package ships this one bundle for
// both of its commands (bin/whosaid-language-server.js starts it so), because the engine's data is
// most of a bundle and two bundles would double the download.
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './cli/main';
import { isCheckWorker, serveChecks } from './cli/workers';

// Tests only (see server/src/test-hooks.ts); loaded only when asked for, so the core stays lazy,
// and left out of the production bundle (esbuild.mjs drops the TEST_ONLY label).
TEST_ONLY: if (process.env.WHOSAID_TEST_FAILING_RULES) (require('./test-hooks') as typeof import('./test-hooks')).applyTestHooks(process.env);

if (!isMainThread && isCheckWorker(workerData)) {
  serveChecks();
} else if (process.argv[2] === 'language-server') {
  // server.ts reads its transport from process.argv as it loads.
  process.argv.splice(2, 1);
  require('./server');
} else {
  // `whosaid check … | head` closes stdout early: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    entry: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`whosaid: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
