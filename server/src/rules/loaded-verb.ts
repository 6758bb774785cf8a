// loaded-verb: attribution verbs that tell the reader what to think of the speaker.
import type { Fix } from '../analysis/types';
import type { Rule, RuleFinding } from './rule';
import { compilePhrases, matchesIn } from './helpers';
import words from './loaded-verb.words.json';

const LOADED = compilePhrases(words.map((w) => w.phrase));
const NEUTRAL = new Map(words.map((w) => [w.phrase, w.neutral]));

export const loadedVerb: Rule = {
  id: 'loaded-verb',
  defaultSeverity: 'hint',
  description: 'An attribution verb that editorialises ("claimed", "admitted", "insisted", "conceded", "revealed", "slammed"); "said" is neutral.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const cueStarts = new Set(ctx.model.attributions.filter((_, i) => !ctx.model.nested[i]).map((a) => a.cue.start));
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      for (const m of matchesIn(ctx, sentence, LOADED)) {
        // Only as a verb of attribution: "ISIS claimed responsibility" is not one.
        if (!cueStarts.has(m.start) || ctx.inQuote(m)) continue;
        const verb = ctx.model.text.slice(m.start, m.end);
        const neutral = houseForm(NEUTRAL.get(verb.toLowerCase().replace(/\s+/g, ' ')) ?? 'said', ctx.options.attributionVerb);
        const fix: Fix = { title: `Replace “${verb}” with “${neutral}”`, edits: [{ start: m.start, end: m.end, newText: matchCase(verb, neutral) }], preferred: true };
        findings.push({ ...m, message: `“${verb}” tells the reader what to think of the speaker: use the neutral “${neutral}”.`, fixes: [fix] });
      }
    }
    return findings;
  },
};

// The house verb in the tense of the neutral replacement: "said" → says/saying/say.
function houseForm(neutral: string, house: string): string {
  if (!/^say|^said/.test(neutral) || house === 'said') return neutral;
  const stem = house.replace(/(?:ed|d)$/, '');
  const forms: Record<string, string> = { said: house, says: `${stem}s`, saying: `${stem.replace(/e$/, '')}ing`, say: stem };
  return forms[neutral] ?? neutral;
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}
