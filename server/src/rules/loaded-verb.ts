// loaded-verb: attribution verbs that tell the reader what to think of the speaker.
import { SpanIndex } from '../analysis/span-index';
import { startsClause, tokenize, wordClasses } from '../analysis/words';
import type { Fix } from '../analysis/types';
import type { Rule, RuleFinding } from './rule';
import { compilePhrases, matchesIn } from './helpers';
import { alternation, formsWhere, inflect, verbOfForm } from '../analysis/reporting-verbs';
import faults from './loaded-verb.faults.json';
import legal from './loaded-verb.legal.json';
import { houseConjugation } from './house-verb';

// The reporting-verb lexicon's loaded verbs (its `loaded` flag names the neutral verb), in every
// form: "claimed" → "said", "slams" → "criticizes", "lashing out at" → "criticizing".
const LOADED = compilePhrases(formsWhere((v) => v.loaded !== undefined));
const NEUTRAL = new Map(
  formsWhere((v) => v.loaded !== undefined).map((form) => {
    const { verb, tense } = verbOfForm(form)!;
    return [form, inflect(verb.loaded!, tense === 'participle' ? 'past' : tense)];
  }),
);
const ATTACKS = new Set(formsWhere((v) => v.loaded === 'criticize'));
// The lexicon's verbs of owning up (its `concession` flag) and the words of a fault owned up to
// (loaded-verb.faults.json, each with a real example), after the speaker's own pronoun or nothing.
const CONCESSIONS = new Set(formsWhere((v) => v.concession === true));
const OWN_FAULT = new RegExp(
  `^\\s+(?:that\\s+)?(?:(?:he|she|it|they|we|i|his|her|its|their|our|my)\\s+(?:\\p{L}+\\s+){0,3})?(?:${alternation(faults.map((f) => f.phrase))})\\b`,
  'iu',
);
// Claims and allegations made in a legal action (loaded-verb.legal.json, each with a real example).
const ALLEGING = new Set(formsWhere((v) => v.phrase === 'allege' || v.phrase === 'claim'));
const LEGAL = new RegExp(`\\b(?:${alternation(legal.map((w) => w.phrase))})\\b`, 'i');
const ATTACK_FOR_DOING = /^\s+(?:(?:the|his|her|their|its)\s+)?\p{Lu}[^.;:!?]{0,60}?\bfor\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b/u;
const ATTACK_CHARGE = /^[^.;:!?]{1,80}?\b(?:for|over|as\s+(?:a|an|being|["“‘']))|^[^.;:!?]{1,80}?,\s+(?:calling|saying)\b/i;

export const loadedVerb: Rule = {
  id: 'loaded-verb',
  defaultSeverity: 'hint',
  description: 'An attribution verb that editorialises ("claimed", "admitted", "insisted", "conceded", "revealed", "slammed"); "said" is neutral.',
  fixAll: { title: 'Replace every loaded verb in this file', sourceTitle: 'Replace every loaded verb in this file with a neutral verb' },
  check(ctx) {
    const findings: RuleFinding[] = [];
    const cues = new SpanIndex(ctx.model.attributions.filter((_, i) => !ctx.model.nested[i]).map((a) => a.cue));
    const text = ctx.model.text;
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      for (const m of matchesIn(ctx, sentence, LOADED)) {
        // Only as a verb of attribution, reporting words: "ISIS claimed responsibility", "the
        // flood claimed 30 lives" and "the company revealed its new phone" are not.
        // A verb of attack (its neutral verb is "criticize") takes its target as object, and the
        // charge after it: "slammed the Girl Scouts for promoting …", "blasted the plan as a
        // giveaway". Not "slammed the door and left", "the storm blasted the coast".
        const attack = ATTACKS.has(text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ')) && ATTACK_CHARGE.test(text.slice(m.end, sentence.end));
        // The charge as a gerund ("slammed the Girl Scouts for promoting …") marks a verb of attack
        // even where the cue tagger found none in a long sentence.
        const charged = attack && ATTACK_FOR_DOING.test(text.slice(m.end, Math.min(sentence.end, m.end + 120)));
        if ((!cues.contains(m) && !charged) || ctx.inQuote(m) || (!attack && !reportsWords(text, m.end))) continue;
        // After an article or a possessive the word is a noun ("his claim that", "Trump's claim
        // that"): the cue is real, but "said" cannot replace it.
        const before = wordBefore(text, m.start);
        if (NOUN_BEFORE.test(before) && !CONTRACTION.test(before)) continue;
        // …and after an adjective that follows a possessive: "Trump's false claims that he's an
        // advocate", "his repeated claims" (not "The firm claims", where the adjective is the noun).
        const twoBefore = wordBefore(text, m.start - before.length - 1);
        if (isAdjective(before) && POSSESSIVE.test(twoBefore) && !CONTRACTION.test(twoBefore)) continue;
        // After a preposition or another verb of the lexicon it is a noun, the object: "look into
        // claims that", "amid claims", "has dismissed claims that", "denied claims".
        if (/^\p{Ll}+$/u.test(before) && (wordClasses(before).has('Preposition') || isObjectTakingVerb(before))) continue;
        // The writer's own "I claim …" (a letter, a column) characterises no one else's words.
        if (/^(?:I|we)$/i.test(before)) continue;
        // An infinitive ("urged the chancellor to admit", "appeared to acknowledge", "refused to
        // concede") reports nothing said: "say" would change what the sentence means.
        if (/^to$/i.test(before)) continue;
        // A legal accusation's own verb: "The lawsuit also alleges …", "is suing the Met, claiming
        // …" (the legal words are data, loaded-verb.legal.json).
        if (ALLEGING.has(text.slice(m.start, m.end).toLowerCase()) && LEGAL.test(text.slice(Math.max(sentence.start, m.start - 120), m.start))) continue;
        // Owning up to one's own fault ("admitted he was wrong", "admitted it made a mistake"):
        // the verb is the accurate one, not a judgement of the speaker.
        if (CONCESSIONS.has(text.slice(m.start, m.end).toLowerCase()) && OWN_FAULT.test(text.slice(m.end, Math.min(sentence.end, m.end + 60)))) continue;
        const verb = ctx.model.text.slice(m.start, m.end);
        const neutral = houseForm(NEUTRAL.get(verb.toLowerCase().replace(/\s+/g, ' ')) ?? 'said', ctx.options.attributionVerb);
        const fix: Fix = {
          title: `Replace “${verb}” with “${neutral}”`,
          edits: [{ start: m.start, end: m.end, newText: matchCase(verb, neutral) }],
          preferred: true,
        };
        findings.push({ ...m, message: `Use the neutral “${neutral}”: “${verb}” tells the reader what to think of the speaker.`, fixes: [fix] });
      }
    }
    return findings;
  },
};

// An adjective the lexicon knows, and not a verb or an adverb ("false", "latest"; not "also", "later").
function isAdjective(word: string): boolean {
  const cls = wordClasses(word.toLowerCase());
  return /^\p{Ll}+$/u.test(word) && cls.has('Adjective') && !cls.has('Verb') && !cls.has('Adverb');
}

// A past or -ing form of a verb of the lexicon ("dismissed", "rejecting"); not a third-person
// form, which may be a plural noun ("Media reports claim").
function isObjectTakingVerb(word: string): boolean {
  const form = verbOfForm(word);
  return form !== undefined && (form.tense === 'past' || form.tense === 'participle' || form.tense === 'gerund');
}

const POSSESSIVE = /^(?:his|her|its|their|our|my|your|whose|\S+[’']s)$/i;
const NOUN_BEFORE = /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|whose|\S+[’']s)$/i;
// "He’s claiming that …" is "he is", not a possessive.
const CONTRACTION = /^(?:he|she|it|that|there|who|what|here|where|everyone|nobody)[’']s$/i;

/** The whole word before `offset` and the blanks after it ("" at a sentence's start). */
function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === offset) return '';
  let start = end;
  while (start > 0 && end - start < 40 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

// What follows a verb that reports words: "that", a quotation, a colon, a new clause ("the road
// was safe"); or nothing when the verb closes an inverted attribution ("…,” he claimed.").
function reportsWords(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (/^\s*(?:that\b|["“'‘:,.;!?]|$)/i.test(after)) return true;
  return startsClause(tokenize(after), 0);
}

// The house verb in the tense of the neutral replacement: "said" → says/saying/say.
function houseForm(neutral: string, house: string): string {
  if (!/^(?:say|says|said|saying)$/.test(neutral) || house === 'said') return neutral;
  const forms = houseConjugation(house);
  const byTense: Record<string, string | undefined> = { said: forms.PastTense, says: forms.PresentTense, saying: forms.Gerund, say: forms.Infinitive };
  return byTense[neutral] ?? neutral;
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}
