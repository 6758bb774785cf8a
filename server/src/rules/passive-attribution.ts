// passive-attribution: "it is believed", "is thought to be" — someone believed it: who?
import type { Rule, RuleFinding } from './rule';
import { attributeFixes, matchesIn, quoted } from './helpers';

// Agentless passives of reporting and belief verbs, unless an agent follows ("… by Reuters").
const VERBS = 'said|reported|believed|thought|claimed|alleged|rumou?red|understood|feared|estimated|suggested|argued|assumed|speculated|presumed|considered|expected';
const ANTICIPATORY_IT = new RegExp(
  `\\bit\\s+(?:is|was|has\\s+been|had\\s+been|is\\s+being|was\\s+being|will\\s+be|would\\s+be|had|has)\\s+(?:(?:widely|generally|commonly|now|also|long|often|increasingly|further)\\s+)?(?:${VERBS})\\b(?!\\s+(?:by|to|as)\\b)(?![^.;]{0,40}\\bby\\s+\\p{Lu}[^.;]{0,60}\\bthat\\b)`,
  'giu',
);
const RAISED_SUBJECT = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:widely|generally|commonly|now|also|long|often)\s+)?(?:believed|thought|understood|rumou?red|reported|alleged|estimated|considered|feared|presumed)\s+to\s+(?:be|have|own|control|hold)\b/gi;

export const passiveAttribution: Rule = {
  id: 'passive-attribution',
  defaultSeverity: 'warning',
  description: 'Agentless attribution that hides who holds the view ("it was reported that", "it is believed", "is thought to be").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      for (const pattern of [ANTICIPATORY_IT, RAISED_SUBJECT]) {
        for (const m of matchesIn(ctx, sentence, pattern)) {
          if (ctx.inQuote(m) || ctx.inAttributedContent(m)) continue;
          findings.push({
            ...m,
            message: `${quoted(ctx, m)} does not say who reported or believes this: name them (“… said”, “according to …”).`,
            fixes: attributeFixes(ctx, sentence),
          });
        }
      }
    }
    return findings;
  },
};
