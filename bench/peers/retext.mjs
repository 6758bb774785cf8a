// Peer runner: retext with retext-intensify (weak, hedging and weasel wording) over every .txt/.md
// file under the given directories. One whole process, like `whosaid check`: read each file, run
// the processor, print one JSON line per file with its messages.
import * as fs from 'node:fs';
import { retext } from 'retext';
import retextIntensify from 'retext-intensify';
import { listFiles } from '../corpus.mjs';

const processor = retext().use(retextIntensify);
let total = 0;
for (const dir of process.argv.slice(2)) {
  for (const f of listFiles(dir)) {
    const text = fs.readFileSync(f.path, 'utf8');
    const file = processor.processSync(text);
    total += file.messages.length;
    process.stdout.write(
      JSON.stringify({ path: f.path, messages: file.messages.map((m) => ({ line: m.line, column: m.column, ruleId: m.ruleId, reason: m.reason })) }) + '\n',
    );
  }
}
process.stderr.write(`retext-intensify: ${total} messages\n`);
