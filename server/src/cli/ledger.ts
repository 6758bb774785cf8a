// `whosaid ledger`: the claims ledger of each story, as CSV (the default: a sheet to fill in),
// JSON or Markdown. Files are found as `whosaid check` finds them; the rows come from the core's
// buildLedger and formatLedger, the same ones the editor's "Claims" view uses.
import * as fs from 'node:fs';
import type { LedgerOptions } from './args';
import { loadConfig } from '../host/config';
import { decode } from '../host/fs';
import { Workspace } from '../host/workspace';
import type { Io } from './main';
import { formatFor, readErrorReason } from './paths';

export async function ledger(options: LedgerOptions, io: Io): Promise<number> {
  const loaded = loadConfig(options.config, io.cwd);
  if (!loaded.ok) {
    for (const m of loaded.messages) io.stderr.write(`${m}\n`);
    return 2;
  }
  const { config, file: configFile } = loaded.loaded;
  const workspace = new Workspace({ configFile, config, root: io.cwd });
  const { files, errors } = await workspace.files(options.inputs.length > 0 ? options.inputs : ['.'], { cwd: io.cwd, ignore: options.ignore });
  let failed = errors.length > 0;
  for (const e of errors) io.stderr.write(`${e.path}: error: ${e.message}\n`);
  // The core is loaded only now, as for `check`.
  const { analyze } = require('../engine') as typeof import('../engine');
  const { buildLedger, formatLedger } = require('../analysis/ledger') as typeof import('../analysis/ledger');
  const entries: { path: string; rows: ReturnType<typeof buildLedger> }[] = [];
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(f.absolute);
    } catch (error) {
      io.stderr.write(`${f.display}: error: ${readErrorReason(error)}\n`);
      failed = true;
      continue;
    }
    const text = decode(bytes);
    if (typeof text !== 'string') {
      io.stderr.write(`${f.display}: error: ${text.error}\n`);
      failed = true;
      continue;
    }
    entries.push({ path: f.display, rows: buildLedger(analyze(text, { format: formatFor(f.absolute), config })) });
  }
  io.stdout.write(formatLedger(entries, options.format));
  return failed ? 2 : 0;
}
