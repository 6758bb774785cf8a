// Peer runner: write-good (https://github.com/btford/write-good) over every .txt/.md file under
// the given directories, with ALL of its checks on (e-prime is off by default: it is turned on
// here). One whole process, like `whosaid check`: read each file, run the tool, print one JSON
// line per file with its suggestions.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { listFiles } from '../corpus.mjs';

const writeGood = createRequire(import.meta.url)('write-good');
// Every check write-good has: the defaults plus the opt-in e-prime.
const ALL_CHECKS = { weasel: true, illusion: true, so: true, thereIs: true, passive: true, adverb: true, tooWordy: true, cliches: true, eprime: true };

let total = 0;
for (const dir of process.argv.slice(2)) {
  for (const f of listFiles(dir)) {
    const text = fs.readFileSync(f.path, 'utf8');
    const suggestions = writeGood(text, ALL_CHECKS);
    total += suggestions.length;
    process.stdout.write(JSON.stringify({ path: f.path, suggestions }) + '\n');
  }
}
process.stderr.write(`write-good: ${total} suggestions\n`);
