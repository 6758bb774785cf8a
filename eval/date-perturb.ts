// `npx tsx eval/date-perturb.ts [--data DIR]`: a recall check for date-mismatch on PolNeAR train+dev
// texts (never test). Every weekday written with its date is replaced by the next weekday's name,
// one at a time; the rule should flag each changed weekday, and nothing in the unchanged text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import { DEFAULT_CONFIG } from '../server/src/analysis/config';
import { findDates, WEEKDAYS } from '../server/src/analysis/dates';
import { buildModel } from '../server/src/analysis/model';

const args = process.argv.slice(2);
const data = args.includes('--data') ? args[args.indexOf('--data') + 1]! : path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear');
const config = { ...DEFAULT_CONFIG, rules: { 'date-mismatch': 'warning' as const } };
let mentions = 0;
let flaggedOriginal = 0;
let caught = 0;
for (const split of ['train', 'dev']) {
  const dir = path.join(data, split, 'text');
  for (const name of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    flaggedOriginal += analyze(text, { format: 'text', config }).findings.filter((f) => f.rule === 'date-mismatch').length;
    const model = buildModel(text, 'text');
    for (const block of model.blocks) {
      for (const d of findDates(model.prose, block.start, block.end)) {
        if (!d.weekday || d.weekday.index < 0) continue;
        mentions++;
        const changed = text.slice(0, d.weekday.start) + WEEKDAYS[(d.weekday.index + 1) % 7] + text.slice(d.weekday.end);
        const found = analyze(changed, { format: 'text', config }).findings.some((f) => f.rule === 'date-mismatch' && f.start === d.weekday!.start);
        if (found) caught++;
        else console.log(`missed: ${split}/${name}: ${text.slice(d.start, d.end)}`);
      }
    }
  }
}
console.log(`weekday-dated mentions: ${mentions}; flagged as written: ${flaggedOriginal}; a changed weekday caught: ${caught}/${mentions}`);
