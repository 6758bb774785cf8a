// The house verb (config `attributionVerb`, "stated") conjugated as compromise conjugates it, from
// tables made ahead by scripts/generate-compromise-data.ts, so that no program loads compromise:
// a verb form compromise's lexicon knows has its infinitive in infinitives.json, and its other
// forms follow the regular rules of reporting-verbs.ts, except where compromise says otherwise
// (house-verbs.json lists those: "told" → tell/tells/telling, and compromise's quirks).
import { formsOf } from '../analysis/reporting-verbs';
import houseVerbs from './house-verbs.json';
import infinitives from './infinitives.json';

/** compromise's conjugation of a verb: what `verbs().conjugate()[0]` gives. */
export interface Conjugation {
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Infinitive?: string;
}

/** The conjugation the regular rules give an infinitive ("state" → stated, states, stating, state). */
export function regularConjugation(infinitive: string): Conjugation {
  const forms = formsOf({ phrase: infinitive, example: '', source: '' });
  return { PastTense: forms.past[0], PresentTense: forms.third[0], Gerund: forms.gerund[0], Infinitive: forms.base[0] };
}

/** A conjugation as house-verbs.json writes it: its four forms joined by "|", "-" for one it lacks. */
export const conjugationKey = (c: Conjugation): string => [c.PastTense, c.PresentTense, c.Gerund, c.Infinitive].map((f) => f ?? '-').join('|');

let table: Map<string, Conjugation> | null = null;

// Every word of infinitives.json as compromise conjugates it, where the rules alone do not tell.
function loadTable(): Map<string, Conjugation> {
  const map = new Map<string, Conjugation>();
  // A word outside the lexicon's verbs: compromise finds no verb in most ("army" finds one).
  for (const word of infinitives.others.split(' ')) map.set(word, {});
  for (const word of houseVerbs.regular.split(' ')) map.set(word, regularConjugation(word));
  for (const word of houseVerbs.none.split(' ')) map.set(word, {});
  for (const [key, words] of Object.entries(houseVerbs.exceptions as Record<string, string>)) {
    const [PastTense, PresentTense, Gerund, Infinitive] = key.split('|').map((f) => (f === '-' ? undefined : f));
    const conjugation: Conjugation = { PastTense, PresentTense, Gerund, Infinitive };
    for (const word of words.split(' ')) map.set(word, conjugation);
  }
  return map;
}

/**
 * How compromise conjugates `house` in "she <house> that" ("stated" → states, stating, state),
 * for the words infinitives.json has (the lexicon, its verbs' forms, the cue model's words). Any
 * other word has only the form it was given, as the past tense the setting asks for.
 */
export function houseConjugation(house: string): Conjugation {
  if (house === '') return {};
  table ??= loadTable();
  const known = table.get(house);
  if (known) return known;
  const infinitive = (infinitives.verbs as Record<string, string>)[house];
  return infinitive === undefined ? { PastTense: house } : regularConjugation(infinitive);
}
