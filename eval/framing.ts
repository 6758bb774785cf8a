// Framing analysis for developers: for each gold attribution whose cue the engine found, does the
// engine's source (and content) agree with the gold one? Counts by outcome, with examples.
// `npx tsx eval/framing.ts [--split holdout] [--role source|content] [--show wrong|missing|extra]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import { chooseAnnotatorFiles, goldAttributions, parseAnn } from './brat';
import { hull } from './score';
import { splitSource } from './splits';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const split = opt('--split', 'holdout');
if (split === 'test') throw new Error('the test split is held back');
const role = opt('--role', 'source') as 'source' | 'content';
const show = opt('--show', 'wrong');
const { folder, includes } = splitSource(split);
const root = path.resolve(__dirname, '..', '..', 'shared', 'data', 'polnear', folder);
const { files } = chooseAnnotatorFiles(fs.readdirSync(path.join(root, 'attributions')));
const counts: Record<string, number> = {};
const examples: string[] = [];
for (const [article, annFile] of files) {
  if (!includes(article)) continue;
  const text = fs.readFileSync(path.join(root, 'text', article + '.txt'), 'utf8');
  const pred = analyze(text, { format: 'text' }).attributions;
  for (const g of goldAttributions(parseAnn(fs.readFileSync(path.join(root, 'attributions', annFile), 'utf8')))) {
    if (!g.cue) continue;
    const gc = hull(g.cue.fragments);
    const p = pred.find((a) => a.cue.start < gc.end && gc.start < a.cue.end);
    if (!p) continue;
    const gs = g[role] ? hull(g[role]!.fragments) : null;
    const ps = p[role];
    const outcome =
      !gs && !ps
        ? 'both none'
        : !gs
          ? 'extra'
          : !ps
            ? 'missing'
            : ps.start < gs.end && gs.start < ps.end
              ? ps.start === gs.start && ps.end === gs.end
                ? 'exact'
                : 'overlap'
              : 'wrong';
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    if (outcome === show && examples.length < 60) {
      const s = Math.min(gc.start, gs?.start ?? gc.start, ps?.start ?? gc.start);
      const e = Math.max(gc.end, gs?.end ?? gc.end, ps?.end ?? gc.end);
      examples.push(
        `cue=[${text.slice(gc.start, gc.end)}] gold=[${gs ? text.slice(gs.start, gs.end) : '-'}] pred=[${ps ? text.slice(ps.start, ps.end) : '-'}]  …${text.slice(Math.max(0, s - 30), e + 20).replace(/\n/g, ' ')}…`,
      );
    }
  }
}
console.log(counts);
for (const e of examples) console.log(e);
