// Entry point that VS Code's extension host loads for the integration suite: runs mocha on the
// bundled test file beside it.
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // E2E_TIMEOUT_MS (as for the Chromium driver) gives a loaded machine longer: the first test waits for the server's cold start.
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: Number(process.env.E2E_TIMEOUT_MS ?? 30_000) });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
