// The shape of the copy desk's judgments (eval/data/copy, see its README): what eval:copy needs to
// score them, checked without the article texts (those are in ../shared, which tests never read; the
// judgments' validate.py checks each text against its article). Messages name articles by id and
// queries by number only, so that a failure shows no held-out judgment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const DATA = path.join(__dirname, '..', '..', 'eval', 'data', 'copy');
const RULES = new Set([
  'vague-source',
  'hedged-report',
  'passive-attribution',
  'anonymous-source',
  'unattributed-quote',
  'unattributed-claim',
  'loaded-verb',
  'editorializing',
  'inconsistent-figure',
  'inconsistent-name',
  'date-mismatch',
]);
const SPLITS = new Set(['tune', 'fresh', 'tune2', 'heldout', 'fresh2', 'fresh3']);

interface Article {
  id: string;
  style: string;
  corpus: string;
  index?: number;
  file?: string;
  split: string;
}
const articles: Article[] = JSON.parse(fs.readFileSync(path.join(DATA, 'articles.json'), 'utf8'));

test('every listed article has a unique id, a known split and where to find its text', () => {
  assert.equal(new Set(articles.map((a) => a.id)).size, articles.length, 'ids are unique');
  for (const a of articles) {
    assert.ok(SPLITS.has(a.split), `${a.id}: split ${a.split}`);
    if (a.corpus === 'bbc') assert.ok(Number.isInteger(a.index) && a.id === `bbc-${String(a.index).padStart(4, '0')}`, `${a.id}: BBC index`);
    else
      assert.ok(
        a.corpus === 'polnear' && /^(?:train|dev)\/text\/.+\.txt$/.test(a.file ?? '') && a.id === `polnear-${path.basename(a.file!, '.txt')}`,
        `${a.id}: PolNeAR file`,
      );
  }
  // no text listed twice under two ids
  const places = articles.map((a) => `${a.corpus}:${a.index ?? a.file}`);
  assert.equal(new Set(places).size, places.length, 'each text is listed once');
});

test('every judgment names its article, a genre and a judge, and each query a known rule, a text, an occurrence and a reason', () => {
  const listed = new Map(articles.map((a) => [a.id, a]));
  const files = fs.readdirSync(path.join(DATA, 'judgments')).filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 0);
  for (const f of files) {
    const j = JSON.parse(fs.readFileSync(path.join(DATA, 'judgments', f), 'utf8'));
    const a = listed.get(j.id);
    assert.ok(a && f === `${j.id}.json`, `${f}: judgment of a listed article, named after it`);
    assert.ok(['news', 'opinion', 'analysis'].includes(j.genre ?? 'news'), `${j.id}: genre`);
    assert.equal(typeof j.judge, 'string', `${j.id}: judge`);
    if (a.corpus === 'bbc') assert.ok(typeof j.headline === 'string' && j.headline.length > 0, `${j.id}: a BBC judgment gives the headline`);
    assert.ok(Array.isArray(j.queries), `${j.id}: queries`);
    j.queries.forEach((q: { rule: unknown; text: unknown; occurrence?: unknown; reason: unknown }, k: number) => {
      assert.ok(RULES.has(q.rule as string), `${j.id} query ${k + 1}: rule`);
      assert.ok(typeof q.text === 'string' && q.text.length > 0, `${j.id} query ${k + 1}: text`);
      assert.ok(q.occurrence === undefined || (Number.isInteger(q.occurrence) && (q.occurrence as number) >= 1), `${j.id} query ${k + 1}: occurrence`);
      assert.ok(typeof q.reason === 'string' && q.reason.length > 0, `${j.id} query ${k + 1}: reason`);
    });
  }
});
