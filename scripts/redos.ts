// Rechecks every regular expression in server/src with recheck and rewrites
// test/reliability/redos-baseline.json, which test/reliability/redos.test.ts compares against
// (the test rechecks only what is new or changed, so that CI stays fast). Run `npm run redos`
// after changing regexes on purpose (`npm run redos -- --new` checks only those the baseline lacks). Offline: RECHECK_BACKEND defaults to `pure` (recheck's
// Scala.js build, in-process); `RECHECK_BACKEND=native npm run redos` is faster where recheck's
// native binary package is installed (an npm optional dependency; nothing is downloaded).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRegexes, BASELINE, checkRegex, keyOf, PHRASE_LIST_STATUS, phraseListShape, type Baseline } from '../test/reliability/regexes';

async function main(): Promise<void> {
  process.env.RECHECK_BACKEND ??= 'pure';
  const previous: Baseline | null = fs.existsSync(BASELINE) ? JSON.parse(fs.readFileSync(BASELINE, 'utf8')) : null;
  const regexes = allRegexes();
  // --new: keep what the baseline says of regexes it has, and check only the others (a full run
  // takes about ten minutes; regexes built from word lists change whenever a word is added).
  const onlyNew = process.argv.includes('--new');
  const recorded = new Map((previous?.checked ?? []).map((c) => [c.key, c]));
  const checked: Baseline['checked'] = [];
  for (const r of regexes) {
    if (phraseListShape(r.source)) {
      checked.push({ key: keyOf(r), where: r.where, status: PHRASE_LIST_STATUS });
      continue;
    }
    const known = onlyNew ? recorded.get(keyOf(r)) : undefined;
    if (known) {
      checked.push({ ...known, where: r.where });
      continue;
    }
    const d = await checkRegex(r, 30_000);
    checked.push({ key: keyOf(r), where: r.where, status: d.status, ...(d.attack ? { attack: d.attack } : {}) });
    if (d.status !== 'safe') console.log(`${d.status}: ${r.where} /${r.source.slice(0, 100)}/${r.flags}`);
  }
  checked.sort((a, b) => (a.where < b.where ? -1 : a.where > b.where ? 1 : 0));
  const baseline: Baseline = { recheck: require('recheck/package.json').version, checked, accepted: previous?.accepted ?? {} };
  fs.writeFileSync(BASELINE, JSON.stringify(baseline, null, 2) + '\n');
  console.log(
    `${checked.length} regexes, ${checked.filter((c) => !c.status.startsWith('safe')).length} not safe; wrote ${path.relative(process.cwd(), BASELINE)}`,
  );
}

void main();
