// loaded-verb's fix offers the house verb (config `attributionVerb`) in the tense of the verb it
// replaces: conjugated from the generated tables (rules/house-verb.ts), with no compromise loaded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { DEFAULT_CONFIG } from '../../server/src/analysis/config';

function fixes(text: string, attributionVerb: string): string[] {
  const result = analyze(text, { format: 'text', config: { ...DEFAULT_CONFIG, rules: { 'loaded-verb': 'warning' }, attributionVerb } });
  return result.findings.filter((f) => f.rule === 'loaded-verb').flatMap((f) => (f.fixes ?? []).map((fix) => fix.edits[0]!.newText));
}

test('the house verb in the tense of the loaded verb', () => {
  assert.deepEqual(fixes('Mayor Ana Ruiz claimed that the road was safe.', 'stated'), ['stated']);
  assert.deepEqual(fixes('Mayor Ana Ruiz claims that the road is safe.', 'stated'), ['states']);
  assert.deepEqual(fixes('Mayor Ana Ruiz claims that the road is safe.', 'told'), ['tells']);
  assert.deepEqual(fixes('Mayor Ana Ruiz claims that the road is safe.', 'said'), ['says']);
});
