// passive-attribution: "it is believed", "is thought to be" — someone believed it: who?
import { wordClasses } from '../analysis/words';
import type { Rule, RuleFinding } from './rule';
import { attributeFixes, matchesIn, quoted, requiring } from './helpers';

// Agentless passives of reporting and belief verbs, unless an agent follows ("… by Reuters").
const VERBS = 'said|reported|believed|thought|claimed|alleged|rumou?red|understood|feared|estimated|suggested|argued|assumed|speculated|presumed|considered|expected';
const ANTICIPATORY_IT = requiring(new RegExp(
  `\\bit(?:\\s+(?:is|was|has\\s+been|had\\s+been|is\\s+being|was\\s+being|will\\s+be|would\\s+be|had|has)|['’]s(?:\\s+been)?)\\s+(?:(?:widely|generally|commonly|now|also|long|often|increasingly|further)\\s+)?(?:${VERBS})\\b(?!\\s+(?:by|to|as)\\b)(?![^.;]{0,40}\\bby\\s+\\p{Lu}[^.;]{0,60}\\bthat\\b)`,
  'giu',
), new RegExp(`(?:${VERBS})`));
const ADVERB = '(?:(?:widely|generally|commonly|now|also|long|often|largely|increasingly|once|still|broadly|universally)\\s+)?';
// A modal before it makes it a hypothetical ("might be expected to"), not a report.
const COPULA = '(?<!\\b(?:might|could|would|should|may)\\s+(?:have\\s+)?)(?:is|are|was|were|be|been|being|has\\s+been|have\\s+been|had\\s+been|[’\']s(?:\\s+been)?|[’\']re)';
// "is thought to be", "are expected to win": a view or a prediction with no one holding it.
const RAISED_VERBS = 'believed|thought|understood|reported|alleged|estimated|considered|feared|presumed|expected|projected|predicted|tipped';
const RAISED_SUBJECT = requiring(new RegExp(`\\b${COPULA}\\s+${ADVERB}(?:${RAISED_VERBS})\\s+to\\s+(\\p{L}+)`, 'giu'), new RegExp(`(?:${RAISED_VERBS})\\s+to\\s`));
// "titles thought to be past their prime", "a job he's widely believed to want".
const REDUCED = requiring(/\b(?:widely\s+)?(?:thought|believed)\s+to\s+be\b|\bwidely\s+(?:seen|viewed|regarded|considered|believed|expected|reported|thought|assumed)\b/giu, /thought|believed|widely/);
// "is seen as", "was widely considered a sham": a characterisation with no one doing the seeing.
const SEEN_AS = requiring(
  new RegExp(`\\b${COPULA}\\s+${ADVERB}(?:(?:seen|viewed|regarded|perceived|considered|thought\\s+of|billed|hailed|branded|characteri[sz]ed|portrayed|reported|described)\\s+as\\b|(?:considered|deemed)\\s+(?:a|an|the|one|among)\\b)(?![^.;]{0,12}\\bby\\b)`, 'giu'),
  /seen|viewed|regarded|perceived|considered|thought|billed|hailed|branded|characteri[sz]ed|portrayed|reported|described|deemed/,
);
// "Trump is expected to speak tonight": a scheduled event, not a prediction that needs a source.
const SCHEDULED = /^(?:speak|attend|deliver|vote|host|appear|arrive|visit|meet|testify|address|join|return|travel|campaign|hold|take|be|sign|land|leave|announce|unveil|release|open|close|begin|start|end|resume)\b[^.;]{0,60}\b(?:tonight|today|tomorrow|later|next\s+(?:week|month|year)|this\s+(?:week|month|year|morning|afternoon|evening)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at\s+the|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

function isInfinitive(word: string): boolean {
  const cls = wordClasses(word.toLowerCase());
  if (cls.has('Verb')) return true;
  return !/^\p{Lu}/u.test(word) && !cls.has('Determiner') && !cls.has('Pronoun') && !cls.has('Possessive') && !((cls.has('Noun') || cls.has('Plural')) && !cls.has('Verb'));
}

export const passiveAttribution: Rule = {
  id: 'passive-attribution',
  defaultSeverity: 'warning',
  description: 'Agentless attribution that hides who holds the view ("it was reported that", "it is believed", "is thought to be").',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const sentence of ctx.model.sentences) {
      if (!ctx.isCopy(sentence)) continue;
      for (const pattern of [ANTICIPATORY_IT, RAISED_SUBJECT, REDUCED, SEEN_AS]) {
        for (const m of matchesIn(ctx, sentence, pattern)) {
          if (ctx.inQuote(m) || ctx.inAttributedContent(m)) continue;
          if (pattern === REDUCED) {
            const after = ctx.model.text.slice(m.end, m.end + 20);
            // "one of the last widely seen opportunities": seen by a large audience, not a view held.
            if (/\b(?:seen|viewed)$/i.test(ctx.model.text.slice(m.start, m.end)) && !/^\s*(?:as|to|that|by)\b|^\s*[,.;:]/.test(after)) continue;
            // "what many people believed to be a campaign killer": the believers are the subject
            // (vague-source's "many people"), not missing.
            const before = ctx.model.text.slice(Math.max(sentence.start, m.start - 40), m.start);
            if (/\b(?:what|which|whom?)\s+(?:\S+\s+){1,3}$/i.test(before) && !/\b(?:is|are|was|were|be|been|being)\s+$|['’]s\s+$/i.test(before)) continue;
          }
          // "is reported to be", not "was reported to police".
          if (pattern === RAISED_SUBJECT && !isInfinitive(/\S+$/.exec(ctx.model.text.slice(m.start, m.end))![0])) continue;
          if (pattern === RAISED_SUBJECT && /expected\s+to\s+\S+$/i.test(ctx.model.text.slice(m.start, m.end)) && SCHEDULED.test(ctx.model.text.slice(m.end - (/\S+$/.exec(ctx.model.text.slice(m.start, m.end))![0].length), sentence.end))) continue;
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
