// No regular expression in server/src backtracks catastrophically. Every regex (literals found in
// the source, and those built with `new RegExp` while the core runs) is compared with
// redos-baseline.json, which `npm run redos` writes by running recheck on all of them; a regex that
// is new or changed since is checked here with recheck's pure backend (Scala.js, in-process,
// offline). A regex recheck does not call safe must have its reason in the baseline's `accepted`
// (the bound on its input); patterns built by compilePhrases from word lists are checked by shape.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { allRegexes, BASELINE, checkRegex, keyOf, PHRASE_LIST_STATUS, phraseListShape, type Baseline } from './regexes';

process.env.RECHECK_BACKEND = 'pure';
/** Per new regex; recheck answers `unknown` when it runs out, which fails below. */
const TIMEOUT_MS = 10_000;

describe('ReDoS: every regex in server/src', () => {
  const baseline: Baseline = JSON.parse(fs.readFileSync(BASELINE, 'utf8'));
  const known = new Map(baseline.checked.map((c) => [c.key, c]));

  it('finds the regexes (literals and built)', () => {
    const regexes = allRegexes();
    assert.ok(regexes.length > 100, `${regexes.length} regexes`);
    assert.ok(
      regexes.some((r) => /compilePhrases/.test(r.where)),
      'built ones are recorded',
    );
  });

  it('every regex is safe by recheck, or accepted with a stated bound on its input', async () => {
    const problems: string[] = [];
    const fresh: string[] = [];
    for (const r of allRegexes()) {
      const key = keyOf(r);
      let status = known.get(key)?.status;
      let attack = known.get(key)?.attack;
      // A word list's alternation is judged by its shape, before what the baseline says (PHRASE_LIST_STATUS).
      if (phraseListShape(r.source)) status = PHRASE_LIST_STATUS;
      if (status === undefined) {
        const d = await checkRegex(r, TIMEOUT_MS);
        status = d.status;
        attack = d.attack;
        fresh.push(`${r.where}: ${status}`);
      }
      if (status.startsWith('safe')) continue;
      if (!baseline.accepted[key])
        problems.push(`${r.where}: recheck says ${status}${attack ? ` (attack: ${attack})` : ''}: /${r.source.slice(0, 120)}/${r.flags}`);
    }
    if (fresh.length > 0) console.log(`# checked live (not in the baseline; run npm run redos to record them):\n# ${fresh.join('\n# ')}`);
    assert.deepEqual(problems, [], 'fix these regexes, or state in redos-baseline.json "accepted" why their input is bounded');
  });

  it('every accepted regex still exists and says why', () => {
    const current = new Set(allRegexes().map(keyOf));
    for (const [key, reason] of Object.entries(baseline.accepted)) {
      assert.ok(current.has(key), `accepted but gone (remove it): ${key.slice(0, 120)}`);
      assert.ok(reason.length > 40, `a reason for ${key.slice(0, 60)}`);
    }
  });

  it('recheck (pure backend, offline) flags a known-bad regex and clears a fixed one', async () => {
    assert.equal(
      (await checkRegex({ source: "[.!?…]+(?:''|[\"”’'»)\\]])*(?=\\s+[A-Z])", flags: 'g', where: 'the sentence splitter before the fix' }, TIMEOUT_MS)).status,
      'vulnerable',
    );
    assert.equal((await checkRegex({ source: '(?:\\r\\n|\\r|\\n)$', flags: '', where: 'prose.ts line terminator' }, TIMEOUT_MS)).status, 'safe');
  });
});
