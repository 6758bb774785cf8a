// Generates what the analysis needs from compromise as data, so that the CLI, its worker threads
// and the language server start without loading compromise (a few hundred milliseconds):
//
//   server/src/analysis/lexicon.json   compromise's lexicon as word classes (words.ts)
//   server/src/rules/infinitives.json  compromise's infinitive of the words a cue is likely to
//                                      hold (reporting.ts): every single word of the lexicon and
//                                      every form of its verbs, every word of the cue model's
//                                      features, every form of the reporting verbs, and the
//                                      pieces contractions leave ("didn")
//   server/src/rules/house-verbs.json  how compromise conjugates the verb forms of infinitives.json
//                                      where the regular rules would not (house-verb.ts: the
//                                      house verb of config `attributionVerb`, "stated")
//
// No program loads compromise: it is the build-time source of these tables. Run `npm run generate:compromise` after upgrading
// compromise; test/core/compromise-data.test.ts fails while the files are stale.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import cueModel from '../server/src/analysis/cue-model.json';
import { TAG_TO_CLASS, type WordClass } from '../server/src/analysis/words';
import { conjugationKey, regularConjugation, type Conjugation } from '../server/src/rules/house-verb';
import reportingVerbs from '../server/src/analysis/reporting-verbs.json';

const ROOT = path.resolve(__dirname, '..');
export const LEXICON_JSON = path.join(ROOT, 'server/src/analysis/lexicon.json');
export const INFINITIVES_JSON = path.join(ROOT, 'server/src/rules/infinitives.json');
export const HOUSE_VERBS_JSON = path.join(ROOT, 'server/src/rules/house-verbs.json');

/** compromise's version, as its package says. */
export function compromiseVersion(): string {
  return (nlp as unknown as { version: string }).version;
}

/** The lexicon as compromise has it (what lexicon.json holds). */
export function lexiconFromCompromise(): Map<string, Set<WordClass>> {
  const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model();
  const map = new Map<string, Set<WordClass>>();
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    if (word.includes(' ')) continue;
    const classes = new Set<WordClass>();
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const cls = TAG_TO_CLASS[tag];
      if (cls) classes.add(cls);
    }
    if (classes.size > 0) map.set(word, classes);
  }
  return map;
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
    for (const conjugation of nlp(verb).verbs().conjugate() as Record<string, string>[])
      for (const form of Object.values(conjugation)) for (const w of form.split(/\s+/)) add(w);
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

/** loaded-verb's compromise call for the house verb, exactly as it was written before the table. */
export function compromiseConjugation(house: string): Conjugation {
  // In a frame, so that compromise reads "stated" as a verb rather than an adjective.
  const forms = ((nlp(`she ${house} that`).verbs().conjugate() as Record<string, string>[])[0] ?? {}) as Conjugation;
  const { PastTense, PresentTense, Gerund, Infinitive } = forms;
  return Object.fromEntries(Object.entries({ PastTense, PresentTense, Gerund, Infinitive }).filter(([, v]) => v !== undefined));
}

/**
 * How compromise conjugates each word of infinitives.json as a house verb, where the regular rules
 * do not give it: `exceptions` (conjugation → words), `regular` (words outside the lexicon's verbs
 * that compromise conjugates regularly from themselves), `none` (verb forms it finds no verb in).
 */
export function houseVerbsData(table: { verbs: Record<string, string>; others: string }): {
  compromise: string;
  exceptions: Record<string, string>;
  regular: string;
  none: string;
} {
  const byKey = new Map<string, string[]>();
  const regular: string[] = [];
  const none: string[] = [];
  const words = [...Object.keys(table.verbs), ...table.others.split(' ')].sort();
  for (const word of words) {
    const got = compromiseConjugation(word);
    const key = conjugationKey(got);
    const infinitive = table.verbs[word];
    if (infinitive !== undefined) {
      if (Object.keys(got).length === 0) none.push(word);
      else if (key !== conjugationKey(regularConjugation(infinitive))) byKey.set(key, [...(byKey.get(key) ?? []), word]);
    } else if (Object.keys(got).length > 0) {
      if (key === conjugationKey(regularConjugation(word))) regular.push(word);
      else byKey.set(key, [...(byKey.get(key) ?? []), word]);
    }
  }
  const exceptions: Record<string, string> = {};
  for (const key of [...byKey.keys()].sort()) exceptions[key] = byKey.get(key)!.join(' ');
  return { compromise: compromiseVersion(), exceptions, regular: regular.join(' '), none: none.join(' ') };
}

if (require.main === module) {
  const started = Date.now();
  const lexicon = lexiconData();
  writeFileSync(LEXICON_JSON, JSON.stringify(lexicon) + '\n');
  const words = tableWords();
  const infinitives = infinitivesData(words);
  writeFileSync(INFINITIVES_JSON, JSON.stringify(infinitives) + '\n');
  writeFileSync(HOUSE_VERBS_JSON, JSON.stringify(houseVerbsData(infinitives)) + '\n');
  console.log(
    `compromise ${lexicon.compromise}: ${Object.values(lexicon.classes).reduce((n, w) => n + w.split(' ').length, 0)} lexicon words → ${path.relative(ROOT, LEXICON_JSON)}; infinitives of ${words.length} words (${Object.keys(infinitives.verbs).length} verbs) → ${path.relative(ROOT, INFINITIVES_JSON)} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}
