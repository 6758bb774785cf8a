// Inter-annotator agreement on PolNeAR: where an article has several annotators' files, score the
// second file (by hash) against the first with the same measures `npm run eval` uses, so that the
// engine's figures can be read against what two people reach on the same text.
// `npx tsx eval/agreement.ts [--split train|dev] [--data DIR]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { annotatorFilesByArticle, goldAttributions, parseAnn, type GoldSpan } from './brat';
import { ROLES, type Role } from './print';
import { addCounts, countExact, distinctIndices, exactKey, matchByOverlap, prf, type Counts, type Fragments } from './score';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const split = opt('--split', 'train');
const data = path.resolve(opt('--data', path.join(__dirname, '..', '..', 'shared', 'data', 'polnear')));
const dir = path.join(data, split, 'attributions');
if (!fs.existsSync(dir)) {
  console.log(`No PolNeAR ${split} annotations at ${dir}; nothing to compare.`);
  process.exit(0);
}

function spansOf(file: string, role: Role): Fragments[] {
  const spans = goldAttributions(parseAnn(fs.readFileSync(path.join(dir, file), 'utf8')))
    .map((g) => g[role])
    .filter((s): s is GoldSpan => s !== null)
    .map((s) => s.fragments as Fragments);
  return distinctIndices(spans).map((i) => spans[i]!);
}

// The first file by hash is the one `npm run eval` scores against.
const pairs = [...annotatorFilesByArticle(fs.readdirSync(dir)).values()].filter((files) => files.length > 1);
const overlapCounts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, gold: 0, pred: 0 }])) as Record<Role, Counts>;
const exactCounts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, gold: 0, pred: 0 }])) as Record<Role, Counts>;
for (const [first, second] of pairs) {
  for (const role of ROLES) {
    const gold = spansOf(first!, role);
    const other = spansOf(second!, role);
    addCounts(overlapCounts[role], { tp: matchByOverlap(gold, other).length, gold: gold.length, pred: other.length });
    addCounts(exactCounts[role], { tp: countExact(gold.map(exactKey), other.map(exactKey)), gold: gold.length, pred: other.length });
  }
}
console.log(`Inter-annotator agreement on PolNeAR ${split}: ${pairs.length} articles with two or more annotators' files,`);
console.log('the second file (by hash) scored against the first, as `npm run eval` scores the engine.');
console.log('role       overlap F1  exact F1');
for (const role of ROLES) {
  console.log(`${role.padEnd(10)} ${prf(overlapCounts[role]).f1.toFixed(3).padStart(10)}  ${prf(exactCounts[role]).f1.toFixed(3).padStart(8)}`);
}
