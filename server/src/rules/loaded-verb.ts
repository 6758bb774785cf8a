// loaded-verb: attribution verbs that tell the reader what to think of the speaker.
import { SpanIndex } from '../analysis/span-index';
import { startsClause, tokenize, wordClasses } from '../analysis/words';
import type { Fix } from '../analysis/types';
import type { Rule, RuleFinding } from './rule';
import { compilePhrases, matchesIn } from './helpers';
import { alternation, formsOf, formsWhere, inflect, REPORTING_VERBS, reportNouns, verbOfForm } from '../analysis/reporting-verbs';
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
// The loaded verbs that take their target as object and a characterisation after it (their
// neutral verb is not "say"): of attack ("slammed the plan as reckless", neutral "criticize"), of
// naming ("branded the ID scheme a waste of money", "call"), of promotion ("touted the deal as",
// "promote"), and of rebuttal, whose object is a report ("is discrediting an earlier report", "dispute").
// A base form that is also the past ("hit out at"), and its neutral verb in the past.
const PAST_NEUTRAL = new Map(
  REPORTING_VERBS.filter((v) => v.loaded !== undefined).flatMap((v) =>
    formsOf(v)
      .past.filter((f) => formsOf(v).base.includes(f))
      .map((f) => [f, inflect(v.loaded!, 'past')] as const),
  ),
);
const SAME_AS_PAST = new Set(PAST_NEUTRAL.keys());
const BASE_BEFORE = /^(?:to|will|would|could|can|may|might|should|must|do|does|did|don['’]t|didn['’]t|doesn['’]t)$/i;
const ATTACKS = new Set(formsWhere((v) => v.loaded !== undefined && v.loaded !== 'say'));
const REBUTTALS = new Set(formsWhere((v) => v.loaded === 'dispute'));
const REPORT_OBJECT = new RegExp(
  `^\\s+(?:(?:an?|the|his|her|its|their|this|that|these|those|any|\\p{Lu}\\p{L}*['’]s)\\s+)?(?:\\p{L}+\\s+){0,2}?(?:${alternation(reportNouns())})\\b`,
  'iu',
);
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
// The characterisation right after a short object, with no comma between: "slammed the decision
// as reckless", "branded it a “sticking plaster”", "branded Mr Howard “arrogant and wrong”" (not
// "slammed the door as he left").
const CHARGE_NEAR =
  /^\s+[^\s.;:!?,"“‘][^.;:!?,"“‘]{0,59}?\s(?:as\s+(?!(?:he|she|it|they|we|i|you|his|her|its|their|there|soon|well|much|long|far|part|usual|if|though)\b)(?!\p{L}+\s+as\b)|an?\s|["“‘])/iu;
const NOT_PRESENT = new Set(formsWhere((v) => v.loaded !== undefined && v.loaded !== 'say', ['past', 'participle', 'gerund']));
const VERB_BEFORE = /^(?:to|will|would|could|can|may|might|should|must|again|also|often|he|she|they|we|you|who|i)$/i;
const PARTICLE = /^\s+(?:away|in|out|off|up|down|home|back|through|into|onto|past)\b/i;
const SAYING = /^[^.;:!?]{1,80}?,\s+(?:calling|saying)\b/i;
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
        const form = text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ');
        const after = text.slice(m.end, Math.min(sentence.end, m.end + 120));
        const rebuts = REBUTTALS.has(form) && REPORT_OBJECT.test(after);
        const near = CHARGE_NEAR.test(after);
        const attack = rebuts || (ATTACKS.has(form) && !REBUTTALS.has(form) && (near || ATTACK_CHARGE.test(text.slice(m.end, sentence.end))));
        // The charge as a gerund ("slammed the Girl Scouts for promoting …"), right after a short
        // object ("branded the plan a disaster") or as the words said ("hit out at the club's
        // decision, saying"), or a report as the object of a rebuttal, marks the verb as one of
        // attribution even where the cue tagger found none in a long sentence.
        // (A present form only after a pronoun, "to" or a modal: "brand" and "brands", "slam" and
        // "slams" are nouns as often, "High Street brands rush to …", "Grand Slam ambitions"; not
        // "to once again rail against his successors for warning …", "will brand you a liar".)
        const verbal = NOT_PRESENT.has(form) || VERB_BEFORE.test(wordBefore(text, m.start));
        const charged = attack && verbal && (rebuts || near || ATTACK_FOR_DOING.test(after) || SAYING.test(after));
        // A particle makes another verb: "blasted away the competition", "blasted in a shot",
        // "blasted out an email", "hammered out at a meeting".
        if (ATTACKS.has(form) && PARTICLE.test(after)) continue;
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
        // "It was revealed that …": an agentless passive, passive-attribution's (no speaker to judge).
        if (/\bit\s+(?:is|was|has\s+been|had\s+been|will\s+be|['’]s\s+been)\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 20), m.start))) continue;
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
        // "hit out at" is a base form and a past one: past, unless after "to", a modal or "do".
        const pastHere = SAME_AS_PAST.has(form) && !BASE_BEFORE.test(wordBefore(text, m.start));
        const neutral = houseForm((pastHere ? PAST_NEUTRAL.get(form) : NEUTRAL.get(form)) ?? 'said', ctx.options.attributionVerb);
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
