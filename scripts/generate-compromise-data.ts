// Generates what the analysis needs from compromise as data, so that the CLI, its worker threads
// and the language server start without loading compromise (a few hundred milliseconds):
//
//   server/src/analysis/lexicon.json   compromise's lexicon as word classes (words.ts)
//   server/src/rules/infinitives.json  compromise's infinitive of the words a cue is likely to
//                                      hold (reporting.ts): every single word of the lexicon and
//                                      every form of its verbs, every word of the cue model's
//                                      features, every form of the reporting verbs, and the
//                                      pieces contractions leave ("didn")
//
// Words outside the table still go to compromise at run time, so the table only saves time: the
// answers are compromise's either way. Run `npm run generate:compromise` after upgrading
// compromise; test/core/compromise-data.test.ts fails while the files are stale.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import cueModel from '../server/src/analysis/cue-model.json';
import { lexiconFromCompromise } from '../server/src/analysis/words';
import reportingVerbs from '../server/src/analysis/reporting-verbs.json';

const ROOT = path.resolve(__dirname, '..');
export const LEXICON_JSON = path.join(ROOT, 'server/src/analysis/lexicon.json');
export const INFINITIVES_JSON = path.join(ROOT, 'server/src/rules/infinitives.json');

/** compromise's version, as its package says. */
export function compromiseVersion(): string {
  return (nlp as unknown as { version: string }).version;
}

/** The lexicon as data: class signature (classes sorted, space-separated) → words, space-separated. */
export function lexiconData(): { compromise: string; classes: Record<string, string> } {
  const bySignature = new Map<string, string[]>();
  for (const [word, classes] of lexiconFromCompromise()) {
    const signature = [...classes].sort().join(' ');
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), word]);
  }
  const classes: Record<string, string> = {};
  for (const signature of [...bySignature.keys()].sort()) classes[signature] = bySignature.get(signature)!.sort().join(' ');
  return { compromise: compromiseVersion(), classes };
}

/** isReportingWord's compromise call, exactly as it was written before the table. */
export function compromiseInfinitive(lower: string): string {
  return (nlp(lower).verbs().toInfinitive().text() as string).toLowerCase().trim();
}

/** The words the infinitive table covers. */
export function tableWords(): string[] {
  const words = new Set<string>();
  const add = (w: string) => {
    const lower = w.toLowerCase();
    if (lower.length > 1 && /^\p{L}+$/u.test(lower)) words.add(lower);
  };
  const forms = (verb: string) => {
    for (const conjugation of nlp(verb).verbs().conjugate() as Record<string, string>[]) for (const form of Object.values(conjugation)) for (const w of form.split(/\s+/)) add(w);
  };
  for (const [word, classes] of lexiconFromCompromise()) {
    add(word);
    if (classes.has('Verb') && /^\p{L}+$/u.test(word)) forms(word);
  }
  for (const word of cueModel.starters) add(word);
  // The words of the model's features: w=, w-1=, …, and both words of w-1,w= and the like.
  for (const feature of Object.keys(cueModel.weights)) {
    const m = /^(?:w|w-1|w\+1|w-2|w\+2|w-1,w|w,w\+1|w-2,w-1|w\+1,w\+2)=(.*)$/.exec(feature);
    if (m) for (const w of m[1]!.split('|')) add(w);
  }
  for (const { phrase } of reportingVerbs.verbs) {
    add(phrase);
    forms(phrase);
  }
  // What a cue's contractions leave when it is split into words ("didn't" -> "didn", "t").
  for (const w of 'don didn doesn isn aren wasn weren hasn haven hadn wouldn couldn shouldn won can ain mustn needn ve ll re'.split(' ')) add(w);
  return [...words].sort();
}

export function infinitivesData(words = tableWords()): { compromise: string; verbs: Record<string, string>; others: string } {
  const verbs: Record<string, string> = {};
  const others: string[] = [];
  for (const word of words) {
    const infinitive = compromiseInfinitive(word);
    if (infinitive === '') others.push(word);
    else verbs[word] = infinitive;
  }
  return { compromise: compromiseVersion(), verbs, others: others.join(' ') };
}

if (require.main === module) {
  const started = Date.now();
  const lexicon = lexiconData();
  writeFileSync(LEXICON_JSON, JSON.stringify(lexicon) + '\n');
  const words = tableWords();
  const infinitives = infinitivesData(words);
  writeFileSync(INFINITIVES_JSON, JSON.stringify(infinitives) + '\n');
  console.log(`compromise ${lexicon.compromise}: ${Object.values(lexicon.classes).reduce((n, w) => n + w.split(' ').length, 0)} lexicon words → ${path.relative(ROOT, LEXICON_JSON)}; infinitives of ${words.length} words (${Object.keys(infinitives.verbs).length} verbs) → ${path.relative(ROOT, INFINITIVES_JSON)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
